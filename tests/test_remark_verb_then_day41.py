"""A verb of remarking ("quipped", "joked", "commented") after a quotation, followed by a day
('"...," Cabello quipped on Monday'): "on Monday" is when the words were said, not a topic
the verb names as in "commented on the talks", so the quotation is the named speaker's, not
the previous paragraph's speaker's. A day's possessive after "on" names a topic ("commenting
on Tuesday's meeting"). Articles written here in the manner of a Buenos Aires English weekly;
each expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 9, 17)  # a Tuesday

QUIPPED = (
    "Caracas mocks embassy complaint\n\n"
    "Venezuela's Interior Minister Diosdado Cabello on Monday dismissed the complaints.\n\n"
    "Argentina's Foreign Ministry has also denounced water cuts at the residence.\n\n"
    "\u201cLet them pay for the water, nothing here comes for free,\u201d Cabello quipped on "
    "Monday.\n"
)
JOKED_DATE = QUIPPED.replace("quipped on \nMonday", "joked on September 16").replace(
    "quipped on Monday", "joked on September 16"
)
# near miss: "commented on" a day's meeting names its topic, and says nothing
COMMENTED_ON_MEETING = (
    "Caracas mocks embassy complaint\n\n"
    "Venezuela's Interior Minister Diosdado Cabello on Monday dismissed the complaints.\n\n"
    "Argentine Foreign Minister Diana Mondino commented on Monday's meeting of the OAS "
    "council.\n"
)


def test_quipped_on_a_weekday() -> None:
    assert_statements(
        QUIPPED,
        PUBLISHED,
        [
            ("Diosdado Cabello", "the complaints", "2024-09-16"),
            ("Argentine Foreign Ministry", "denounced water cuts", "../2024-09-17"),
            ("Diosdado Cabello", "Let them pay for the water", "2024-09-16"),
        ],
    )


def test_joked_on_a_month_day() -> None:
    assert_statements(
        JOKED_DATE,
        PUBLISHED,
        [
            ("Diosdado Cabello", "the complaints", "2024-09-16"),
            ("Argentine Foreign Ministry", "denounced water cuts", "../2024-09-17"),
            ("Diosdado Cabello", "Let them pay for the water", "2024-09-16"),
        ],
    )


def test_commented_on_a_days_meeting_says_nothing() -> None:
    assert_statements(
        COMMENTED_ON_MEETING,
        PUBLISHED,
        [("Diosdado Cabello", "the complaints", "2024-09-16")],
    )
