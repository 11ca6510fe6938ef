"""Days of words given in answer to a question put at a briefing (issue 8, round eighteen):
"asked about the sailors at a regular briefing in Beijing on Thursday" dates the asking,
the appearance the question was put at, not the topic; a day after a place that is no
appearance ("asked about the attack at a checkpoint on Tuesday") stays the topic's. Each
test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 10, 12)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=SATURDAY)]


def test_asked_at_a_regular_briefing_in_a_capital_on_a_day() -> None:
    text = (
        "Chinese Foreign Ministry spokesperson Mao Ning, asked about the detained sailors at "
        "a regular briefing in Beijing on Thursday, declined to comment and said the case was "
        "being handled lawfully."
    )
    assert _days(text) == [("Mao Ning", "2024-10-10")]


def test_asked_at_a_news_conference_at_the_white_house_on_a_day() -> None:
    text = (
        "White House spokesman Tom Reilly, asked about the drone strike at a news conference "
        "at the White House on Wednesday, said the president had approved it."
    )
    assert _days(text) == [("Tom Reilly", "2024-10-09")]


def test_asked_at_a_hearing_on_a_day() -> None:
    text = (
        "Senator Mark Hale, asked about the tariffs at a Senate hearing on Wednesday, said "
        "they would hurt farmers."
    )
    assert _days(text) == [("Mark Hale", "2024-10-09")]


def test_asked_about_a_thing_at_a_place_on_a_day_keeps_the_topics_day() -> None:
    # near misses: a checkpoint, a village are where the topic happened, no appearance
    text = (
        "Afghan Interior Ministry spokesman Abdul Karimi, asked about the attack at a "
        "checkpoint in Kabul on Tuesday, said the attackers had been arrested.\n\n"
        "Lebanese Prime Minister Karim Haddad, asked about the shelling at a border village "
        "on Wednesday, said the army would deploy."
    )
    found = _days(text)
    assert ("Abdul Karimi", "2024-10-08") not in found
    assert ("Karim Haddad", "2024-10-09") not in found
