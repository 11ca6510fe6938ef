"""'used the occasion to repeat that ...', 'went on to repeat that ...': the bare verb of
saying again after 'to' reports words as 'to reiterate' does; 'repeat the mistakes', 'a
repeat of' tell none (issue 8, round twenty). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2024, 9, 13)


def _found(body: str) -> list[tuple[str | None, str]]:
    text = "Leaders meet in Astana\n\nASTANA, Sept 13 (Wire) - " + body + "\n"
    return [(s.speaker, s.text) for s in extract(text, published=PUB)]


def test_the_bare_verb_after_to_reports_words_said_again() -> None:
    for lead in (
        "President Kassym-Jomart Tokayev used the news conference to repeat that",
        "President Kassym-Jomart Tokayev, beside his guest, took the chance to repeat that",
        "President Kassym-Jomart Tokayev went on to repeat that",
    ):
        found = _found(f"{lead} Kazakhstan would not join any military bloc.")
        assert ("Kassym-Jomart Tokayev", "Kazakhstan would not join any military bloc") in [
            (s, t.rstrip(".")) for s, t in found
        ], lead


def test_repeating_a_deed_or_a_thing_tells_no_words() -> None:
    for body in (
        "President Kassym-Jomart Tokayev declined to repeat the figures of the census.",
        "President Kassym-Jomart Tokayev was careful not to repeat that mistake in Astana.",
    ):
        assert _found(body) == [], body
