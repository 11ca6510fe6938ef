"""Institutions as speakers and descriptions that point back to a person named earlier
(issue 8, round 21 matrix: bodies as outlets write them x attribution frames; descriptions
x the names put between them and the one they mean). Sentences written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2024, 3, 8)
SAID = "the ceasefire monitors would return to the border crossing"


def _said(text: str) -> list[tuple[str | None, str, str | None]]:
    found = extract("Monitors to return\n\n" + text + "\n", published=FRIDAY)
    return [(s.speaker, s.text[:24], s.said_on) for s in found]


# An age is a fact about one person: "the 70-year-old" is the one the story gave that age,
# even when someone else was named since (before the fix: the nearer name).
AGED = [
    (
        "Russian President Vladimir Putin, 71, landed in Ashgabat on Thursday. He was met by "
        "Turkmen leader Serdar Berdimuhamedow. The 71-year-old said on Thursday that {said}.",
        "Vladimir Putin",
    ),
    (
        "Palestinian President Mahmoud Abbas, 88, held talks in Amman on Thursday with Jordan's "
        'King Abdullah. "{Said}," the 88-year-old told reporters on Thursday.',
        "Mahmoud Abbas",
    ),
    (
        "Former Malaysian Prime Minister Mahathir Mohamad, aged 98, arrived in Jakarta on "
        "Thursday, where President Joko Widodo received him. The 98-year-old said on Thursday "
        "that {said}.",
        "Mahathir Mohamad",
    ),
    (
        "Russian President Vladimir Putin, 71, met Turkish President Recep Tayyip Erdogan, 70, "
        "in Sochi on Thursday. On Thursday, the 70-year-old said {said}.",
        "Recep Tayyip Erdogan",
    ),
    (
        "The 88-year-old Palestinian leader Mahmoud Abbas met U.S. Secretary of State Antony "
        "Blinken in Ramallah on Thursday. Later, the 88-year-old said on Thursday that {said}.",
        "Mahmoud Abbas",
    ),
    # near-miss: no age given anywhere, so the generic reading stays (the one who led)
    (
        "Kenyan President William Ruto arrived in Addis Ababa on Thursday. "
        "The 57-year-old said on Thursday that {said}.",
        "William Ruto",
    ),
]


@pytest.mark.parametrize(("text", "speaker"), AGED)
def test_an_age_points_back_to_the_one_given_it(text: str, speaker: str) -> None:
    got = _said(text.format(said=SAID, Said=SAID[0].upper() + SAID[1:]))
    assert [(s, d) for s, t, d in got if t.lower().startswith("the ceasefire")] == [
        (speaker, "2024-03-07")
    ]
