"""Detection on unseen real text (issue 8, eighteenth round): "host president X", "X, the
host of the summit": a head of state who hosts a gathering is no member of the press. A
title is the press's when its head (the last word) is a press title ("TV host"), not when
"host" only qualifies it; hosting a meeting is no post. Each test in new words written
here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "Host president Marta Quiroga said in her closing address that the accord was "
            '"a day for the whole region."',
            "Marta Quiroga",
        ),
        (
            "Paraguayan President Marta Quiroga, the host of the summit, said that the accord "
            "would be signed in March.",
            "Marta Quiroga",
        ),
        (
            "Marta Quiroga, host of the talks, told reporters the accord would be signed in March.",
            "Marta Quiroga",
        ),
    ],
)
def test_a_host_of_a_gathering_speaks(sentence: str, speaker: str) -> None:
    found = extract(f"ASUNCION, March 4 (Wire) - {sentence}", published=MONDAY)
    assert [s.speaker for s in found] == [speaker]


def test_a_host_of_a_programme_only_asks() -> None:
    found = extract(
        "ASUNCION, March 4 (Wire) - Talk show host Diego Benitez asked the minister whether "
        "the accord would hold.",
        published=MONDAY,
    )
    assert found == []
