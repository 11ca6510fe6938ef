"""Days of words in an English round-up of the week headed by weekdays (issue 8, round
eighteen): the items lie between their head's day and the article's, so a weekday named in
an item is the last such day up to the article's ("TUESDAY - ... welcomed it in a statement
on Wednesday" is the next day, not the Wednesday of the week before); "today" or no day
stays the head's. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 9, 14)

ROUND_UP = (
    "THE WEEK IN REVIEW\n\n"
    "MONDAY - BUDGET DAY\n\n"
    'Finance Minister Rosa Lind presented the budget to parliament. "The books will '
    'balance," Lind said.\n\n'
    "TUESDAY - RATE CUT\n\n"
    "The central bank cut its main rate. The World Bank's chief economist Tom Okafor "
    'praised the move as "timely" in a statement on Thursday.\n\n'
    "FRIDAY - STRIKE\n\n"
    "Union leader Marta Vidal said workers would walk out next month."
)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=SATURDAY)]


def test_a_later_weekday_in_an_item_is_of_the_same_week() -> None:
    days = [day for speaker, day in _days(ROUND_UP) if (speaker or "").endswith("Tom Okafor")]
    assert days == ["2024-09-12"]


def test_words_with_no_day_stay_the_heads() -> None:
    found = _days(ROUND_UP)
    assert ("Rosa Lind", "2024-09-09") in found
    assert ("Marta Vidal", "2024-09-13") in found
