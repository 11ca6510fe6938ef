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
