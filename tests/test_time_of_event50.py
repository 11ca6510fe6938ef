""" "At the time of the briefing" (round 50): "at the time" alone points back at the last time
the story told ("The deal was signed in 2014. At the time, X said ..."), but "at the time
of" names its own event, so a year told in the sentence before (a past the question was
about) is no day of the words. Stories written here in the manner of South African,
Irish and Indian papers."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2021, 5, 13)  # a Thursday
DAY = "2021-05-13"

_BRIEFING = (
    "Minister Thandi Mokoena on Thursday briefed media in Pretoria.\n\n"
    "She was asked about claims that a consul had used officials' names in 2016 to clear "
    "a private jet.\n\n"
    'Mokoena gave few details at the time of the briefing, saying: "I would rather not '
    'discuss individual officials in public."\n'
)

_INTERVIEW = (
    "Foreign Minister Sean Walsh spoke to RTE on Thursday.\n\n"
    "The row over fishing rights dates back to March 2018, when the first boats were "
    "seized.\n\n"
    "At the time of the interview, Walsh said that talks with London were going well.\n"
)

_CONFERENCE = (
    "External Affairs Minister Ravi Menon met reporters in New Delhi on Thursday.\n\n"
    "The border agreement was first drafted in 2012.\n\n"
    "At the time of the press conference Menon stressed that the text would be signed "
    "soon.\n"
)

# near miss: "at the time" alone still takes the year just told
_AT_THE_TIME_ALONE = (
    "The border agreement was first drafted in 2012.\n\n"
    "At the time, External Affairs Minister Ravi Menon said that it would be signed soon.\n"
)


def test_at_the_time_of_the_briefing_is_the_briefings_day() -> None:
    assert_statements(
        _BRIEFING,
        PUBLISHED,
        [("Thandi Mokoena", "I would rather not discuss", DAY)],
    )


def test_at_the_time_of_the_interview_is_not_a_year_told_before() -> None:
    assert_statements(
        _INTERVIEW,
        PUBLISHED,
        [("Sean Walsh", "talks with London were going well", DAY)],
    )


def test_at_the_time_of_the_press_conference_is_not_a_year_told_before() -> None:
    assert_statements(
        _CONFERENCE,
        PUBLISHED,
        [("Ravi Menon", "the text would be signed soon", DAY)],
    )


def test_at_the_time_alone_still_points_back() -> None:
    assert_statements(
        _AT_THE_TIME_ALONE,
        PUBLISHED,
        [("Ravi Menon", "it would be signed soon", "2012")],
    )
