"""Round thirty-six, Russian press (read set w36c): a company named in Latin letters inside
a title ("аналитик Kpler", "экономист Goldman Sachs") is part of the title, and the name
after it is the speaker's, not a bare "аналитик" that refers back to the expert quoted
before. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2025, 5, 21)
_LEAD = (
    "Ведомости\n21 мая 2025, 00:45\n\n"
    "Как пояснил эксперт Сергей Кондратьев, рынок нефти «стабилен».\n\n"
)


def test_one_latin_word_between_the_title_and_the_name() -> None:
    text = _LEAD + (
        "Аналитик Kpler Виктор Катона в беседе с «Ведомостями» отметил, что экспортеры "
        "быстро нашли новые маршруты.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Сергей Кондратьев", "рынок нефти", "2025-05-21"),
            ("Виктор Катона", "экспортеры быстро", "2025-05-21"),
        ],
    )


def test_two_latin_words_between_the_title_and_the_name() -> None:
    text = _LEAD + (
        "Главный экономист Goldman Sachs Иван Петров заявил, что спрос в Азии пока не "
        "восстановился.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Сергей Кондратьев", "рынок нефти", "2025-05-21"),
            ("Иван Петров", "спрос в Азии", "2025-05-21"),
        ],
    )


def test_a_latin_name_after_an_adjective_of_seniority() -> None:
    text = _LEAD + (
        "Старший партнер Rystad Energy Игорь Смирнов сказал, что танкерный флот перегружен.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Сергей Кондратьев", "рынок нефти", "2025-05-21"),
            ("Игорь Смирнов", "танкерный флот", "2025-05-21"),
        ],
    )
