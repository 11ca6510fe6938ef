"""Round thirty-one, Russian press: in "Еще 16 ноября, объявляя о закрытии пунктов, Орпо
говорил, что ..." the clause is the verb's after the subject, not the gerund's, which names a
topic only: the subject after the gerund speaks, not the last one quoted. Each test in new
words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_a_gerund_naming_a_topic_leaves_the_clause_to_the_verb() -> None:
    text = (
        "Фонтанка\n28.11.2023\n\n"
        "Премьер-министр Эстонии Кая Каллас заявила, что граница останется открытой.\n\n"
        "Пограничная служба Эстонии в своем заявлении уточнила, что очереди на переходе "
        "выросли.\n\n"
        "Еще 16 ноября, объявляя о закрытии двух переходов в Нарве, Каллас говорила, что "
        "правительство не исключает временных ограничений.\n"
    )
    assert_statements(
        text,
        datetime.date(2023, 11, 28),
        [
            ("Кая Каллас", "граница останется", "2023-11-28"),
            ("Пограничная служба Эстонии", "очереди на переходе", "2023-11-28"),
            ("Кая Каллас", "правительство не исключает", "2023-11-16"),
        ],
    )
