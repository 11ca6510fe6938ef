"""Days of words whose sentence opens with a "When" clause holding a day (issue 8, round
eighteen): "When the leaders met in Lima in March, X called the pact ..." puts the words at
the time of that clause, which is what "when" says; a "when" clause after the verb, inside
the words ("said on Tuesday that when Chile signed ... in March, ..."), or a "since" clause
keeps its day to itself. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 5, 15)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=WEDNESDAY)]


def test_a_fronted_when_clause_with_a_month_dates_the_words() -> None:
    text = (
        "Trade talks resumed on Monday.\n\n"
        "When the two leaders met in Lima in March, President Ana Ruiz called the pact a "
        "turning point."
    )
    assert ("Ana Ruiz", "2024-03") in _days(text)


def test_a_fronted_when_clause_with_a_weekday_dates_the_words() -> None:
    text = (
        "Trade talks resumed on Monday.\n\n"
        "When Chile signed the accord on Friday, Foreign Minister Pablo Soto said it was a "
        "fair deal."
    )
    assert ("Pablo Soto", "2024-05-10") in _days(text)


def test_a_when_clause_inside_the_words_keeps_its_day() -> None:
    text = (
        "Trade talks resumed on Monday.\n\n"
        "Foreign Minister Pablo Soto said on Tuesday that when Chile signed the accord in "
        "March, it was a fair deal."
    )
    assert ("Pablo Soto", "2024-05-14") in _days(text)


def test_a_fronted_since_clause_keeps_its_day() -> None:
    text = (
        "Trade talks resumed on Monday.\n\n"
        "Since the accord was signed in March, Foreign Minister Pablo Soto has said it is a "
        "fair deal."
    )
    assert ("Pablo Soto", "2024-03") not in _days(text)
