"""Transcript page shapes crossed with speaker labels and page furniture (Russian and English).

A slice of a matrix of label formats x genres x date lines: the cells that failed before
(Russian "Ответ:" under a reporter's sentence naming the guest, an outlet asking in its
quotation marks, a transcript's title line taken for its first answer, a title's or
place line's day under a page stamp) and near-misses that must not change. Each answer turn
is one direct statement of the person the page names, dated by the transcript's own day.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

POSTED = datetime.date(2024, 3, 12)
ANSWERS_RU = (
    "Мы внимательно следим за развитием ситуации вокруг порта.",
    "Наша позиция по этому вопросу хорошо известна и не меняется.",
)
ANSWERS_EN = (
    "We have seen those reports and are in touch with our partners.",
    "Our position on that has not changed, and it will not change.",
)


def _said(text: str) -> list[tuple[str, str, str]]:
    return [(s.speaker, s.text[:24], s.said_on or "") for s in extract(text, published=POSTED)]


def _exchange_ru(asks: str, answers: str) -> str:
    return (
        f"{asks} Как вы оцениваете переговоры в Женеве?\n\n{answers} {ANSWERS_RU[0]}\n\n"
        f"{asks} А что с санкциями?\n\n{answers} {ANSWERS_RU[1]}\n"
    )


@pytest.mark.parametrize(
    "lead",
    [
        "Министр иностранных дел Эстонии Карл Тамм дал интервью газете «Известия».",
        "Глава МИД Эстонии Карл Тамм в интервью «Известиям» рассказал о переговорах в Женеве.",
        "Тамм: нас не заставят спешить\n\nМинистр иностранных дел Эстонии Карл Тамм ответил "
        "на вопросы «Известий».",
    ],
)
def test_answer_labels_under_a_lead_naming_the_guest_are_the_guests(lead: str) -> None:
    text = f"{lead}\n\n12 марта 2024, 15:32\n\n" + _exchange_ru("Вопрос:", "Ответ:")
    assert _said(text) == [
        ("Карл Тамм", ANSWERS_RU[0][:24], "2024-03-12"),
        ("Карл Тамм", ANSWERS_RU[1][:24], "2024-03-12"),
    ]


def test_answer_labels_with_no_one_named_stay_unsaid() -> None:
    text = "Интервью газете «Известия»\n\n12 марта 2024, 15:32\n\n" + _exchange_ru(
        "Вопрос:", "Ответ:"
    )
    assert _said(text) == []


@pytest.mark.parametrize("asks", ["«Известия»:", "«Коммерсант»:", "Вопрос:", "ТАСС:"])
def test_an_outlet_in_its_marks_asks(asks: str) -> None:
    text = (
        "Интервью Министра иностранных дел Эстонии Карла Тамма газете «Известия»\n\n"
        "12 марта 2024, 15:32\n\n" + _exchange_ru(asks, "К.Тамм:")
    )
    assert [(s[0].split()[-1], s[1]) for s in _said(text)] == [
        ("Тамм", ANSWERS_RU[0][:24]),
        ("Тамм", ANSWERS_RU[1][:24]),
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Нина Орлова: «Нас не заставят спешить»\n\n"
        "Интервью официального представителя МИД Нины Орловой газете «Известия»",
        "Интервью официального представителя МИД Нины Орловой газете «Известия»",
    ],
)
def test_a_title_line_under_a_headline_is_no_answer(head: str) -> None:
    text = f"{head}\n\n12 марта 2024, 15:32\n\n" + _exchange_ru("Вопрос:", "Ответ:")
    assert _said(text) == [
        ("Нина Орлова", ANSWERS_RU[0][:24], "2024-03-12"),
        ("Нина Орлова", ANSWERS_RU[1][:24], "2024-03-12"),
    ]


TITLE_RU = "Ответы Министра иностранных дел Эстонии Карла Тамма на вопросы СМИ"


@pytest.mark.parametrize(
    ("above", "head"),
    [
        # a page's stamp above: the page changed then; the title's day is the words'
        ("Обновлено 12.03.2024 09:10\n\n", f"{TITLE_RU}, Москва, 11 марта 2024 года"),
        ("Дата публикации: 12.03.2024\n\n", f"{TITLE_RU}, Москва, 11 марта 2024 года"),
        ("Фото: РИА Новости / Иван Иванов\n\n", f"{TITLE_RU}, Москва, 11 марта 2024 года"),
        # the day on a place line of its own, or with a time of day
        ("", f"{TITLE_RU}\n\nМосква, 11 марта 2024 года"),
        ("Обновлено 12.03.2024 09:10\n\n", f"{TITLE_RU}\n\n11 марта 2024 года"),
        ("", f"{TITLE_RU}\n\n11.03.2024 15:32"),
        ("", f"{TITLE_RU}\n\n11 марта 2024, 15:32"),
        # near-miss: the title's day in the first paragraph, as before
        ("", f"{TITLE_RU}, Москва, 11 марта 2024 года"),
    ],
)
def test_a_transcripts_own_day_under_page_furniture(above: str, head: str) -> None:
    text = above + head + "\n\n" + _exchange_ru("Вопрос:", "К.Тамм:")
    assert [(s[1], s[2]) for s in _said(text)] == [
        (ANSWERS_RU[0][:24], "2024-03-11"),
        (ANSWERS_RU[1][:24], "2024-03-11"),
    ]


@pytest.mark.parametrize(
    ("asks", "answers"),
    [
        ("Q:", "A:"),
        ("Question:", "Answer:"),
        ("QUESTION:", "TAMM:"),
        ("Reuters:", "Foreign Minister Tamm:"),
        ("QUESTION: (Via interpreter)", "FOREIGN MINISTER TAMM: (Via interpreter)"),
    ],
)
def test_english_labels_under_a_lead_naming_the_guest(asks: str, answers: str) -> None:
    # near-misses: the English reading of the same pages holds already
    text = (
        "Estonian Foreign Minister Karl Tamm gave an interview to Izvestia newspaper.\n\n"
        "12 March 2024 15:32\n\n"
        f"{asks} How do you assess the talks in Geneva?\n\n{answers} {ANSWERS_EN[0]}\n\n"
        f"{asks} What about sanctions?\n\n{answers} {ANSWERS_EN[1]}\n"
    )
    assert _said(text) == [
        ("Karl Tamm", ANSWERS_EN[0][:24], "2024-03-12"),
        ("Karl Tamm", ANSWERS_EN[1][:24], "2024-03-12"),
    ]
