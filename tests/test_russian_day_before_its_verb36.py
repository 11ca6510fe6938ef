"""Round thirty-six, review fixes: a day in Russian goes with the finite verb after it in
its clause, so a verb in the future earlier in the sentence, before "и", makes it no plan's
day ("Рябков продолжит консультации и в среду заявил"); a day with no verb of its own after
a future verb still is one. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_a_day_after_a_plan_and_before_a_verb_of_saying_is_that_saying() -> None:
    text = (
        "ЖЕНЕВА, 8 мая. /ТАСС/. Замминистра иностранных дел РФ Сергей Рябков продолжит "
        "консультации в Женеве и в среду заявил журналистам, что рассчитывает на "
        "конструктивный подход партнеров.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 5, 8),
        [("Сергей Рябков", "рассчитывает на конструктивный", "2025-05-07")],
    )


def test_a_day_before_the_deed_it_dates_after_a_threat_is_that_deed() -> None:
    text = (
        "МОСКВА, 12 июня. /ТАСС/. Москва непременно примет ответные меры и во вторник "
        "Министерство иностранных дел РФ сообщило, что вручило ноту временному "
        "поверенному.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 12),
        [("Министерство иностранных дел РФ", "вручило ноту", "2025-06-10")],
    )


def test_a_day_with_no_verb_after_it_is_still_the_plans() -> None:
    """A near miss: passes before and after the change ("в пятницу" has no verb of its
    own; it is the day of "проведет")."""
    text = (
        "МОСКВА, 12 июня. /ТАСС/. Лавров, который проведет переговоры с коллегой в пятницу в "
        "Анкаре, заявил, что ждет от встречи конкретных договоренностей.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 6, 12),
        [("Лавров", "ждет от встречи", "2025-06-12")],
    )
