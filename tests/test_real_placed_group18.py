"""Detection on unseen real text (issue 8, eighteenth round): "Leaders and governments around
the world welcomed ...", "foreign ministers from the region": a group noun placed by a phrase
is a group nobody can be recorded for; the place ("the world", "the region") is no head that
could stand for the next person named. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    "group",
    [
        "Leaders and governments around the world have",
        "Governments across the region",
        "Foreign ministers from the region",
        "Officials throughout the continent",
    ],
)
def test_a_placed_group_lends_its_welcome_to_no_one(group: str) -> None:
    found = extract(
        f"NAIROBI, March 4 (Wire) - {group} welcomed the truce in the east of the country. "
        "Foreign Minister Ruth Odhiambo told reporters in Nairobi that the monitors would "
        "arrive within a week.",
        published=MONDAY,
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Ruth Odhiambo", "the monitors would arrive within a week")
    ]


def test_one_official_placed_by_a_phrase_is_still_a_description() -> None:
    found = extract(
        "NAIROBI, March 4 (Wire) - Foreign Minister Ruth Odhiambo met the envoys. The foreign "
        "minister of the host country said the monitors would arrive within a week.",
        published=MONDAY,
    )
    assert [s.speaker for s in found] == ["Ruth Odhiambo"]
