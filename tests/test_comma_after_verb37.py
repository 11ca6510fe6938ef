"""A verb of saying followed by a comma and a clause set off before the words: the question
put ("said, when asked about the summit, that ...") is the occasion, and the words open at
"that"; a condition ("said, if the vote passes, Canberra would ...", "said, once the treaty
lapses, neither side will ...") opens the words themselves, which have no "that". Stories
written here, in the manner of wire copy; each expected statement is checked for its speaker,
its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 12)

WHEN_ASKED_THEN_THAT = (
    "Kremlin cool on summit talk\n\n"
    "MOSCOW, March 12 (Wire) - Kremlin spokesman Dmitry Peskov spoke to reporters on "
    "Wednesday.\n\n"
    "Peskov said, when asked about a meeting of the two presidents, that no date had been "
    "fixed.\n"
)
ONCE_THEN_CLAUSE = (
    "Arms pact nears its end\n\n"
    "GENEVA, March 12 (Wire) - Deputy Foreign Minister Sergei Ryabkov addressed the "
    "disarmament conference on Wednesday.\n\n"
    "Ryabkov said, once the treaty lapses, neither side will be bound by its limits.\n"
)
IF_THEN_CLAUSE = (
    "Canberra weighs Pacific pact\n\n"
    "CANBERRA, March 12 (Wire) - Foreign Minister Penny Wong took questions in the Senate "
    "on Wednesday.\n\n"
    "She said, if the island states signed the pact, Australia would fund a new police "
    "college.\n"
)
# near miss, right on both: an adverb set off between the verb and its "that"
HOWEVER_THEN_THAT = (
    "Beijing open to talks\n\n"
    "BEIJING, March 12 (Wire) - Foreign ministry spokeswoman Mao Ning held her briefing on "
    "Wednesday.\n\n"
    "Mao said, however, that China remained open to talks with Manila.\n"
)


def test_when_asked_then_that() -> None:
    assert_statements(
        WHEN_ASKED_THEN_THAT,
        PUBLISHED,
        [("Dmitry Peskov", "no date had been fixed", "2025-03-12")],
    )


def test_once_then_clause() -> None:
    assert_statements(
        ONCE_THEN_CLAUSE,
        PUBLISHED,
        [("Sergei Ryabkov", "once the treaty lapses, neither side", "2025-03-12")],
    )


def test_if_then_clause() -> None:
    assert_statements(
        IF_THEN_CLAUSE,
        PUBLISHED,
        [("Penny Wong", "if the island states signed the pact", "2025-03-12")],
    )


def test_however_then_that() -> None:
    assert_statements(
        HOWEVER_THEN_THAT,
        PUBLISHED,
        [("Mao Ning", "China remained open to talks", "2025-03-12")],
    )
