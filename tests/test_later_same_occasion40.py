""" "Later" several paragraphs below the day of a briefing, right after the same speaker's
words at it with no other day between ("In a briefing with reporters Aug. 3, Nauert said
... \n\n Nauert later said ..."), is later at that briefing: its day, not the article's.
When another speaker's words stand between, the story has moved on and "later" keeps the
reading it had. Stories written here, in the manner of a Moscow-based English site; each
expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

BRIEFING_PUBLISHED = datetime.date(2017, 8, 4)

LATER_AT_THE_BRIEFING = (
    "State Dept. Says Washington Still Open to Talks With Moscow\n\n"
    "In a briefing with reporters Aug. 3, Heather Nauert said that Washington remained "
    "open to talks with Moscow on Syria.\n\n"
    "Asked about the expulsion of U.S. diplomats, Nauert said the department was "
    "\u201cstill reviewing its options.\u201d\n\n"
    "The spokeswoman said the two capitals could cooperate on counterterrorism, but "
    "conceded ties were \u201cnot where they should be.\u201d\n\n"
    "Nauert later said that the United States would keep pressing Russia over its role "
    "in eastern Ukraine.\n"
)
# near miss: another speaker's words stand between the briefing and "later"
LATER_AFTER_ANOTHER_SPEAKER = LATER_AT_THE_BRIEFING.replace(
    "The spokeswoman said the two capitals",
    "Russian Deputy Foreign Minister Sergei Ryabkov said the two capitals",
)


def test_later_at_the_briefing() -> None:
    assert_statements(
        LATER_AT_THE_BRIEFING,
        BRIEFING_PUBLISHED,
        [
            ("Heather Nauert", "Washington remained open", "2017-08-03"),
            ("Heather Nauert", "the department was", "2017-08-03"),
            ("Heather Nauert", "the two capitals could", "2017-08-03"),
            ("Heather Nauert", "the United States would keep", "2017-08-03"),
        ],
    )


def test_later_after_another_speaker() -> None:
    assert_statements(
        LATER_AFTER_ANOTHER_SPEAKER,
        BRIEFING_PUBLISHED,
        [
            ("Heather Nauert", "Washington remained open", "2017-08-03"),
            ("Heather Nauert", "the department was", "2017-08-03"),
            ("Sergei Ryabkov", "the two capitals could", "2017-08-04"),
            ("Heather Nauert", "the United States would keep", "2017-08-04"),
        ],
    )
