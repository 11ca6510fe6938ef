"""An outlet's aside opening a paragraph, "Как сообщает X", run on with its closing comma left
out into "об этом ... заявил Y" ("Как сообщает Report об этом ... заявил Y"): the words point
back at the paragraph before all the same, which is Y's statement, as with the comma.
Stories written here in the manner of a Caucasus news agency."""

from __future__ import annotations

import datetime

from tracker.extract import extract

UNCLOSED = (
    "Ереван рассчитывает подписать мирный договор с Баку до конца года.\n\n"
    "Как сообщает Trend об этом на пресс-конференции в Вене заявил министр иностранных дел "
    "Армении Арарат Мирзоян.\n\n"
    "Мирзоян отметил, что текст договора почти полностью согласован.\n"
)


def _read(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, " ".join(s.text.split()[:3]))
        for s in extract(text, published=datetime.date(2024, 5, 20))
    ]


def test_the_paragraph_pointed_back_at_is_said_though_the_asides_comma_is_left_out():
    got = _read(UNCLOSED)
    assert ("Арарат Мирзоян", "Ереван рассчитывает подписать") in got
    assert ("Арарат Мирзоян", "текст договора почти") in got


CLOSED_LATER = (
    "Премьер-министр Грузии Ираклий Кобахидзе во вторник провел встречу с инвесторами в "
    "Тбилиси.\n\n"
    "Как передает агентство об этом в своем сообщении, глава правительства подчеркнул "
    "значение новых проектов.\n"
)


def test_an_aside_closed_by_its_own_comma_later_gets_no_second_one():
    got = _read(CLOSED_LATER)
    assert ("Ираклий Кобахидзе", "значение новых проектов") in got
