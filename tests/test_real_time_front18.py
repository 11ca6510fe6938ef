"""A phrase of time opening the sentence before "X told ..." (issue 8, round eighteen):
"Later in the day", "Earlier in the week" say when the telling came and hold no verb, so they
are never the words told; the words are the clause after the verb. A clause before the
attribution ("Peace requires patience, X told a forum") stays the words. Each test in new
words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 3, 8)
HEAD = "Talks in Geneva\n\nGENEVA (Reuters) - Envoys met on Monday.\n\n"


def _said(sentence: str) -> list[tuple[str, str]]:
    """Each statement's speaker and its words, for one paragraph under a wire head."""
    return [(s.speaker, s.text) for s in extract(HEAD + sentence, published=FRIDAY)]


def test_later_in_the_day_then_told_a_forum_that() -> None:
    found = _said(
        "Later in the day, Prime Minister Mark Rutte told a trade forum in The Hague that the "
        "Netherlands wants a deal before summer."
    )
    assert [w for _, w in found] == ["the Netherlands wants a deal before summer"]


def test_earlier_in_the_week_then_told_a_conference_that() -> None:
    found = _said(
        "Earlier in the week, Foreign Minister Alberto van Klaveren told a conference that "
        "Chile supports the proposal."
    )
    assert [w for _, w in found] == ["Chile supports the proposal"]


def test_later_in_the_week_then_told_reporters_without_that() -> None:
    found = _said(
        "Later in the week, Foreign Minister Espen Barth Eide told reporters Norway backs the "
        "proposal."
    )
    assert [w for _, w in found] == ["Norway backs the proposal"]


def test_a_few_hours_later_then_told_lawmakers_that() -> None:
    found = _said(
        "A few hours later, Chancellor Karl Nehammer told lawmakers in Vienna that Austria "
        "wants the talks to go on."
    )
    assert [w for _, w in found] == ["Austria wants the talks to go on"]


def test_a_clause_before_told_stays_the_words() -> None:
    # near misses: a clause of words, with a verb, before the attribution
    assert [
        w
        for _, w in _said(
            "Peace requires patience, Foreign Minister Ann Linde told a forum in Oslo."
        )
    ] == ["Peace requires patience"]
    assert [
        w
        for _, w in _said(
            "Later talks would be pointless, Foreign Minister Ann Linde told reporters in "
            "Geneva on Monday."
        )
    ] == ["Later talks would be pointless"]
    assert [
        w
        for _, w in _said(
            "Early elections are the only way out, opposition leader Ewa Kopacz told the "
            "agency on Monday."
        )
    ] == ["Early elections are the only way out"]
