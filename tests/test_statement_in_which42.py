"""A relative clause that gives what a statement said ("has issued a statement in which it
condemned ...", "an article by X in which he argues ...") is no aside told in passing: it is
the statement's own content, at the statement's occasion, and "the statement added" or "he
wrote" after it carry that occasion on. A "who" clause on the subject ("X, who issued a
statement in which he ..., met Y") stays an aside. Sentences written here in the manner of a
Gulf news site; each expected statement is checked for its speaker, its first words and its
day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 4, 11)

STATEMENT = (
    "Kuwait\u2019s foreign ministry has issued a statement in which it condemned the "
    "shelling of civilian areas in the south of the country.\n\n"
    "\u201cThe State of Kuwait calls on all parties to exercise restraint and to return to "
    "dialogue without delay,\u201d the ministry statement read.\n\n"
    "\u201cKuwait will spare no effort to support every initiative that brings peace to the "
    "region,\u201d the statement added.\n"
)
ARTICLE = (
    "The Washington Post has published an article by Oman\u2019s foreign minister Yusuf bin "
    "Alawi in which he argues that the Gulf needs a standing forum for dialogue.\n\n"
    "\u201cNo country in our region can be secure while its neighbours feel threatened,\u201d "
    "he wrote.\n"
)
# near miss: the statement is told inside a "who" clause on the subject, an aside on him;
# the words after it go on from the occasion the story told before it
ASIDE = (
    "Omani Foreign Minister Yusuf bin Alawi told reporters in Muscat on Wednesday that the "
    "talks would resume.\n\n"
    "Bin Alawi, who issued a statement in which he warned on Monday that the truce was "
    "fragile, has visited Tehran twice this year.\n\n"
    "\u201cWe are ready to host both sides again,\u201d he said.\n"
)


def test_statement_in_which() -> None:
    assert_statements(
        STATEMENT,
        PUBLISHED,
        [
            ("Kuwaiti Foreign Ministry", "condemned the shelling of civilian", "../2019-04-11"),
            ("Kuwaiti Foreign Ministry", "The State of Kuwait calls", "../2019-04-11"),
            ("Kuwaiti Foreign Ministry", "Kuwait will spare no effort", "../2019-04-11"),
        ],
    )


def test_article_in_which() -> None:
    assert_statements(
        ARTICLE,
        PUBLISHED,
        [
            ("Yusuf bin Alawi", "the Gulf needs a standing forum", "../2019-04-11"),
            ("Yusuf bin Alawi", "No country in our region", "../2019-04-11"),
        ],
    )


def test_statement_in_which_inside_who() -> None:
    assert_statements(
        ASIDE,
        PUBLISHED,
        [
            ("Yusuf bin Alawi", "the talks would resume", "2019-04-10"),
            ("Yusuf bin Alawi", "the truce was fragile", "2019-04-08"),
            ("Yusuf bin Alawi", "We are ready to host", "2019-04-10"),
        ],
    )
