"""Days of words set off by "The night before," or "The evening before," (issue 8, round
eighteen): counted back from the day the story named, as "the day before" is. Each test in
new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 3, 13)


def _days(text: str, published: datetime.date = WEDNESDAY) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_the_night_before_counts_back_from_the_day_told() -> None:
    text = (
        "Officials said on March 13 that the blast was caused by a gas leak.\n\n"
        "The night before, Mayor Ivan Horak had called the blast a deliberate attack."
    )
    assert ("Ivan Horak", "2024-03-12") in _days(text)


def test_the_evening_before_counts_back_from_the_day_told() -> None:
    text = (
        "Officials said on March 13 that the blast was caused by a gas leak.\n\n"
        "The evening before, Mayor Ivan Horak had told local radio it was a deliberate attack."
    )
    assert ("Ivan Horak", "2024-03-12") in _days(text)
