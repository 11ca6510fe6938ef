"""Detection on unseen real text (issue 8, nineteenth round): "announced the agreement to
journalists": a thing the story named made known to the ones told, nothing of it said, is an
act and no statement, as "announced the agreement." is; "announced the decision to withdraw"
and "announced that ..." still tell what was decided. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _said(sentence: str) -> list[tuple[str | None, str]]:
    found = extract(f"Truce signed\n\n{sentence}\n", published=FRIDAY)
    return [(s.speaker, s.text) for s in found]


@pytest.mark.parametrize(
    "sentence",
    [
        '"Today the guns fall silent," mediator Amina Diallo said as she announced the '
        "agreement to journalists.",
        '"Today the guns fall silent," mediator Amina Diallo said after she announced the deal '
        "to reporters in Dakar.",
        '"Today the guns fall silent," mediator Amina Diallo said as she announced the '
        "outcome to the press on Thursday.",
    ],
)
def test_an_announcement_to_the_ones_told_is_no_statement(sentence: str) -> None:
    assert [t for _, t in _said(sentence)] == ["Today the guns fall silent"]


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            '"Today the guns fall silent," mediator Amina Diallo said as she announced the '
            "decision to pull back heavy weapons.",
            "the decision to pull back heavy weapons",
        ),
        (
            '"Today the guns fall silent," mediator Amina Diallo said as she announced that '
            "both armies would pull back.",
            "both armies would pull back",
        ),
    ],
)
def test_an_announcement_that_tells_what_stays(sentence: str, second: str) -> None:
    assert [t for _, t in _said(sentence)] == ["Today the guns fall silent", second]
