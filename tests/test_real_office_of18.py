"""Detection on unseen real text (issue 8, eighteenth round): "the office of Israeli Prime
Minister X said" - a wire names a foreign leader's office with the country's adjective before
a two-word post; the office speaks, as "the office of President X" does. Each test in new
words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("subject", "speaker"),
    [
        (
            "However, the office of Greek Prime Minister Nikos Andreou",
            "Office of Greek Prime Minister Nikos Andreou",
        ),
        (
            "The press office of Slovak Prime Minister Jan Horak",
            "Press office of Slovak Prime Minister Jan Horak",
        ),
        (
            "The government of Prime Minister Jan Horak",
            "Government of Prime Minister Jan Horak",
        ),
    ],
)
def test_the_office_of_a_foreign_leader_speaks(subject: str, speaker: str) -> None:
    found = extract(
        f"ATHENS, March 4 (Wire) - {subject} said this morning that the ferry strike had been "
        "called off.",
        published=MONDAY,
    )
    assert [(s.speaker, s.text) for s in found] == [
        (speaker, "the ferry strike had been called off")
    ]
