"""Dates on unseen real text (issue 8, nineteenth round): a day the speaker talked of ("he
said of 24 February 2022", "spoke of the events of 9 May 1945", "recalling the night of 6
April 1994") is what the words are about, not when they were said; a day of the talking
after the thing talked of ("said of the flood on Wednesday that ...") still dates them.
Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

SATURDAY = datetime.date(2023, 6, 17)


def _days(text: str) -> list[str | None]:
    return [s.said_on for s in extract(f"Veterans remember\n\n{text}\n", published=SATURDAY)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            '"It was the darkest night of my life," former colonel Ivan Petrenko said of 24 '
            "February 2022.",
            "2023-06-17",
        ),
        (
            "Speaking on Thursday, Defence Minister Olena Marchuk spoke of the events of 9 May "
            '1945, saying they "must never be forgotten".',
            "2023-06-15",
        ),
        (
            '"We counted every hour," Senator Jean Mukamana said on Friday, recalling the night '
            "of 6 April 1994.",
            "2023-06-16",
        ),
        # near-misses: the day of the talking, after the thing talked of
        (
            'Mayor Leo Kraus said of the flood on Wednesday that it was "the worst in a century".',
            "2023-06-14",
        ),
        (
            'Governor Ana Lupu spoke of the damage on Tuesday, saying roads "will take months" to '
            "fix.",
            "2023-06-13",
        ),
    ],
)
def test_a_day_talked_of_does_not_date_the_words(text: str, day: str) -> None:
    assert _days(text) == [day]
