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


def test_a_first_line_of_twenty_odd_words_is_a_lead_not_a_headline() -> None:
    # a page opening on its lead ("Spokesperson ... X says Y has apologised for his
    # comments.", 25 words) had it read as a headline restating the body, and dropped
    text = (
        "Spokesperson for the Department of International Relations and Cooperation Thandi "
        "Mokoena says the visiting envoy has apologised for his remarks.\n"
        "The envoy had accused the government of supplying arms.\n"
        "Following a meeting on Friday, Mokoena said the envoy had apologised for his remarks "
        "and admitted that he had crossed the line."
    )
    found = extract(text, published=THURSDAY)
    assert [s.text for s in found][0] == "the visiting envoy has apologised for his remarks"
