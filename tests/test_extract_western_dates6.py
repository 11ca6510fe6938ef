"""Dating statements in Western wire and newspaper copy about diplomacy (Reuters, AP, AFP,
BBC, Guardian, Politico ...): words the story places "days later" than a day it named
fall after that day, on or before the publication day (issue 8, sixth round). Each test is
in new words written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

FRIDAY = datetime.date(2023, 10, 13)


def run(text: str, published: datetime.date | None = FRIDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def by_start(found: list[ProposedStatement], words: str) -> ProposedStatement:
    return next(s for s in found if s.text.startswith(words))


def test_words_said_days_later_fall_after_the_day_named_before() -> None:
    # a meeting on Monday, then the leader's words "days later" and a spokeswoman's after
    # them in the same paragraph: none of them is Monday's
    text = (
        "At a summit in Lisbon on Monday, Prime Minister Harald Vinterberg did not push back "
        "on the offer. Pressed on it days later, Vinterberg said the plan was worth a look, "
        "adding that he would consult his coalition. His spokeswoman Carla Mendes told "
        "reporters that no decision had been taken."
    )
    found = run(text)
    assert by_start(found, "the plan was worth").said_on == "2023-10-10/2023-10-13"
    assert by_start(found, "no decision had").said_on == "2023-10-10/2023-10-13"


def test_weeks_later_starts_a_week_after_the_day_named() -> None:
    text = (
        "The envoys met in Oslo on September 4. A few weeks later, Foreign Minister Ines "
        "Halvorsen said the talks had stalled."
    )
    found = run(text)
    assert by_start(found, "the talks had stalled").said_on == "2023-09-11/2023-10-13"


def test_days_later_with_no_day_before_is_on_or_before_publication() -> None:
    text = "Days later, Foreign Minister Ines Halvorsen said the talks had stalled."
    found = run(text)
    assert by_start(found, "the talks had stalled").said_on == "../2023-10-13"


def test_a_past_perfect_counted_from_the_day_named_takes_that_day() -> None:
    # "had told ... the day before" counts back from the day the story named: the perfect
    # only says the words came first
    text = (
        "In a radio interview aired on Wednesday, Foreign Minister Ines Halvorsen said the "
        "embassy would stay open.\n\n"
        "She had told parliament the day before that the staff were safe."
    )
    found = run(text)
    assert by_start(found, "the embassy would").said_on == "2023-10-11"
    assert by_start(found, "the staff were safe").said_on == "2023-10-10"


def test_the_day_before_an_event_is_no_count_from_the_day_named() -> None:
    text = (
        "Foreign Minister Ines Halvorsen spoke in Bergen on Wednesday.\n\n"
        "She had said the day before the vote that the treaty was sound."
    )
    found = run(text)
    treaty = [s for s in found if "treaty was sound" in s.text]
    assert treaty
    assert all(s.said_on != "2023-10-10" for s in treaty)


def test_speaking_after_an_earlier_meeting_keeps_the_day_already_told() -> None:
    # the lead fixes Thursday; "spoke after a meeting on Wednesday" names the meeting's
    # day, and the words came after it, on the day the lead gave
    text = (
        "Foreign Minister Ines Halvorsen said on Thursday that the talks in Geneva had been "
        "tough but useful.\n\n"
        "Halvorsen spoke after a meeting on Wednesday with her Danish counterpart that ran "
        "late into the night.\n\n"
        '"We moved on every file," she told reporters.'
    )
    found = run(text)
    assert by_start(found, "We moved on every file").said_on == "2023-10-12"


def test_said_after_talks_on_a_day_with_no_later_day_told_is_that_day() -> None:
    text = (
        "Foreign Minister Ines Halvorsen spoke after talks on Wednesday with her Danish "
        "counterpart.\n\n"
        '"We moved on every file," she told reporters.'
    )
    found = run(text)
    assert by_start(found, "We moved on every file").said_on == "2023-10-11"


def test_a_fortnight_ago_is_fourteen_days_back() -> None:
    text = "Irish Foreign Minister Niall Brennan said a fortnight ago that the border must stay."
    found = run(text)
    assert by_start(found, "the border must").said_on == "2023-09-29"


def test_at_the_start_of_the_month_gives_only_the_month() -> None:
    text = (
        "Dutch Foreign Minister Pieter Vos said at the start of the month that the mission "
        "would be extended.\n\n"
        "Belgian Foreign Minister Lena Claes said the accord was signed at the beginning of "
        "the year."
    )
    found = run(text)
    assert by_start(found, "the mission would").said_on == "2023-10"
    # the day of what was said, not of the saying
    assert by_start(found, "the accord was signed").said_on == "2023-10-13"


def test_earlier_or_later_with_a_weekday_is_that_day() -> None:
    # "earlier Thursday" is earlier on Thursday, not some time before publication
    text = (
        "Foreign Minister Ines Halvorsen said earlier Wednesday that the envoy would be "
        "recalled.\n\n"
        '"We have no choice," Halvorsen was quoted as saying later on Wednesday by the '
        "broadcaster NRK."
    )
    found = run(text)
    assert by_start(found, "the envoy would").said_on == "2023-10-11"
    assert by_start(found, "We have no choice").said_on == "2023-10-11"


def test_a_plan_in_reported_words_is_no_occasion_of_the_one_it_names() -> None:
    # the ministry's words name the minister and "this week", but as a plan: on a Monday
    # that is the day itself, yet the minister's own words are not dated by it
    text = (
        "OSLO - Foreign Minister Ines Halvorsen will travel to Copenhagen this week, the "
        "foreign ministry said late Sunday.\n\n"
        "Halvorsen told the broadcaster NRK that the talks would be hard."
    )
    found = run(text, datetime.date(2023, 10, 9))
    assert by_start(found, "the talks would be hard").date_evidence in (None, "")


def test_an_interview_aired_on_one_day_and_recorded_the_day_before() -> None:
    # the airing day is the broadcaster's; the next sentence tells when the words were said
    text = (
        'In an interview broadcast on Sunday, Foreign Minister Ines Halvorsen said, "Nobody '
        'wants a trade war, but we will defend our farmers."\n\n'
        "Halvorsen made the remarks in a conversation with the broadcaster NRK recorded on "
        "Friday in Oslo."
    )
    found = run(text, datetime.date(2023, 10, 16))
    assert by_start(found, "Nobody wants a trade war").said_on == "2023-10-13"


def test_last_night_between_the_speaker_and_the_verb() -> None:
    # British papers put the time between the name and the verb
    text = (
        "Minister warns on tariffs\n\n"
        "Trade Secretary Helen Marsh last night warned Washington that new tariffs would "
        "hurt both sides."
    )
    found = run(text)
    assert by_start(found, "new tariffs would").said_on == "2023-10-12"


def test_words_shortly_after_dated_words_take_their_day() -> None:
    text = (
        "Talks in Vienna ended on Tuesday without a deal.\n\n"
        '"We are not there yet," Foreign Minister Ines Halvorsen told reporters on Tuesday.\n\n'
        "Shortly after that, her Danish counterpart Mads Kjeldsen gave a gloomier account at "
        "his own briefing, saying the gap was still wide."
    )
    found = run(text)
    assert by_start(found, "the gap was still wide").said_on == "2023-10-10"
