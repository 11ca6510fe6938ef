"""A state or country after a town in capitals (round 48): "DES MOINES, Iowa -", "NASHUA,
N.H. -" and "KABUL, Afghanistan -" are American datelines; a headline in the same shape whose
title-case word names no state or country ("NEWSOM, Abbott - The Fight") is no
dateline, and its capitals name no town (a person by that name was dropped as folding to
the place). Pages written here in the manner of a US political blog and wire copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.meta import read_meta

_HEADLINE = (
    "NEWSOM, Abbott - The Border Fight Nobody Wanted Is Back\n"
    "California Governor Gavin Newsom faced Texas Governor Greg Abbott in a televised "
    "debate on Thursday.\n"
    "Newsom told viewers that Texas schools had fallen behind those of his state.\n"
)


def test_a_name_after_capitals_is_no_state() -> None:
    assert read_meta(_HEADLINE).dateline_place is None
    speakers = {s.speaker for s in extract(_HEADLINE, published=datetime.date(2023, 12, 1))}
    assert "Gavin Newsom" in speakers


def test_a_state_by_name_or_abbreviation_after_a_town_is_a_dateline() -> None:
    assert read_meta("DES MOINES, Iowa - Voters met.\n").dateline_place == "DES MOINES"
    assert read_meta("NASHUA, N.H. - Voters met.\n").dateline_place == "NASHUA"
    assert read_meta("ALBANY, New York - Voters met.\n").dateline_place == "ALBANY"
    assert read_meta("KABUL, Afghanistan - Talks began.\n").dateline_place == "KABUL"
