"""Failure classes found on real English copy of African outlets and ministries (ENA, DIRCO,
allAfrica), issue 8; each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2020, 12, 10)


def test_a_surname_that_is_also_a_title_closes_a_name() -> None:
    # "..., said Foreign Ministry spokeswoman Dina Mufti.": "Mufti" as a title left no name,
    # and the statement was lost
    text = "The border talks were fruitful, said Foreign Ministry spokesman Tesfaye Mufti."
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == ["Tesfaye Mufti"]


def test_a_ranked_title_is_still_a_title() -> None:
    # guard: "the Grand Mufti", "Grand Mufti X" stay a post
    text = "Grand Mufti Yusuf Abdi said the festival would begin on Friday."
    found = extract(text, published=THURSDAY)
    assert [(s.speaker, s.role) for s in found] == [("Yusuf Abdi", "Grand Mufti")]
