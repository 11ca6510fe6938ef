"""Round thirty-six, Russian press (read set w36c): "X высказался дважды: вначале он
предположил, что ..." - a pronoun after a colon and a few words of time or order ("вначале",
"затем", "в понедельник, в частности,") is the one the clause before the colon is about,
not the speaker of the paragraph before. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2025, 3, 12)


def test_an_adverb_of_order_between_the_colon_and_the_pronoun() -> None:
    text = (
        "Известия\n12 марта 2025, 10:00\n\n"
        "Министр иностранных дел Турции Хакан Фидан заявил, что Анкара готова принять "
        "переговоры.\n\n"
        "Тем временем президент Финляндии Александр Стубб за выходные дважды высказался об "
        "Украине: вначале он предположил, что перемирие возможно до лета.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Хакан Фидан", "Анкара готова", "2025-03-12"),
            ("Александр Стубб", "перемирие возможно", "2025-03-12"),
        ],
    )


def test_a_day_and_an_aside_between_the_colon_and_the_pronoun() -> None:
    text = (
        "Ведомости\n12 марта 2025, 10:00\n\n"
        "Вице-премьер Александр Новак сообщил, что добыча нефти в стране выросла.\n\n"
        "Министр финансов Антон Силуанов выступил на форуме дважды: в понедельник, в "
        "частности, он отметил, что бюджет останется сбалансированным.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Александр Новак", "добыча нефти", "2025-03-12"),
            ("Антон Силуанов", "бюджет останется", "2025-03-10"),
        ],
    )


def test_then_between_the_colon_and_the_pronoun() -> None:
    text = (
        "Коммерсантъ\n12.03.2025, 10:00\n\n"
        "Глава МИД Польши Радослав Сикорский заявил, что Варшава не изменит курс.\n\n"
        "Премьер Венгрии Виктор Орбан ответил критикам в соцсетях: затем он написал, что "
        "Будапешт не поддержит новые санкции.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Радослав Сикорский", "Варшава не изменит", "2025-03-12"),
            ("Виктор Орбан", "Будапешт не поддержит", "2025-03-12"),
        ],
    )
