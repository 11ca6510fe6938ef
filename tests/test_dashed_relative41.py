"""A relative clause set off by dashes after the subject ("Lammy \u2014 who was rebuked after
he accused Israel of ... \u2014 confirmed that ...") ends at its closing dash, as one set off by
commas ends at its comma: the words told inside it stop there, and the sentence's own verb
after it has words of its own. Sentences written here in the manner of a European political
news site; each expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 20)

LEAD = "U.K. Foreign Secretary David Lammy spoke to MPs on Thursday.\n\n"
DASHED = LEAD + (
    "Lammy \u2014 who was rebuked by Downing Street earlier this week after he accused Israel "
    "of breaching international law \u2014 confirmed that two British aid workers had been "
    "hurt in the strike.\n"
)
# near miss: a dash pair inside the words told, after the verb, is the speaker's aside and
# stays in them
DASH_IN_WORDS = LEAD + (
    "Lammy confirmed that two British aid workers \u2014 both employed by a Scottish charity "
    "\u2014 had been hurt in the strike.\n"
)


def test_dashed_relative() -> None:
    assert_statements(
        DASHED,
        PUBLISHED,
        [
            (
                "David Lammy",
                "accused Israel of breaching international law",
                "2025-03-17/2025-03-19",
            ),
            ("David Lammy", "two British aid workers had been hurt", "2025-03-20"),
        ],
    )


def test_dash_in_words() -> None:
    assert_statements(
        DASH_IN_WORDS,
        PUBLISHED,
        [("David Lammy", "two British aid workers \u2014 both employed", "2025-03-20")],
    )
