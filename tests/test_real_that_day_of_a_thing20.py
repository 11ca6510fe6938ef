"""Dates on unseen real text (issue 8, twentieth round): a demonstrative day ("that evening",
"that night", "the same day") after a sentence that tells a thing by its day ("Rebels
welcomed the June 12 announcement within hours.", "The opposition hailed Monday's ruling.")
points at that day, not at a day the story reached sentences before; a thing's day told in
the sentence that reaches the day ("X said on Tuesday that Monday's ruling ...") does not
move "later that day". Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _day_of(text: str, start: str) -> str | None:
    found = [s for s in extract(text, published=FRIDAY) if s.text.startswith(start)]
    assert len(found) == 1
    return found[0].said_on


@pytest.mark.parametrize(
    ("paragraph", "day"),
    [
        (
            "Rebels welcomed the June 12 announcement within hours. Their spokesman, Ali Hamed, "
            'said on radio that evening that it was "a step towards peace".',
            "2023-06-12",
        ),
        (
            "The opposition hailed Monday's ruling. Its leader, Maria Costa, told supporters that "
            'night that it was "a new dawn".',
            "2023-06-12",
        ),
        (
            "Markets rallied after the June 12 deal. Finance Minister Omar Haddad said the same "
            'day that it was "good for investment".',
            "2023-06-12",
        ),
    ],
)
def test_that_day_points_at_the_thing_just_told(paragraph: str, day: str) -> None:
    text = "Ceasefire holds\n\nThe talks collapsed on June 2 after a week of shelling.\n\n"
    assert _day_of(text + paragraph + "\n", "it was") == day


def test_a_things_day_in_the_sentence_reaching_the_day_moves_nothing() -> None:
    text = (
        "Ruling disputed\n\nOpposition leader Maria Costa said on Tuesday that Monday's ruling "
        'was "a disgrace". Later that day, Justice Minister Paulo Reis said the court had acted '
        "within the law.\n"
    )
    assert _day_of(text, "the court had") == "2023-06-13"
