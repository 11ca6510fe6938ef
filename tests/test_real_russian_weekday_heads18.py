"""Days of words in a Russian round-up of the week headed by weekdays (issue 8, round
eighteen): "ПОНЕДЕЛЬНИК. САММИТ В АНКАРЕ", "Среда:" open each day's items, and words under
a head with no day of their own were said that day (the last such weekday up to the
article's day), as the English reading takes "MONDAY: ..." heads. One weekday line alone
heads nothing. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 11, 16)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=SATURDAY)]


ROUND_UP = (
    "Итоги недели: Анкара, Брюссель и Минск\n\n"
    "ПОНЕДЕЛЬНИК. САММИТ В АНКАРЕ\n\n"
    "Лидеры тюркских государств собрались в Анкаре. Президент Казахстана Касым-Жомарт Токаев "
    "заявил, что транспортный коридор будет достроен к 2027 году.\n\n"
    "СРЕДА. СПОР О ПОШЛИНАХ\n\n"
    'Еврокомиссар по торговле Марта Кос назвала новые пошлины "вынужденной мерой".\n\n'
    "Пятница: визит в Минск\n\n"
    "Министр иностранных дел Венгрии Петер Сийярто сказал, что Будапешт не будет "
    "поддерживать новые санкции."
)


def test_words_under_a_capitalised_weekday_head_are_of_that_day() -> None:
    assert ("Касым-Жомарт Токаев", "2024-11-11") in _days(ROUND_UP)


def test_words_under_a_later_head_are_of_its_day() -> None:
    assert ("Марта Кос", "2024-11-13") in _days(ROUND_UP)


def test_a_head_with_a_colon_dates_its_items() -> None:
    assert ("Петер Сийярто", "2024-11-15") in _days(ROUND_UP)


def test_one_weekday_line_alone_heads_nothing() -> None:
    text = (
        "Новости дня\n\n"
        "СРЕДА\n\n"
        "Министр иностранных дел Венгрии Петер Сийярто сказал, что Будапешт не будет "
        "поддерживать новые санкции."
    )
    assert ("Петер Сийярто", "2024-11-16") in _days(text)


def test_a_meeting_told_under_a_later_head_is_of_that_day() -> None:
    text = (
        "Неделя в Европе\n\n"
        "ВТОРНИК. ВСТРЕЧА В БЕРЛИНЕ\n\n"
        "В Берлине прошли переговоры министров обороны. Министр обороны Польши Марек Новак "
        "заявил, что поставки будут продолжены.\n\n"
        "ПЯТНИЦА. ГОСТЬ ИЗ ВАШИНГТОНА\n\n"
        "Госсекретарь США провел переговоры с премьером Чехии. После встречи премьер-министр "
        "Чехии Иржи Марек сказал журналистам, что договор будет подписан весной."
    )
    assert ("Иржи Марек", "2024-11-15") in _days(text)
