"""Words said the day before an event whose own day the phrase tells: "a day before
Thursday's summit", "on the eve of the December 14 summit", "on the eve of the vote that
begins Thursday" are the same day as "on the eve of Thursday's summit"; any dated ballot,
gathering or trip has an eve. "ahead of" tells no such day. Stories written here in the
manner of wires and papers of several regions."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 12, 15)  # the summit on Thursday the 14th


def _days(sentence: str) -> list[str | None]:
    text = "Summit preview\n\nBRUSSELS - " + sentence + "\n"
    return [s.said_on for s in extract(text, published=FRIDAY) if s.speaker == "Anna Lindqvist"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A day before Thursday's summit, Council President Anna Lindqvist told reporters that "
        "leaders would agree a new package for the region.",
        "On the eve of the December 14 summit, Council President Anna Lindqvist said leaders "
        "would agree a new package for the region.",
        "Council President Anna Lindqvist, speaking on the eve of the summit that begins "
        "Thursday, said leaders would agree a new package for the region.",
        "Leaders would agree a new package for the region, Council President Anna Lindqvist "
        "insisted one day ahead of Thursday's summit.",
    ],
)
def test_the_day_before_an_event_the_phrase_dates(sentence: str):
    assert _days(sentence) == ["2023-12-13"]


def test_the_eve_of_elections_the_phrase_dates():
    text = (
        "Candidates wrap up campaigns\n\n"
        "KATHMANDU: On the eve of Sunday's elections, Chief Election Commissioner Anna "
        "Lindqvist assured voters that every ballot would be counted.\n"
    )
    found = extract(text, published=datetime.date(2023, 12, 18))  # a Monday
    assert [s.said_on for s in found] == ["2023-12-16"], [(s.speaker, s.said_on) for s in found]


def test_ahead_of_is_no_eve():
    """Near miss: "ahead of Thursday's summit" is some time before it, not its eve."""
    got = _days(
        "Council President Anna Lindqvist said ahead of Thursday's summit that leaders would "
        "agree a new package for the region."
    )
    assert got and "2023-12-13" not in got, got
