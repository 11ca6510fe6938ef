"""Detection on unseen real text (issue 8, twentieth round): "put forward three principles
for the ties: peace must not ...": a proposal whose points follow a colon is the speaker's
words (the readout's idiom, as "proposed" is); "a resolution put forward by Ukraine" and
"put forward a bill" tell no words. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _said(sentence: str) -> list[tuple[str | None, str, str | None]]:
    found = extract(f"Ministers meet\n\n{sentence}\n", published=FRIDAY)
    return [(s.speaker, s.text, s.said_on) for s in found]


def test_a_proposal_with_its_points_is_a_statement() -> None:
    said = _said(
        "Foreign Minister Wang Yi put forward a three-point plan on Thursday: a truce, open "
        "crossings and talks under UN auspices."
    )
    assert [(s, d) for s, _, d in said] == [("Wang Yi", "2023-06-15")]
    assert said[0][1].startswith("a three-point plan")


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly adopted a text put forward by Kenya by 101 votes to 9.",
        "Senator Ana Costa put forward a bill to cap fuel prices.",
    ],
)
def test_a_thing_put_forward_tells_no_words(sentence: str) -> None:
    assert _said(sentence) == []
