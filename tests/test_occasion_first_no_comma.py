"""An occasion put first with no comma, then the name: "During the talks Wang said ...".

Copy from Chinese, Indian and American outlets often leaves out the comma after a fronted
occasion: "In a Bloomberg interview Trump declared ...", "At a news conference in Kyiv
Zelensky said ...", "In a phone call with Blinken Lavrov warned ...". The subject was read
as the whole phrase, which named no one (no statement), or as a name run on from the
occasion's object ("Erdogan Putin", "Ohio Biden"). Stories written here.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

TUESDAY = datetime.date(2024, 3, 12)
LEAD = "BEIJING, March 12 (Xinhua) -- China and Brazil agreed on Tuesday to deepen ties.\n\n"


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "During the meeting Vieira said Brazil valued its partnership with China.",
            "Vieira",
            "Brazil valued",
        ),
        (
            "During talks in Beijing Chinese Foreign Minister Wang Yi said China was ready to "
            "work with Brazil on climate.",
            "Wang Yi",
            "China was ready",
        ),
        (
            "At a news conference in Brasilia Lula said the two countries would trade in "
            "their own currencies.",
            "Lula",
            "the two countries",
        ),
        (
            "In a phone call with Blinken Lavrov warned that further escalation would "
            "backfire on Washington.",
            "Lavrov",
            "further escalation",
        ),
        (
            "After the meeting with Erdogan Putin told reporters the grain deal could be revived.",
            "Putin",
            "the grain deal",
        ),
        # near misses: a comma, or a pronoun, as before
        (
            "During the meeting, Vieira said Brazil valued its partnership with China.",
            "Vieira",
            "Brazil valued",
        ),
    ],
)
def test_the_name_after_an_occasion_with_no_comma_speaks(
    sentence: str, speaker: str, words: str
) -> None:
    found = extract(LEAD + sentence + "\n", published=TUESDAY)
    assert [(s.speaker, s.text[: len(words)]) for s in found] == [(speaker, words)]


def test_the_occasions_object_stays_out_of_a_name_given_elsewhere() -> None:
    text = (
        "WASHINGTON (AP) — President Joe Biden will travel to the Midwest again next week.\n\n"
        "At a rally in Ohio Biden said the election was about democracy itself.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Joe Biden", "2024-03-12")]


def test_says_in_the_present_is_not_the_earlier_time_of_the_same_speaker() -> None:
    text = (
        "CANBERRA, Oct 28 -\n\n"
        "During a recent hearing, Senator Eric Abetz asked three witnesses to condemn the "
        "party.\n\n"
        "Abetz says ethnicity played no part in his question. \u201cI asked everyone the "
        "same thing,\u201d he says.\n"
    )
    found = extract(text, published=datetime.date(2020, 10, 28))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Eric Abetz", "../2020-10-28"),
        ("Eric Abetz", "2020-10-28"),
        ("Eric Abetz", "2020-10-28"),
    ]
