"""The day an interview's intro tells in words (issue 8, round nineteen): "X spoke to Y
last week" above the questions and answers says the sit-down was some day before the
page's, none named: the answers are on or before the page's day, not on it; a weekday told
("on Monday") still dates them, and a week to come ("ahead of next week's summit") dates
no sit-down. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2024, 3, 14)


def _days(text: str) -> list[str | None]:
    return [s.said_on for s in extract(text, published=THURSDAY)]


_TURNS = (
    "\n\nCNA: Is the alliance still united?\n\n"
    "Varga: More united than Moscow hoped. We disagree on details, never on the direction.\n\n"
    "CNA: And on enlargement?\n\n"
    "Varga: The door stays open, and no third country holds the key to it.\n"
)


def test_spoke_to_an_outlet_last_week() -> None:
    text = (
        "Interview: Hungarian diplomat Lilla Varga\n\n"
        "Ambassador Lilla Varga spoke to CNA in Singapore last week about the war and NATO."
        + _TURNS
    )
    assert _days(text) == ["../2024-03-14", "../2024-03-14"]


def test_sat_down_with_an_outlet_last_week() -> None:
    text = (
        "Lilla Varga on NATO\n\nThe ambassador, Lilla Varga, sat down with CNA last week. "
        "Here are excerpts." + _TURNS
    )
    assert _days(text) == ["../2024-03-14", "../2024-03-14"]


def test_a_weekday_told_still_dates_the_answers() -> None:
    text = "Ambassador Lilla Varga spoke to CNA in Singapore on Monday." + _TURNS
    assert _days(text) == ["2024-03-11", "2024-03-11"]
