"""Failure classes found on real English copy of Latin American wires (Prensa Latina, Cuban
and Venezuelan state media) and Ukrainian outlets (issue 8), each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2025, 4, 14)


def test_the_spanish_wires_dateline_is_no_part_of_the_title() -> None:
    # "Havana, Cuba.- Foreign Minister X denounced ...": the dateline was read as the start
    # of the title ("Cuba.- Foreign Minister")
    for text in (
        "Havana, Cuba.- Foreign Minister Rosa Valdes said on Sunday that the blockade had "
        "cost the island dearly.",
        "Caracas.- Foreign Minister Rosa Valdes said on Sunday that the blockade had cost the "
        "island dearly.",
    ):
        found = extract(text, published=MONDAY)
        assert [(s.role, s.said_on) for s in found] == [("Foreign Minister", "2025-04-13")], text


def test_a_stance_verb_with_a_day_then_that_gives_the_clause_and_the_day() -> None:
    # "denounced this Saturday that ...": the verb and the day were kept as the words, and
    # the day, inside them, was not read as the saying's
    text = "Foreign Minister Rosa Valdes denounced this Saturday that the blockade was cruel."
    found = extract(text, published=MONDAY)
    assert [(s.text, s.said_on) for s in found] == [("the blockade was cruel", "2025-04-12")]


def test_a_stance_verb_with_a_noun_object_keeps_the_verb() -> None:
    # guard (passes before): "denounced the blockade on Saturday" names what was denounced
    text = "Foreign Minister Rosa Valdes denounced the blockade on Saturday."
    found = extract(text, published=MONDAY)
    assert [(s.text, s.said_on) for s in found] == [("denounced the blockade", "2025-04-12")]


FRIDAY = datetime.date(2020, 5, 29)


def test_said_this_opening_a_paragraph_points_back_to_the_one_before() -> None:
    # "X said this at a briefing on Friday, May 29, according to an Ukrinform correspondent."
    # after a lead paragraph: the lead is her words; the date's comma, or the source after
    # it, made "this at a briefing on Friday" the words, or nothing at all
    for tail in (", May 29.", ", May 29, according to our correspondent.", "."):
        text = (
            "The Dutch foreign minister will visit Kyiv on June 2.\n\n"
            f"Foreign Office spokesperson Anna Visser said this at a briefing on Friday{tail}"
        )
        found = extract(text, published=FRIDAY)
        assert [(s.speaker, s.text) for s in found] == [
            ("Anna Visser", "The Dutch foreign minister will visit Kyiv on June 2")
        ], tail
