"""Speaker errors found by reading PolNeAR's train articles (real US political news) against
their annotated sources (issue 8), each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2016, 3, 7)


def test_a_state_and_an_abbreviated_title_inside_a_sentence_are_the_name_s_post() -> None:
    # "... tied with Florida Sen. X": "Florida Sen" was read as a person of its own and X
    # kept no title, so "the Florida senator" later went to another senator
    text = (
        "Nevada Sen. Orrin Dalvey shared the stage with Oregon Sen. Petra Holmquist on "
        "Monday.\n\n"
        "Holmquist says the race is now between herself, Kell Varga and Orrin Dalvey.\n\n"
        "The Oregon senator predicted that she would carry the state by ten points.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Petra Holmquist", "Petra Holmquist"]
    assert found[0].role == "Oregon Sen."


def test_a_place_in_a_description_picks_the_one_whose_post_names_it() -> None:
    # "the Ohio governor" after two governors were named with their states: the Ohio one,
    # not the one named last
    text = (
        "Ohio Gov. Dale Pruitt met Vermont Gov. Anna Selby in Boston on Monday.\n\n"
        "Selby said the talks on the power line had gone well. "
        "The Ohio governor said he would sign the deal next month.\n"
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Anna Selby", "Dale Pruitt"]
