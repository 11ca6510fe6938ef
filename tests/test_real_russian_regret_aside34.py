"""Round thirty-four, Russian press (read set w34e): "Генсек ООН X, как сообщил его
представитель, глубоко сожалеет о решении ...": the aside names who passed X's words on, and
X speaks by the verb after it, adverbs between them or not; "сожалеет о ..." says what is
regretted, as "надеется", "опасается" say what is hoped or feared; a verb in the present
tense ("сожалеет", "считает") is not dated to a day weeks back that a past deed in the
paragraph was done on. Each test in new words."""

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


def test_a_view_in_the_present_is_not_of_a_day_long_past() -> None:
    """ "Договор был подписан 8 апреля 2010 года. Рябков считает, что ...": the view is held
    as the article is written; a past verb after "Тогда" keeps the old day."""
    text = (
        "МОСКВА, 5 февраля. /ТАСС/. Срок действия договора истекает в феврале.\n\n"
        "Договор был подписан в Праге 8 апреля 2010 года. Замглавы МИД РФ Сергей Рябков "
        "считает, что его продление сейчас невозможно.\n\n"
        "Соглашение было заключено в Минске 12 февраля 2015 года. Тогда президент Франции "
        "Франсуа Олланд заявил, что документ дает надежду на мир.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 2, 5),
        [
            ("Сергей Рябков", "его продление", "2024-02-05"),
            ("Франсуа Олланд", "документ дает надежду", "2015-02-12"),
        ],
    )
