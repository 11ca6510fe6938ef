"""In a briefer's opening, split into one statement per item, a paragraph that opens on the
briefer's side taking a stand in the present ("We condemn ...", "And we invite ...") is a
speech act of its own, an item as a topic named first is (ANNOTATION's practice of splitting
an opening by topic and speech act). A paragraph opening on "We are" or "We have" goes on
with the item above it. Pages written here, in the manner of the State Department's press
briefing transcripts."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2021, 5, 4)

OPENING = (
    "2:05 p.m. EDT\n\n"
    "MR PRICE:  Good afternoon.  I have a couple of items at the top.\n\n"
    "First, the United States offers its condolences to the families of those killed in the "
    "collapse of the metro overpass in Mexico City last night.\n\n"
    "We condemn the attacks on aid workers in the north of the country over the weekend, "
    "which left three people dead.\n\n"
    "Next, the Secretary will travel to Kyiv this week to meet President Zelenskyy and "
    "Foreign Minister Kuleba.\n\n"
    "And we invite all the parties to the talks to return to the table next month without "
    "preconditions.\n\n"
    "QUESTION:  Thank you, Ned.  On Ukraine, what will the Secretary bring with him?\n\n"
)


def _starts(tmp_path: Path, text: str) -> list[str]:
    return [s["text"][:24] for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_a_stand_taken_opens_an_item(tmp_path: Path) -> None:
    starts = _starts(tmp_path, OPENING)
    assert any(t.startswith("We condemn the attacks") for t in starts), starts
    assert any(t.startswith("And we invite all the") for t in starts), starts


def test_we_are_goes_on_with_the_item(tmp_path: Path) -> None:
    text = OPENING.replace("We condemn the attacks", "We are aware of the attacks")
    got = ingested_statements(tmp_path, text, PUBLISHED)
    assert not any(s["text"].startswith("We are aware") for s in got), got
    assert any("We are aware of the attacks" in s["text"] for s in got), got
