"""Detection on unseen real text (issue 8, eighteenth round): "told France to keep out", "told
the ambassador to leave within 72 hours": "told" with an addressee and an infinitive is a
demand, whose words open with the one told, as after "urged X to" or "asked X to"; "told
reporters the talks ..." still opens at the clause. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("said", "words"),
    [
        (
            "told Paris to keep its opinions on the election to itself",
            "Paris to keep its opinions on the election to itself",
        ),
        (
            "told the Danish ambassador to leave the country within 48 hours",
            "the Danish ambassador to leave the country within 48 hours",
        ),
        (
            "told reporters the decision would come within days",
            "the decision would come within days",
        ),
    ],
)
def test_told_with_an_addressee(said: str, words: str) -> None:
    found = extract(
        f"NIAMEY, March 4 (Wire) - Government spokesman Idrissa Maiga {said}.",
        published=MONDAY,
    )
    assert [(s.speaker, s.text) for s in found] == [("Idrissa Maiga", words)]
