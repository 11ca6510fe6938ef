"""Russian thanks said for something (round 44): "поблагодарил X за Y" reports what the
speaker thanked for, as "thanked Lavrov for organizing the talks" does in the corpus; the
words run from the verb, so "X за Y" is not left without its sense. A courtesy with no
"за" ("поблагодарил участников форума") says nothing.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2025, 5, 20)


def said(text: str) -> list[ProposedStatement]:
    return extract(text, published=TUESDAY)


def test_thanks_for_support_after_a_call_are_the_leaders_words() -> None:
    text = (
        "МОСКВА, 20 мая. /ТАСС/. Президент России Владимир Путин провел телефонный "
        "разговор с президентом Франции Эмманюэлем Макроном. Российский лидер "
        "поблагодарил французского коллегу за содействие обмену пленными."
    )
    got = said(text)
    assert len(got) == 1, got
    assert got[0].speaker == "Владимир Путин"
    assert got[0].text.startswith("поблагодарил французского коллегу за содействие")
    assert got[0].said_on == "2025-05-20"


def test_thanks_with_no_one_named_before_za() -> None:
    text = (
        "Официальный представитель МИД России Мария Захарова поблагодарила за поддержку "
        "всех, кто откликнулся на призыв помочь пострадавшим."
    )
    got = said(text)
    assert [(s.speaker, s.text[:24]) for s in got] == [
        ("Мария Захарова", "поблагодарила за поддерж")
    ]


def test_a_courtesy_with_no_za_is_no_statement() -> None:
    text = (
        "Глава МИД России Сергей Лавров поблагодарил участников форума и вручил награды "
        "выпускникам академии."
    )
    assert said(text) == []


def test_a_prayer_or_a_future_thanks_is_no_statement() -> None:
    text = (
        "Министр иностранных дел Казахстана Ержан Ахмедов поблагодарит делегации за "
        "участие в конференции на ее закрытии в пятницу."
    )
    assert said(text) == []


def test_thanks_under_a_relay_stay_the_relays_report() -> None:
    # "Как сообщила пресс-служба, X поблагодарил ...": the press office reports the deed
    text = (
        "Как сообщила пресс-служба президента Казахстана, Касым-Жомарт Токаев поблагодарил "
        "собеседника за приглашение и подчеркнул, что Астана готова к диалогу."
    )
    got = said(text)
    assert got[0].speaker == "пресс-служба президента Казахстана", got
    assert got[0].text.startswith("Касым-Жомарт Токаев поблагодарил"), got


def test_a_guests_thanks_for_the_invitation_are_a_courtesy() -> None:
    text = (
        "Премьер-министр Армении Никол Пашинян поблагодарил казахстанского коллегу за "
        "теплый прием и приглашение посетить Астану."
    )
    assert said(text) == []
