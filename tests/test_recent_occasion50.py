""" "Recently, X gave an interview to Y" (round 50): an occasion an embassy's or a ministry's
page tells as just before it ("recently", "not long ago", "lately", "the other day"), its day
not told, dates the words said at it on or before the page's day, as "earlier" would; a
bare "X said" with no such occasion keeps the page's day. Pages written here in the manner
of Chinese, Russian and Vietnamese embassies' sites."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2022, 3, 10)
BEFORE = "../2022-03-10"

_INTERVIEW = (
    "Recently, Ambassador Li Wenhua gave an exclusive interview to the Harbour Times on "
    "relations between the two countries.\n\n"
    "Li said that trade between the two countries had doubled in five years.\n"
)

_MEETING = (
    "Not long ago, Foreign Minister Nguyen Van Hoa received the visiting Deputy Foreign "
    "Minister of Laos, Somphone Keo.\n\n"
    'Nguyen Van Hoa stressed that "the special friendship is a treasure of both peoples."\n'
)

_ARTICLE = (
    "Ambassador Sergei Volkov the other day published an article in the Daily Courier.\n\n"
    "Volkov wrote that sanctions had failed to isolate his country.\n"
)

# near miss: no time told for the occasion: the words keep the page's day
_NO_TIME = (
    "Ambassador Li Wenhua gave an exclusive interview to the Harbour Times on relations "
    "between the two countries.\n\n"
    "Li said that trade between the two countries had doubled in five years.\n"
)


def test_recently_dates_the_interview_words_before_the_page() -> None:
    assert_statements(
        _INTERVIEW, PUBLISHED, [("Li Wenhua", "trade between the two countries", BEFORE)]
    )


def test_not_long_ago_dates_the_meeting_words_before_the_page() -> None:
    assert_statements(_MEETING, PUBLISHED, [("Nguyen Van Hoa", "the special friendship", BEFORE)])


def test_the_other_day_dates_the_article_before_the_page() -> None:
    assert_statements(_ARTICLE, PUBLISHED, [("Sergei Volkov", "sanctions had failed", BEFORE)])


def test_an_occasion_with_no_time_keeps_the_page_day() -> None:
    assert_statements(
        _NO_TIME, PUBLISHED, [("Li Wenhua", "trade between the two countries", "2022-03-10")]
    )


# near miss: words told in the present are as of the page, whenever the occasion was
_PRESENT = (
    "Ambassador Li Wenhua recently visited the port of Kalmar, where he says trade "
    "between the two countries had doubled.\n"
)


def test_words_told_in_the_present_keep_the_page_day() -> None:
    assert_statements(
        _PRESENT, PUBLISHED, [("Li Wenhua", "trade between the two countries", "2022-03-10")]
    )
