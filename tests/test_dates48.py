"""Dates of words in Russian agency copy: "прежде всего" ("above all", "first of all")
and "прежде чем" ("before doing") are no time of the words, unlike "прежде" alone
("earlier"): a quotation of a press conference held "сегодня" keeps that day when its
attribution goes on "подчеркнув, что, прежде всего, ...". Sentences written here in the
manner of a Russian wire story."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _days(text: str, published: datetime.date) -> dict[str, str]:
    """The day each statement of ``text`` was said on, by its first three words."""
    return {
        " ".join(s.text.split()[:3]): s.said_on or "" for s in extract(text, published=published)
    }


ABOVE_ALL = (
    "Переговоры в Женеве дали результат, но многое зависит от самих сторон. Об этом "
    "сегодня на пресс-конференции в Минске заявил министр иностранных дел Белоруссии "
    "Андрей Петров.\n\n"
    "«Мы готовы помогать диалогу, у посредников есть наработки, но за стороны эту работу "
    "никто не сделает», — прежде всего подчеркнул Петров.\n"
)

FIRST_OF_ALL = (
    "Министр иностранных дел Белоруссии Андрей Петров сегодня провел пресс-конференцию "
    "в Минске. Прежде всего министр отметил, что стороны должны согласовать все статьи "
    "соглашения.\n"
)

EARLIER = (
    "Прежде министр иностранных дел Белоруссии Андрей Петров заявлял, что соглашение "
    "будет подписано до конца года.\n"
)


def test_above_all_after_the_quote_is_no_earlier_day() -> None:
    days = _days(ABOVE_ALL, datetime.date(2024, 3, 12))
    assert days["Мы готовы помогать"] == "2024-03-12"


def test_first_of_all_opening_the_sentence_is_no_earlier_day() -> None:
    days = _days(FIRST_OF_ALL, datetime.date(2024, 3, 12))
    assert days["стороны должны согласовать"] == "2024-03-12"


def test_earlier_alone_is_still_before_the_page() -> None:
    days = _days(EARLIER, datetime.date(2024, 3, 12))
    assert days["соглашение будет подписано"] == "../2024-03-12"
