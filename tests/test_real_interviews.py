"""Speakers and dates in interview-based features and news analysis (issue 8, round eleven:
classes taken from errors left on the open sets final7/final8). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def test_words_of_one_of_a_group_are_not_the_last_named_speakers() -> None:
    # '"...," said one of them, who asked not to be named': an unnamed member of the group
    # just mentioned speaks; the quote is no continuation of the person named before
    text = (
        "Chancellor Olaf Brandt said on Monday that he would not change course.\n\n"
        "Behind closed doors, the mood among Dutch negotiators is gloomier. "
        '"Nobody in this building believes the deadline will hold," said one of them, '
        'who asked not to be identified. "We are buying time."\n\n'
        "The next round is due in April."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Olaf Brandt"]


def test_one_of_those_present_is_an_unnamed_speaker_too() -> None:
    text = (
        'Senator Ruth Okafor told the hearing the bill was "dead on arrival."\n\n'
        '"It was the angriest session I have seen in years," said one of those present.'
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Ruth Okafor"]
