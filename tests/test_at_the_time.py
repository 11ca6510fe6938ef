""" "Said at the time" is the time just told, even one no date phrase reads as a day of words
(or a month named without its year: "since early April, when ...", "At the time, X said").

"The rupture dates back to January 2016, when ... Adel al-Jubeir, then foreign minister,
said at the time that ..." was dated on the story's own day: "dates back to January 2016"
is no "in January 2016", and the dateline's day stood in for "the time". Articles written
here.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 3, 10)
DATELINE = "RIYADH, March 10 (Reuters) -\n\n"


@pytest.mark.parametrize(
    ("told", "day"),
    [
        (
            "The rupture dates back to January 2016, when protesters stormed the embassy in "
            "Tehran. Adel al-Jubeir, then foreign minister, said at the time",
            "2016-01",
        ),
        ("Relations have been frozen since 2014. Adel al-Jubeir said at the time", "2014"),
        (
            "The quarrel goes back to September 2019, after the attack on the oil plants. "
            "Adel al-Jubeir told reporters at the time",
            "2019-09",
        ),
        # a day told just before is the time: unchanged
        (
            "The two ministers met in Vienna on Monday. Adel al-Jubeir said at the time",
            "2023-03-06",
        ),
    ],
)
def test_said_at_the_time_takes_the_month_or_year_just_told(told: str, day: str) -> None:
    text = DATELINE + told + ' that Riyadh would not allow Iran to "undermine our security".\n'
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Adel al-Jubeir", day)]


@pytest.mark.parametrize(
    ("told", "day"),
    [
        (
            "The truce marks a reversal since late January, when Riyadh cut its oil sales to "
            "Tehran.",
            "2023-01",
        ),
        # a month after the story's own is last year's
        ("Talks broke down in November, after a week of strikes.", "2022-11"),
    ],
)
def test_at_the_time_takes_a_month_told_without_its_year(told: str, day: str) -> None:
    text = (
        DATELINE
        + told
        + "\n\nAt the time, Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom "
        'would "answer every provocation".\n'
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Faisal bin Farhan", day)]
