"""A trailing "сообщили в министерстве" after a ministry's words that name another
ministry only as where something went ("посольство направило в МИД Украины ноту"): the
ministry that has been speaking, not the one its words name as the addressee. Where the
other ministry is what the words are about, in the nominative ("МИД Украины вызвал ..."),
or no ministry has spoken before, the nearest stays. Stories written here, in the manner
of Interfax-Ukraine."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2021, 3, 17)
LEAD = (
    "Временный поверенный в делах Украины в среду был вызван в МИД РФ, где ему был выражен "
    "протест, сообщил МИД РФ.\n"
)


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text[:20]) for s in extract(text, published=PUBLISHED)]


def test_a_ministry_named_as_the_addressee_is_not_the_one_reporting() -> None:
    text = (
        LEAD + "Кроме того, посольство России в Киеве направило в МИД Украины ноту протеста в "
        "связи с инцидентом, сообщили в министерстве.\n"
    )
    got = _speakers(text)
    assert [who for who, _ in got] == ["МИД РФ", "МИД РФ"], got


def test_the_ministry_the_words_are_about_is_the_one_reporting() -> None:
    # near miss: the other ministry is the subject of what was reported
    text = (
        LEAD + "МИД Украины в ответ вручил российскому дипломату ноту протеста, сообщили в "
        "министерстве.\n"
    )
    got = _speakers(text)
    assert [who for who, _ in got] == ["МИД РФ", "МИД Украины"], got
