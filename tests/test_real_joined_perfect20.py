"""Detection on unseen real text (issue 8, twentieth round): "X said A, while Y has insisted
B": a clause joined on with a speaker of its own whose verb is in the perfect is Y's
statement, not more of X's words; a day told in X's clause is X's, and Y's perfect dates Y's
words up to the story's day, not X's. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _said(sentence: str) -> list[tuple[str | None, str, str | None]]:
    found = extract(f"Pact draws reactions\n\n{sentence}\n", published=FRIDAY)
    return [(s.speaker, s.text, s.said_on) for s in found]


@pytest.mark.parametrize(
    ("sentence", "first", "second", "speaker"),
    [
        (
            "Norway's foreign minister Anniken Huitfeldt said the talks had stalled, while "
            "Swedish Prime Minister Ulf Kristersson has insisted the bid remains on track.",
            "the talks had stalled",
            "the bid remains on track",
            "Ulf Kristersson",
        ),
        (
            "The Kremlin said the plan was unacceptable, but President Volodymyr Zelensky has "
            "repeatedly argued that it offers a path to talks.",
            "the plan was unacceptable",
            "it offers a path to talks",
            "Volodymyr Zelensky",
        ),
        (
            "Beijing's foreign ministry said the accord targeted no third party, while "
            "Australian Foreign Minister Penny Wong had earlier warned it could shift the "
            "balance.",
            "the accord targeted no third party",
            "it could shift the balance",
            "Penny Wong",
        ),
        (
            "Russian envoy Vasily Nebenzia said the vote was rigged, and the Estonian delegation "
            "has said the count was clean.",
            "the vote was rigged",
            "the count was clean",
            "Estonian Delegation",
        ),
    ],
)
def test_a_joined_clause_in_the_perfect_has_its_own_speaker(
    sentence: str, first: str, second: str, speaker: str
) -> None:
    said = _said(sentence)
    assert [t for _, t, _ in said] == [first, second]
    assert said[1][0] == speaker
    assert said[0][2] == "2023-06-16"  # the first speaker's "said": no perfect of its own
    assert said[1][2] == "../2023-06-16"


def test_a_day_told_before_the_joined_perfect_is_the_first_speakers() -> None:
    said = _said(
        "Foreign Minister Winston Peters said on Tuesday that Wellington had not been "
        "consulted, while Prime Minister Mark Brown has insisted the pact adds to the old ties."
    )
    assert [(s, d) for s, _, d in said] == [
        ("Winston Peters", "2023-06-13"),
        ("Mark Brown", "../2023-06-16"),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # a pair of subjects of the words, and a relative clause, open no clause of a speaker
        "Peskov said Putin and U.S. President Joe Biden had agreed to keep talking.",
        "Spokesman Ned Price said the deal, which Kyiv has welcomed, would be signed in July.",
    ],
)
def test_words_holding_a_perfect_stay_one_statement(sentence: str) -> None:
    assert len(_said(sentence)) == 1
