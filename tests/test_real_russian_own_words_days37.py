"""Round thirty-seven, Russian-language press of the neighbouring states (read set w37d): a
day in a ministry's own reported words ("По данным МИД, в прошлую субботу на границе ...")
tells what it spoke of, not where the ministry was: the ministry's next words, with no day of
their own, are not dated by it. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2026, 11, 12)


def test_a_day_in_the_ministrys_words_does_not_date_its_next_words() -> None:
    text = (
        "Политика\n12 ноября 2026, 10:20\n\n"
        "МИД Таджикистана направил ноту посольству Узбекистана в связи с закрытием "
        "пограничного перехода. Об этом сообщили в пресс-службе ведомства.\n\n"
        "По данным МИД, в прошлую субботу на границе скопились более трехсот грузовиков.\n\n"
        "В министерстве добавили, что консульские работники находятся на месте и помогают "
        "водителям.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("МИД Таджикистана", "МИД Таджикистана направил", "2026-11-12"),
            ("МИД Таджикистана", "в прошлую субботу", "2026-11-12"),
            ("МИД Таджикистана", "консульские работники", "2026-11-12"),
        ],
    )


def test_a_date_in_the_ministrys_words_does_not_date_its_next_words() -> None:
    text = (
        "Политика\n12 ноября 2026, 10:20\n\n"
        "Министерство иностранных дел Казахстана выразило протест в связи с инцидентом в "
        "Каспийском море.\n\n"
        "По информации МИД, 3 ноября казахстанское судно было задержано пограничниками.\n\n"
        "В ведомстве подчеркнули, что экипаж судна уже освобожден.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Министерство иностранных дел Казахстана", "3 ноября", "2026-11-12"),
            ("Министерство иностранных дел Казахстана", "экипаж судна", "2026-11-12"),
        ],
    )
