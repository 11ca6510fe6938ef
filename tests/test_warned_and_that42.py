"""A verb of warning or telling whose first clause opens with no "that" and whose second is
joined by "and that" ("warned allies the war might spread and that it was a crisis"): the
words begin at the first clause, after the ones warned or told, not at the second "that".
Sentences written here in the manner of the BBC's and Guardian's copy."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2022, 2, 25)


def _statements(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=PUBLISHED)]


def test_warned_hearers_then_two_clauses() -> None:
    got = _statements(
        "Boris Johnson warned Nato leaders the fighting could spread beyond Ukraine and "
        "that Europe faced its gravest crisis in decades.\n"
    )
    assert len(got) == 1 and got[0][0] == "Boris Johnson", got
    assert got[0][1].startswith("the fighting could spread beyond Ukraine and that"), got


def test_told_hearers_then_two_clauses() -> None:
    got = _statements(
        "Liz Truss told MPs the sanctions might bite hard and that more were ready.\n"
    )
    assert len(got) == 1 and got[0][0] == "Liz Truss", got
    assert got[0][1].startswith("the sanctions might bite hard"), got


def test_warned_that_then_and_that_unchanged() -> None:
    # near miss: the first clause has its own "that"; the words begin after it, as before
    got = _statements(
        "Boris Johnson warned allies that the fighting could spread beyond Ukraine and "
        "that Europe faced its gravest crisis in decades.\n"
    )
    assert len(got) == 1, got
    assert got[0][1].startswith("the fighting could spread"), got


def test_warned_against_keeps_advice() -> None:
    # near miss: the ones warned, then advice with "not to": the advice is the words
    got = _statements("Boris Johnson warned allies not to ease the sanctions on Moscow.\n")
    assert len(got) == 1, got
    assert "not to ease the sanctions" in got[0][1], got
