"""A Russian sentence opening on a subordinate clause with the attribution set in after it
("Если бы ..., убеждена дипломат, они бы «...»", "Когда ..., считает министр, многое
будет ..."): the clause's verb was read as the sentence's predicate, so the statement
stopped at the attribution and lost the main clause after it. Such a clause has no main
clause of its own; the statement runs through the attribution to the sentence's end. The
near misses: a condition whose main clause is already before the attribution keeps its end
there, and a frame after the attribution ("выступая ...") is no part of what was said.
Sentences written here in the manner of Russian agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2025, 5, 14)
DAY = "2025-05-14"
LEAD = (
    "МОСКВА, 14 мая. /ТАСС/. Официальный представитель МИД России Мария Захарова "
    "прокомментировала решение Вашингтона приостановить консультации.\n\n"
)


def _texts(text: str) -> list[str]:
    return [s.text for s in extract(text, published=PUBLISHED)]


def test_a_condition_then_the_attribution_then_the_main_clause() -> None:
    text = (
        LEAD + "Если бы США действительно стремились к диалогу, убеждена дипломат, они бы "
        "«не ставили заранее невыполнимых условий».\n"
    )
    assert_statements(text, PUBLISHED, [("Мария Захарова", "Если бы США действительно", DAY)])
    assert _texts(text)[0].endswith("невыполнимых условий»")


def test_a_when_clause_and_a_name_after_the_attribution() -> None:
    text = (
        "МОСКВА, 14 мая. /РИА Новости/. Замглавы МИД России Сергей Рябков выступил на "
        "конференции по нераспространению.\n\n"
        "Когда стороны вернутся за стол переговоров, считает Рябков, многое будет зависеть "
        "от готовности Вашингтона слушать.\n"
    )
    assert_statements(text, PUBLISHED, [("Сергей Рябков", "Когда стороны вернутся", DAY)])
    assert _texts(text)[0].endswith("готовности Вашингтона слушать")


def test_a_condition_with_its_main_clause_before_the_attribution() -> None:
    text = (
        LEAD + "Если Вашингтон не изменит подход, Москва будет вынуждена ответить, заявила "
        "Захарова, выступая на брифинге.\n"
    )
    assert_statements(text, PUBLISHED, [("Мария Захарова", "Если Вашингтон не изменит", DAY)])
    assert _texts(text)[0].endswith("будет вынуждена ответить")


def test_a_frame_after_the_attribution_is_not_said() -> None:
    text = LEAD + "Если диалог прервется, подчеркнула Захарова, выступая на брифинге.\n"
    assert all("выступая" not in t for t in _texts(text))
