"""Round thirty-four, Russian press (read set w34e): "Генсек ООН X, как сообщил его
представитель, глубоко сожалеет о решении ...": the aside names who passed X's words on, and
X speaks by the verb after it, adverbs between them or not; "сожалеет о ..." says what is
regretted, as "надеется", "опасается" say what is hoped or feared. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_the_one_whose_spokesman_passed_the_words_on_speaks() -> None:
    text = (
        "МОСКВА, 17 июля. /ТАСС/. Официальный представитель МИД России Мария Захарова "
        "заявила, что Москва не будет продлевать соглашение.\n\n"
        "Верховный комиссар ООН по правам человека Фолькер Тюрк, как сообщил его "
        "представитель, глубоко сожалеет о решении прекратить гуманитарные поставки.\n"
    )
    assert_statements(
        text,
        datetime.date(2023, 7, 17),
        [
            ("Мария Захарова", "Москва не будет", "2023-07-17"),
            ("Фолькер Тюрк", "о решении прекратить", "2023-07-17"),
        ],
    )


def test_regret_about_a_thing_is_said() -> None:
    text = (
        "БРЮССЕЛЬ, 3 мая. /РИА Новости/. Глава евродипломатии Кая Каллас сожалеет о срыве "
        "переговоров по зерновому коридору.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 5, 3),
        [("Кая Каллас", "о срыве переговоров", "2025-05-03")],
    )
