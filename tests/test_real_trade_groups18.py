"""Detection on unseen real text (issue 8, eighteenth round): "according to Lithuanian
businesses", "exporters complained": firms of a kind, none of them named, are no speaker a
tracker can record, as "investors" or "officials" are not. Each test in new words written
here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    "sentence",
    [
        "Ankara has halted the permits and, according to Georgian businesses, held up "
        "shipments at the border.",
        "Shipments have been held up at the border for a week, according to Georgian exporters.",
        "Georgian companies said the shipments had been held up at the border.",
        "Wine producers in Kakheti warned that the harvest would rot.",
    ],
)
def test_firms_of_a_kind_are_no_speaker(sentence: str) -> None:
    assert extract(f"TBILISI, March 4 (Wire) - {sentence}", published=MONDAY) == []


def test_a_named_company_still_speaks() -> None:
    found = extract(
        "TBILISI, March 4 (Wire) - Kartli Freight, the state rail company, said the "
        "shipments had been held up at the border.",
        published=MONDAY,
    )
    assert [s.speaker for s in found] == ["Kartli Freight"]
