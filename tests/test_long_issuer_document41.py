"""A document named with a long issuer's name before its noun ("a North Korean Foreign
Ministry statement", four words) is that body's, when later "the statement said" quotes it, as
"a Saudi Foreign Ministry statement" (three words) was. Sentences written here in the manner
of a wire service's Korea coverage; each expected statement is checked for its speaker, its
first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 5, 29)

FOUR_WORDS = (
    "SEOUL (Reuters) - A South Korean Unification Ministry statement was read out at a "
    "briefing in Seoul on Wednesday.\n\n"
    "\u201cThe North must return to the negotiating table without any preconditions,\u201d the "
    "statement said.\n"
)
THREE_WORDS = FOUR_WORDS.replace("South Korean Unification Ministry", "Korean Unification Ministry")
# near miss: four words before the noun that name no body ("an unusually long North Korean
# statement"): a state's document, no one's statement to record
NO_BODY = FOUR_WORDS.replace(
    "A South Korean Unification Ministry statement", "An unusually long North Korean statement"
)


def test_four_word_issuer() -> None:
    assert_statements(
        FOUR_WORDS,
        PUBLISHED,
        [("South Korean Unification Ministry", "The North must return", "2019-05-29")],
    )


def test_three_word_issuer() -> None:
    assert_statements(
        THREE_WORDS,
        PUBLISHED,
        [("Korean Unification Ministry", "The North must return", "2019-05-29")],
    )


def test_no_body_named() -> None:
    assert_statements(NO_BODY, PUBLISHED, [])
