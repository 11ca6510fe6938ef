"""Detection on unseen real text (issue 8, eighteenth round): 'X claimed that the strikes had
"hit only military targets" and said ...': a quote that closes a clause reported by any verb
of reporting (claimed, admitted, wrote, not only "said") ends those words; the verb joined
after it is the same subject's, as it is when no quote stands before it. Each test in new
words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    "verb",
    ["claimed", "admitted", "wrote on Telegram", "maintained", "said"],
)
def test_the_verb_after_a_quoted_clause_is_the_subjects(verb: str) -> None:
    found = extract(
        f"BAKU, March 4 (Wire) - Foreign Minister Elnur Mammadli {verb} that the strikes had "
        '"hit only military targets" and said Baku would not pay any compensation.',
        published=MONDAY,
    )
    assert [(s.speaker, s.text) for s in found] == [
        ("Elnur Mammadli", 'the strikes had "hit only military targets"'),
        ("Elnur Mammadli", "Baku would not pay any compensation"),
    ]


def test_a_quoted_naming_goes_on_into_the_joined_verb() -> None:
    # 'called the strikes "legitimate" and said ...': the quote is a name the subject gave,
    # one statement with the words after it
    found = extract(
        'BAKU, March 4 (Wire) - Foreign Minister Elnur Mammadli called the strikes "legitimate" '
        "and said Baku would not pay any compensation.",
        published=MONDAY,
    )
    assert [s.text for s in found] == [
        'the strikes "legitimate" and said Baku would not pay any compensation'
    ]
