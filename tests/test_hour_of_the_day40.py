"""An hour told right after a day in the same clause ("On March 7, commencing at 4:00 p.m.")
is an hour of that day, not of the article's: a readout posted days after the meeting dates
the words by the day it opens with. Readouts written here, in the manner of a foreign
ministry's meeting summaries; each expected statement is checked for its speaker, its first
words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 9)

COMMENCING_AT = (
    "Japan-Australia Foreign Ministers' Meeting\n\n"
    "On March 7, commencing at 4:00 p.m. for approximately 45 minutes, Ms. KAMIKAWA Yoko, "
    "Minister for Foreign Affairs of Japan, held a meeting with Senator the Hon. Penny Wong, "
    "Minister for Foreign Affairs of Australia.\n\n"
    "Minister Kamikawa stated that Japan and Australia are special strategic partners.\n"
)
# near miss: an hour with no day before it is the article's own day
HOUR_ALONE = (
    "Japan-Australia Foreign Ministers' Meeting\n\n"
    "Commencing at 4:00 p.m. for approximately 45 minutes, Ms. KAMIKAWA Yoko, Minister for "
    "Foreign Affairs of Japan, held a meeting with Senator the Hon. Penny Wong, Minister for "
    "Foreign Affairs of Australia.\n\n"
    "Minister Kamikawa stated that Japan and Australia are special strategic partners.\n"
)


def test_commencing_at_after_the_day() -> None:
    assert_statements(
        COMMENCING_AT,
        PUBLISHED,
        [("Yoko Kamikawa", "Japan and Australia are special strategic", "2024-03-07")],
    )


def test_hour_alone() -> None:
    assert_statements(
        HOUR_ALONE,
        PUBLISHED,
        [("Yoko Kamikawa", "Japan and Australia are special strategic", "2024-03-09")],
    )
