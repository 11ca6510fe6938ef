"""Round thirty-one, Russian press: "Тогда же" after a month told ("еще в начале июля ...
заявлял. Тогда же он сказал ...") is that month, not the page's day; after a whole day it
stays that day. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_then_after_a_month_is_that_month() -> None:
    text = (
        "Независимая газета\n20.09.2023\n\n"
        "Еще в начале июля вице-премьер Армении Мгер Григорян заявлял, что Ереван «не "
        "откажется» от участия в ЕАЭС. Тогда же он сказал, что переговоры с Баку "
        "продолжатся.\n"
    )
    assert_statements(
        text,
        datetime.date(2023, 9, 20),
        [
            ("Мгер Григорян", "Ереван «не", "2023-07"),
            ("Мгер Григорян", "переговоры с Баку", "2023-07"),
        ],
    )


def test_then_after_a_day_stays_that_day() -> None:
    """A near miss: passes before and after the change."""
    text = (
        "Независимая газета\n20.09.2023\n\n"
        "В пятницу министр иностранных дел Арарат Мирзоян заявил, что позиция страны не "
        "изменилась. Тогда же он добавил, что Ереван ждет ответа.\n"
    )
    assert_statements(
        text,
        datetime.date(2023, 9, 20),
        [
            ("Арарат Мирзоян", "позиция страны", "2023-09-15"),
            ("Арарат Мирзоян", "Ереван ждет", "2023-09-15"),
        ],
    )
