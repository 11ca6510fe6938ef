"""Datelines on unseen real text (issue 8, nineteenth round): the Ethiopian News Agency's
form, "Addis Ababa, December 12/2024 (ENA)", gives its day, a slash, then its year; read as
the dateline (not the page's "ENA - Ethiopian News Agency" banner), its day is the paper's
and the lead's words take the occasion the story tells next ("made the remarks at a briefing
held on Monday"). Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.meta import find_dateline


@pytest.mark.parametrize(
    ("head", "place", "day"),
    [
        (
            "Bahir Dar, March 5/2024 (ENA) Water Minister Abebe Tola said",
            "Bahir Dar",
            datetime.date(2024, 3, 5),
        ),
        (
            "Addis Ababa, November 21/2023 (ENA) - The ministry said",
            "Addis Ababa",
            datetime.date(2023, 11, 21),
        ),
    ],
)
def test_a_day_then_a_slash_then_the_year_is_a_dateline(
    head: str, place: str, day: datetime.date
) -> None:
    found = find_dateline(f"ENA - Ethiopian News Agency\n\nDam talks resume\n\n{head} more.\n")
    assert found is not None and (found.place, found.published) == (place, day)


def test_the_lead_takes_the_occasion_told_after_an_ena_dateline() -> None:
    text = (
        "ENA - Ethiopian News Agency\n\nDam talks to resume\n\nBahir Dar, March 5/2024 (ENA) "
        "Water Minister Abebe Tola said the talks on the dam would resume in Cairo.\n\nThe "
        "minister made the remarks at a briefing held on Monday with regional officials.\n"
    )
    found = extract(text, published=datetime.date(2024, 3, 5))
    assert [s.said_on for s in found] == ["2024-03-04"]
