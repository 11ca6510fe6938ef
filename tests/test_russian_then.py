""" "Тогда он заявил": a sentence opened by "Тогда" and its subject is set at the day the
sentence before told ("... объявил вечером 5 января на заседании Совбеза. Тогда он заявил,
что ..." was dated on the story's day; read set w29c). A year or month told before is kept as
before, and "тогда" inside a quotation is no time. Articles written here.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2022, 1, 7)
DATELINE = "НУР-СУЛТАН, 7 января. /ТАСС/.\n\n"


@pytest.mark.parametrize(
    ("before", "day"),
    [
        ("Токаев выступил вечером 5 января на заседании Совбеза.", "2022-01-05"),
        ("Президент провел совещание 3 января в Акорде.", "2022-01-03"),
        ("Токаев посетил Москву 3 марта 2019 года.", "2019-03-03"),
        ("В 2019 году Токаев впервые посетил Москву как президент.", "2019"),  # unchanged
    ],
)
def test_then_opening_the_next_sentence_is_the_day_just_told(before: str, day: str) -> None:
    text = (
        DATELINE
        + "Президент Казахстана Касым-Жомарт Токаев выступил в пятницу с обращением. "
        + before
        + " Тогда он заявил, что Россия остается главным партнером."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.text.split()[0], s.said_on) for s in found] == [("Россия", day)]


def test_then_inside_a_quotation_is_no_time() -> None:
    text = (
        DATELINE + "Токаев выступил вечером 5 января на заседании Совбеза. «Тогда мы ответим "
        "жестко», — заявил глава МИД Мухтар Тлеуберди в пятницу."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found][-1] == ("Мухтар Тлеуберди", "2022-01-07")
