"""Who spoke in real copy (issue 8, round thirteen: speaker classes left on the open sets and
PolNeAR train). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2024, 3, 14)


def test_russian_two_posts_set_off_by_a_comma_name_the_man_after_the_second() -> None:
    # "Председатель X, президент Y Имя Фамилия поблагодарил ...": one man's two posts; the
    # first is not a description that looks ahead to the next name
    text = (
        "Генеральный секретарь Содружества, президент Республики Гана Кофи Менса поблагодарил "
        "российского президента за приглашение. «Нам нужны честные цены на топливо», — "
        "сказал он.\n\n"
        "Владимир Путин ответил, что Россия готова обсуждать поставки."
    )
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == ["Кофи Менса", "Владимир Путин"]


def test_russian_interviewee_is_the_subject_of_the_introduction() -> None:
    # the introduction names a visitor in the genitive before the man who answers
    text = (
        "В преддверии поездки в Ереван главы МИД Франции Жана Дюпона министр иностранных дел "
        "Армении Арам Саргсян ответил на вопросы агентства.\n\n"
        "— Чего вы ждете от переговоров?\n\n"
        "— Мы надеемся подписать соглашение о сотрудничестве в энергетике.\n\n"
        "— Будет ли обсуждаться визовый режим?\n\n"
        "— Пока рано говорить об этом.\n"
    )
    found = extract(text, published=THURSDAY)
    assert {s.speaker for s in found} == {"Арам Саргсян"}


def test_russian_surname_with_a_typographic_apostrophe_stays_whole() -> None:
    text = (
        "Об этом в четверг заявил спецпосланник США Патрик О’Коннор. По его словам, "
        "переговоры будут продолжены."
    )
    found = extract(text, published=THURSDAY)
    assert found and {s.speaker for s in found} == {"Патрик О’Коннор"}


def test_colonel_after_a_rank_modifier_is_the_rank_not_a_first_name() -> None:
    # "Senior Colonel", "Lieutenant Colonel": a compound rank, whole before the name
    text = (
        "Army spokesman Lieutenant Colonel Omar Haddad told reporters on Thursday that the "
        "border crossing would reopen next week.\n\n"
        "Defence ministry spokesman Senior Colonel Li Jun said the drills were routine."
    )
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == ["Omar Haddad", "Li Jun"]
