"""A verb of grievance whose object holds a quoted fragment, then a verb of saying joined
by ", and" ("Zheng complained about Britain's “wrong remarks”, and said Washington had
been ..."): the quote is the subject's own words, and the joined verb says more of the same
subject's, as after "said" or "warned". Near miss: a joined verb with a subject of its own
("..., and the Foreign Office said ...") is that subject's. Stories written here, in the
manner of British newspaper copy; each expected statement is checked for its speaker, its
first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2022, 8, 10)

GRIEVANCE = (
    "China's ambassador Zheng Zeguang was summoned to the Foreign Office on Wednesday.\n\n"
    "Zheng, in the meeting, complained about Britain's \u201cwrong remarks on Taiwan\u201d, "
    "and said Washington had been \u201cstirring up trouble\u201d in the region by arms "
    "sales.\n"
)

# near miss: the joined verb has a subject of its own
OTHER_SUBJECT = (
    "China's ambassador Zheng Zeguang was summoned to the Foreign Office on Wednesday.\n\n"
    "Zheng, in the meeting, complained about Britain's \u201cwrong remarks on Taiwan\u201d, "
    "and the Foreign Office said the meeting had been frank.\n"
)


def test_said_after_grievance() -> None:
    assert_statements(
        GRIEVANCE,
        PUBLISHED,
        [
            ("Zheng Zeguang", "about Britain's", "2022-08-10"),
            ("Zheng Zeguang", "Washington had been", "2022-08-10"),
        ],
    )


def test_joined_verb_with_own_subject() -> None:
    assert_statements(
        OTHER_SUBJECT,
        PUBLISHED,
        [
            ("Zheng Zeguang", "about Britain's", "2022-08-10"),
            ("Foreign Office", "the meeting had been frank", "2022-08-10"),
        ],
    )
