"""Attributions an attribution study counts (issue 8, round seventeen: constructions frequent
among the misses in PolNeAR's training half, read as ``--unnamed`` reads). Each test in new
words written here, in a diplomatic setting."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2016, 3, 8)


def _found(text: str, unnamed: bool = True) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text[:30]) for s in extract(text, published=TUESDAY, unnamed=unnamed)]


def test_a_group_or_body_saying_inside_an_object_relative_is_counted() -> None:
    # "the crossings, which officials said would reopen", "the offer, which the ministry says
    # is final": the clause after "said" is the source's claim, whoever the source is
    text = (
        "Foreign ministers of the region met in Vienna on Tuesday.\n\n"
        "The new visa rules, which diplomats said would take effect in April, were not "
        "discussed.\n\n"
        "Envoys also raised the transit levy, which the Latvian foreign ministry says is "
        "already among the lowest in Europe.\n"
    )
    found = _found(text)
    assert ("diplomats", "would take effect in April") in found
    assert any(
        s and s.endswith("Foreign Ministry") and t.startswith("is already among the lowest")
        for s, t in found
    )


def test_without_unnamed_a_body_in_a_relative_stays_background() -> None:
    text = (
        "Foreign ministers of the region met in Vienna on Tuesday.\n\n"
        "Envoys also raised the transit levy, which the Latvian foreign ministry says is "
        "already among the lowest in Europe.\n"
    )
    assert _found(text, unnamed=False) == []
