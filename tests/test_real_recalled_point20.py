"""Detection on unseen real text (issue 8, twentieth round): "recalled the importance of
...", "recalls the imperative of respecting ...", "recalled the need to ...": a point made
(the communiqué's and the readout's idiom, as "highlighted the need to" is), not an envoy
withdrawn; "recalled its ambassador" stays no statement. Each test in new words written
here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _said(sentence: str) -> list[tuple[str | None, str]]:
    found = extract(f"Council meets\n\n{sentence}\n", published=FRIDAY)
    return [(s.speaker, s.text) for s in found]


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "The Chairperson of the Commission, Moussa Faki Mahamat, further recalls the "
            "imperative of upholding the borders of all member states.",
            "Moussa Faki Mahamat",
            "the imperative of upholding the borders of all member states",
        ),
        (
            "Foreign Minister Retno Marsudi recalled the importance of keeping aid corridors open.",
            "Retno Marsudi",
            "the importance of keeping aid corridors open",
        ),
        (
            "President Cyril Ramaphosa recalled the need to respect the court's orders.",
            "Cyril Ramaphosa",
            "the need to respect the court's orders",
        ),
    ],
)
def test_a_point_recalled_is_a_statement(sentence: str, speaker: str, words: str) -> None:
    assert _said(sentence) == [(speaker, words)]


def test_an_envoy_recalled_is_no_statement() -> None:
    assert _said("Bolivia recalled its ambassador to Tel Aviv on Monday.") == []
