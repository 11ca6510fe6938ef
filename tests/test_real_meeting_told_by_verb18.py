"""Days of words said "after the meeting" (issue 8, round eighteen): "the meeting" is the
last meeting the story told, and a story often tells it by its verb ("X met Y on Monday")
rather than by the noun; an earlier meeting named by the noun ("a cabinet meeting on
Tuesday") is another one. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 3, 13)


def _days(text: str, published: datetime.date = WEDNESDAY) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_after_the_meeting_told_by_its_verb_the_day_before() -> None:
    text = (
        "The government approved the new port levy at a cabinet meeting on Wednesday "
        "morning.\n\n"
        "Finance Minister Lara Osei met the head of the shippers' council, Kwame Addo, on "
        "Tuesday. Addo told her the levy would hurt exporters.\n\n"
        '"We are not convinced, but the door is open," Addo said after the meeting.'
    )
    assert ("Kwame Addo", "2024-03-12") in _days(text)


def test_after_the_meeting_a_wire_met_with_the_envoy() -> None:
    text = (
        "Foreign ministers held a meeting in Vienna on Monday to prepare the round.\n\n"
        "Iran's negotiator Reza Karimi met with the European envoy on Tuesday evening in a "
        "hotel near the venue.\n\n"
        "Karimi told reporters after the meeting that gaps remained on sanctions."
    )
    assert ("Reza Karimi", "2024-03-12") in _days(text)


def test_after_the_meeting_transcript_style_ministry_page() -> None:
    text = (
        "The Security Council held a closed meeting on the crisis on Monday.\n\n"
        "Minister Anton Petrov met his Serbian counterpart in Belgrade on Tuesday.\n\n"
        "Following the meeting, Petrov said the two sides would sign a transport accord "
        "in spring."
    )
    assert ("Anton Petrov", "2024-03-12") in _days(text)


def test_demands_that_were_met_tell_no_meeting() -> None:
    text = (
        "The cabinet held an emergency meeting on Monday.\n\n"
        "Union leaders said on Tuesday their demands were met on Tuesday.\n\n"
        "Labour Minister Ines Duarte said after the meeting that the strike was over."
    )
    assert ("Ines Duarte", "2024-03-11") in _days(text)


def test_a_plan_that_met_with_criticism_tells_no_meeting() -> None:
    text = (
        "The cabinet held an emergency meeting on Monday.\n\n"
        "The plan met with criticism from farmers on Tuesday.\n\n"
        "Agriculture Minister Paul Girard said after the meeting that subsidies would rise."
    )
    assert ("Paul Girard", "2024-03-11") in _days(text)
