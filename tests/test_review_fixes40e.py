"""Review fixes of round 40, the last read: "Позднее" after a span the story told ("на
прошлой неделе") is some day after it, up to the page's, whatever that sentence told (a
meeting, a decree) and whatever stands between (the speaker's own quotation); only an
"earlier" phrase ("ранее") and the new "После этого" ask that words were said right before.
Stories written here in the manner of Russian wire copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 12)  # a Wednesday


def test_later_after_a_week_of_talks_is_up_to_the_page() -> None:
    assert_statements(
        "МОСКВА, 12 марта. /ТАСС/. На прошлой неделе министр иностранных дел России Сергей "
        "Лавров провел переговоры с главой МИД Бразилии в Рио-де-Жанейро. Позднее он "
        "заявил, что стороны договорились расширить торговлю.\n",
        PUBLISHED,
        [("Сергей Лавров", "стороны договорились", "../2025-03-12")],
    )


def test_later_after_the_speakers_own_quotation_between() -> None:
    assert_statements(
        "МОСКВА, 12 марта. /ТАСС/. На прошлой неделе министр иностранных дел России Сергей "
        "Лавров заявил, что консультации по Черноморскому региону не дали результата.\n\n"
        "«Мы не видим готовности к компромиссу», — добавил министр.\n\n"
        "Позднее он уточнил, что Москва остается открытой для контактов.\n",
        PUBLISHED,
        [
            ("Сергей Лавров", "консультации по Черноморскому", "2025-03-03/2025-03-09"),
            ("Сергей Лавров", "Мы не видим", "2025-03-03/2025-03-09"),
            ("Сергей Лавров", "Москва остается", "../2025-03-12"),
        ],
    )
