"""Russian background paragraphs (round 49, Russian articles of CIS outlets)."""

from __future__ import annotations

import datetime

from tracker.extract.russian.pipeline import extract

# A lead speaker whose country the text gives only by initials the tool does not read
# ("министр ... КР"), then a background paragraph naming a foreign official with his country
# and pointing back at him by a country adjective ("По словам турецкого чиновника").
COUNTRY_DESCRIPTION = (
    "Самарканд, 14 мая /Кабар/. Поставки зерна не обсуждались в ходе визита премьер-министра "
    "Кыргызстана Адылбека Касымалиева в Узбекистан. Об этом журналистам сообщил министр "
    "сельского хозяйства КР Талант Осмонов.\n\n"
    "Напомним, ранее в прессе появилась информация о возможной сделке. В частности, издания "
    "ссылались на депутата Госдумы РФ Игоря Смирнова и пресс-секретаря министра торговли "
    "Турции Мехмета Йылдыза. По словам турецкого чиновника, первые поставки могут начаться "
    "уже осенью.\n"
)


def _by_text(text: str, day: datetime.date) -> dict[str, str]:
    return {s.text[:30]: s.speaker for s in extract(text, published=day)}


def test_a_country_description_goes_to_the_official_of_that_country() -> None:
    speakers = _by_text(COUNTRY_DESCRIPTION, datetime.date(2024, 5, 14))
    assert speakers["первые поставки могут начаться"[:30]] == "Мехмет Йылдыз"
    assert speakers["Поставки зерна не обсуждались "] == "Талант Осмонов"


def _days(text: str, day: datetime.date) -> dict[str, str | None]:
    return {s.text[:30]: s.said_on for s in extract(text, published=day)}


# A recap paragraph opened by "Напомним": words told in its later sentences, with no time
# of their own, were said before the page's day
RECAP = (
    "АСТАНА, 3 марта. /Казинформ/. Казахстан готов принять очередной раунд переговоров, "
    "заявил сегодня министр иностранных дел республики Арман Касенов.\n\n"
    "Напомним, стороны пока не смогли согласовать повестку встречи. Газеты "
    "ссылались на посла Грузии в Казахстане Георгия Мамаладзе. По словам грузинского "
    "дипломата, делегации вернутся к обсуждению после консультаций в столицах.\n"
)

# A day told inside the recap paragraph before the words is theirs, not "Напомним"'s
RECAP_WITH_DAY = (
    "АСТАНА, 3 марта. /Казинформ/. Казахстан готов принять очередной раунд переговоров, "
    "заявил сегодня министр иностранных дел республики Арман Касенов.\n\n"
    "Напомним, 1 марта посол Грузии в Казахстане Георгий Мамаладзе заявил, что делегации "
    "вернутся к обсуждению после консультаций в столицах.\n"
)


def test_words_in_a_recap_paragraph_were_said_before_the_page() -> None:
    days = _days(RECAP, datetime.date(2025, 3, 3))
    assert days["делегации вернутся к обсуждени"] == "../2025-03-03"
    assert days["Казахстан готов принять очеред"] == "2025-03-03"


def test_a_day_in_the_recap_paragraph_is_kept() -> None:
    days = _days(RECAP_WITH_DAY, datetime.date(2025, 3, 3))
    assert days["делегации вернутся к обсуждени"] == "2025-03-01"


# "позже" inside the sentence, before its past verb, is "Позже" opening it: after a season
# told before, some day up to the page's
LATER_INSIDE = (
    "ДУШАНБЕ, 12 ноября — Sputnik. Таджикистан рассмотрит участие в миссии, если получит "
    "приглашение, заявил министр обороны республики Эмомали Собирзода.\n\n"
    "Летом этого года глава МИД Ирана Аббас Арагчи заявил, что Тегеран готов направить "
    "наблюдателей. Однако президент Таджикистана Эмомали Рахмон позже сообщил, что "
    "переговоров об этом не велось.\n"
)


def test_pozzhe_before_the_verb_is_after_the_time_told() -> None:
    days = _days(LATER_INSIDE, datetime.date(2025, 11, 12))
    assert days["переговоров об этом не велось"] == "../2025-11-12"


def test_ne_pozdnee_is_a_deadline_not_later() -> None:
    text = (
        "ДУШАНБЕ, 12 ноября — Sputnik. Министр обороны Эмомали Собирзода заявил, что "
        "ответ будет дан не позднее декабря.\n"
    )
    days = _days(text, datetime.date(2025, 11, 12))
    assert days["ответ будет дан не позднее дек"] == "2025-11-12"


# "Как уже сообщалось" opens a recap paragraph as "Напомним" does
RECAP_AS_REPORTED = RECAP.replace("Напомним, стороны", "Как уже сообщалось, стороны")


def test_kak_uzhe_soobshchalos_opens_a_recap_paragraph() -> None:
    days = _days(RECAP_AS_REPORTED, datetime.date(2025, 3, 3))
    assert days["делегации вернутся к обсуждени"] == "../2025-03-03"
