"""Dates on unseen real text (issue 8, twentieth round): the speaker's own medium and the day
it came out dates the words in the perfect as in the past ("had written in an op-ed
published on June 3 that ...", "has said in a statement issued on Tuesday"), not "on or
before" the story's day; a thing the speaker acted on that was published ("had rejected a
report published on June 3") is not the speaker's. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            'Ana Rojas had written in an op-ed published on June 3 that the coup "cannot stand".',
            "2023-06-03",
        ),
        (
            'Ana Rojas had written in a column published on Monday that the coup "cannot stand".',
            "2023-06-12",
        ),
        (
            'Ana Rojas has said in a statement issued on Tuesday that the coup "cannot stand".',
            "2023-06-13",
        ),
        # near-miss: a thing acted on, published on a day
        (
            'Ana Rojas had rejected a report published on June 3, saying the coup "cannot stand".',
            "../2023-06-16",
        ),
    ],
)
def test_own_medium_in_the_perfect_dates_the_words(sentence: str, day: str) -> None:
    (found,) = extract("Coup\n\n" + sentence + "\n", published=FRIDAY)
    assert found.said_on == day
