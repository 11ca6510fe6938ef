"""Russian constructions found by probing round 19 with articles written here in the manner
of Kremlin and Foreign Ministry transcripts and the agencies.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2025, 3, 20)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_transcript_label_with_a_compound_surname_capitalised_twice_opens_a_turn() -> None:
    # the Kremlin prints foreign names as they are spelt at home: "Сассу-Нгессо",
    # "Томас-Гринфилд", "МакКинли"; the label is one person's turn like any other
    text = (
        "Начало беседы с Президентом Республики Гвинея-Бисау\n\n"
        "В.Путин: Уважаемый господин Президент! Рады видеть вас в Москве снова. "
        "Товарооборот между нашими странами растет.\n\n"
        "У.Эмбало-Сиссоко (как переведено): Спасибо за теплый прием. Мы намерены "
        "развивать связи в сельском хозяйстве и образовании.\n\n"
        "В.Путин: Предлагаю обсудить и сотрудничество в энергетике.\n\n"
        "Р.МакДугал (как переведено): Со своей стороны банк готов участвовать в "
        "финансировании проектов.\n"
    )
    found = said(text)
    speakers = [s.speaker for s in found]
    assert speakers == ["Путин", "Эмбало-Сиссоко", "Путин", "МакДугал"]
    assert found[1].text.startswith("Спасибо за теплый прием")
    assert all(s.said_on == "2025-03-20" for s in found)


def test_a_statement_to_the_press_labelled_by_post_and_a_compound_surname() -> None:
    text = (
        "Заявления для прессы по итогам переговоров\n\n"
        "Президент Российской Федерации Владимир Путин: Переговоры прошли в деловой "
        "атмосфере. Мы условились продолжить работу.\n\n"
        "Президент Республики Гамбия Адама Барроу-Джалло: Мы благодарны за "
        "гостеприимство и рассчитываем на новые договоренности.\n"
    )
    found = said(text)
    guest = [s for s in found if s.text.startswith("Мы благодарны за")]
    assert [s.speaker for s in guest] == ["Адама Барроу-Джалло"]
