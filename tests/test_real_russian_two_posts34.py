"""Round thirty-four, Russian press (read set w34e): "Глава белорусской делегации,
вице-премьер Виктор Каранкевич заявил": the post that opens the sentence, set off by a comma
before a second post and the name, is the named one's too, so a later "как отметил глава
белорусской делегации" or "— сказал руководитель делегации" is he. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_the_first_of_two_posts_names_him_later() -> None:
    text = (
        "МИНСК, 2 июня. /БелТА/. Руководитель белорусской делегации, вице-премьер Виктор "
        "Каранкевич заявил, что стороны подписали протокол о поставках.\n\n"
        "Российская сторона, как отметил руководитель белорусской делегации, поддержала "
        "проект. «Работа продолжится уже в июле», — сказал глава белорусской делегации.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 2),
        [
            ("Виктор Каранкевич", "стороны подписали", "2025-06-02"),
            ("Виктор Каранкевич", "Российская сторона, как отметил", "2025-06-02"),
            ("Виктор Каранкевич", "Работа продолжится", "2025-06-02"),
        ],
    )


def test_the_second_post_still_names_him() -> None:
    """Near miss, passes on the starting code too: the post next to the name."""
    text = (
        "СТАМБУЛ, 2 июня. /Интерфакс/. Глава российской делегации, помощник президента "
        "Владимир Мединский сообщил, что стороны договорились об обмене телами погибших.\n\n"
        "«Мы его изучим», — добавил помощник президента.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 2),
        [
            ("Владимир Мединский", "стороны договорились", "2025-06-02"),
            ("Владимир Мединский", "Мы его изучим", "2025-06-02"),
        ],
    )
