"""Russian news language behind the errors of a fresh Russian set (round 17): wire stories,
interviews, round-ups and regional pages, tested in sentences written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2025, 3, 13)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_the_office_that_quotes_a_known_leader_is_not_part_of_his_name() -> None:
    # "«...», – цитирует слова Мирзиёева Кук-Сарай": the one whose words are quoted is the
    # surname already named (in the genitive); the capitalised word after it is the subject
    # of the quoting verb, not a second part of the name
    text = (
        "Президент Узбекистана Шавкат Мирзиёев вчера выступил на форуме в Самарканде.\n\n"
        "«Наши соседи должны торговать без лишних барьеров. Мы откроем новые пункты "
        "пропуска», – цитирует слова Мирзиёева Кук-Сарай.\n"
    )
    found = said(text)
    assert [s.speaker for s in found][-1] == "Шавкат Мирзиёев"


def test_contracted_posts_and_deputy_posts_name_the_speaker() -> None:
    # "полпред" and "торгпред" are contracted posts ("полномочный/торговый представитель");
    # "вице-" before a post names its deputy ("вице-министр", "вице-канцлер")
    cases = [
        ("Полпред президента в Сибири Анатолий Серышев сообщил, что мост откроют летом.\n",
         "Анатолий Серышев", "Полпред президента в Сибири"),
        ("Торгпред России в Индии Олег Иванов заявил, что поставки выросли вдвое.\n",
         "Олег Иванов", "Торгпред России в Индии"),
        ("Вице-министр иностранных дел Вьетнама Нгуен Минь Ву сказал, что визит готовится.\n",
         "Нгуен Минь Ву", "Вице-министр иностранных дел Вьетнама"),
    ]  # fmt: skip
    for text, name, role in cases:
        found = said(text)
        assert [(s.speaker, s.role) for s in found] == [(name, role)], text


def test_two_posts_joined_by_a_dash_before_a_contracted_one() -> None:
    text = (
        "Накануне вице-премьер – полпред президента в Сибири Анатолий Серышев на встрече "
        "с аграриями заявил, что субсидии сохранят.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Анатолий Серышев"]
