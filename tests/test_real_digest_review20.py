"""Detection on unseen real text (issue 8, twentieth round): "Редакция собрала ключевые
заявления." over paragraphs that each tell their own speaker and verb is a weekly review of
several speakers' words, not a digest of the lead's person: each paragraph is read as it
stands. A digest whose points are bare words stays one. Each test in new words written
here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def test_a_review_of_several_speakers_is_no_digest() -> None:
    text = (
        "Неделя дипломатии\n\n"
        "МИНСК, 16 июня – Агентство. Неделя выдалась насыщенной. Редакция собрала ключевые "
        "заявления.\n\n"
        "Понедельник: переговоры в Минске\n\n"
        "Министр иностранных дел Белоруссии Сергей Алейник в понедельник заявил, что Минск "
        "готов к диалогу с соседями. «Мы открыты для любых контактов», – сказал Алейник.\n\n"
        "Среда: встреча в Москве\n\n"
        "Министр иностранных дел России Сергей Лавров в среду сообщил, что стороны "
        "согласовали план консультаций.\n"
    )
    found = [(s.speaker, s.text[:20], s.said_on) for s in extract(text, published=FRIDAY)]
    assert found == [
        ("Сергей Алейник", "Минск готов к диалог", "2023-06-12"),
        ("Сергей Алейник", "Мы открыты для любых", "2023-06-12"),
        ("Сергей Лавров", "стороны согласовали ", "2023-06-14"),
    ]


def test_a_digest_of_bare_points_stays_the_leads_persons() -> None:
    text = (
        "Брифинг МИД\n\n"
        "МОСКВА, 16 июня. /ТАСС/. Официальный представитель МИД России Мария Захарова "
        "провела брифинг. Агентство собрало основные заявления.\n\n"
        "- Москва не получала от Вашингтона никаких предложений по обмену.\n"
        "- Российская сторона продолжит добиваться освобождения своих граждан.\n"
    )
    found = [s.speaker for s in extract(text, published=FRIDAY)]
    assert found.count("Мария Захарова") >= 2
