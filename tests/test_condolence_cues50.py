"""A condolence or sympathy extended or sent ("extends his deepest condolences", "sent their
heartfelt sympathy") is put in words, as "offered his condolences" and "expressed his
condolences" are, however warmly it is qualified. The near miss: staff or aid sent are no
words. Sentences written here in the manner of readouts and wire copy."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2024, 3, 5)

EXTENDED = [
    ("MANILA, March 5 - Foreign Secretary Ana Cruz extended her deepest condolences to the "
     "families of the sailors lost off the coast.", "Ana Cruz"),
    ("The Secretary-General extends his sincere condolences to the bereaved families and "
     "wishes a swift recovery to the injured.", "The Secretary-General"),
    ("Prime Minister Lars Holm sent his heartfelt sympathy to the people of Chile after the "
     "wildfires.", "Lars Holm"),
    ("Foreign Minister Ines Duarte sends her profound condolences to the government of "
     "Morocco.", "Ines Duarte"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "speaker"), EXTENDED)
def test_condolence_extended_or_sent_is_said(text: str, speaker: str) -> None:
    got = [s.speaker for s in extract(text, published=PUBLISHED)]
    assert got == [speaker], got


def test_aid_sent_is_no_words() -> None:
    text = "Prime Minister Lars Holm sent his rescue teams to Chile after the wildfires."
    assert [s.speaker for s in extract(text, published=PUBLISHED)] == []
