"""A talks transcript whose speakers' labels are set apart from their words, and whose copy
lost that to a line break before the colon ("Prime Minister of India Narendra Modi" on a
line, then ": Thank you, Mr President ..."): each such line and the colon below it are one
label, the turn the speaker's. A line ending a sentence above a line opening on a colon is
no label. Pages written here, in the manner of the Kremlin's transcripts."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements
from tracker.extract import transcript_labels

PUBLISHED = datetime.date(2019, 9, 4)

TALKS = (
    "Meeting with Prime Minister of India Narendra Modi\n\n"
    "September 4, 2019\n\n"
    "President of Russia Vladimir Putin\n"
    ": Mr Prime Minister, friends, welcome to Vladivostok.\n\n"
    "I am certain that the agreements we reach today will move our trade forward and open "
    "new routes for energy supplies.\n\n"
    "Prime Minister of India Narendra Modi\n"
    ": Thank you, Mr President. India regards Russia as a partner of special importance, and "
    "we will sign fifteen agreements today on energy, shipping and defence.\n\n"
    "Vladimir Putin\n"
    ": I hope the shipping route from Chennai will be opened within two years, and our "
    "governments will report on it at the next summit.\n"
)


def _by(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"][:30]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_a_label_broken_before_its_colon_opens_a_turn(tmp_path: Path) -> None:
    got = _by(tmp_path, TALKS)
    assert any(who == "Narendra Modi" and t.startswith("Thank you, Mr President") for who, t in got)
    assert any(who == "Vladimir Putin" and t.startswith("I hope the shipping") for who, t in got)
    assert any(who == "Vladimir Putin" and t.startswith("Mr Prime Minister") for who, t in got), got


def test_a_sentence_above_a_colon_is_no_label(tmp_path: Path) -> None:
    text = (
        "The minister listed the three conditions of the ceasefire agreed in Geneva\n"
        ": the withdrawal of heavy weapons, the exchange of prisoners and the opening of "
        "the corridors.\n"
    )
    assert transcript_labels._join_broken_labels(text) == text
    long_line = "Ministers met for talks on trade " * 5 + "\n: and then what followed.\n"
    assert transcript_labels._join_broken_labels(long_line) == long_line


def test_joining_keeps_every_offset(tmp_path: Path) -> None:
    joined = transcript_labels._join_broken_labels(TALKS)
    assert len(joined) == len(TALKS)
    assert "Narendra Modi : Thank you" in joined
