"""Russian words with no time of their own told between words of a past season and words
said "позже" than those belong to that past: on or before the page's day (ANNOTATION.md:
"../YYYY-MM-DD" for "earlier" and the like). Sentences written here in the manner of a
Russian news agency."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PAGE_DAY = datetime.date(2018, 11, 14)

STORY = (
    "АСТАНА, 14 ноября — РИА Новости. Казахстан изучит предложение о направлении военных "
    "наблюдателей в Ливию, заявил в интервью агентству министр обороны Нурлан Ермекбаев.\n\n"
    "Весной этого года официальный представитель МИД Италии Марко Росси заявил, что "
    "европейская сторона предложила направить в Ливию наблюдателей из стран Центральной "
    "Азии. Председатель сенатского комитета по безопасности Дмитрий Орлов подтвердил, что "
    "Брюссель ведет консультации с тремя государствами о такой миссии. Однако глава МИД "
    "Казахстана Ерлан Идрисов позже сообщил, что никаких консультаций с Астаной не "
    "проводилось.\n"
)


def _days(text: str) -> dict[str, str]:
    return {
        " ".join(s.text.split()[:2]): s.said_on or "" for s in extract(text, published=PAGE_DAY)
    }


def test_words_between_a_past_season_and_later_words_are_of_that_past() -> None:
    days = _days(STORY)
    assert days["Брюссель ведет"] == "../2018-11-14"
    assert days["никаких консультаций"] == "../2018-11-14"
    assert days["Казахстан изучит"] == "2018-11-14"


def test_a_new_paragraph_is_not_carried_into_the_past() -> None:
    text = STORY.replace("миссии. Однако", "миссии.\n\nОднако")
    assert _days(text)["Брюссель ведет"] == "2018-11-14"


def test_the_pages_own_year_is_not_a_past_period() -> None:
    # near miss: "В 2019 году" on a 2019 page takes in the page's own news
    text = (
        "Министр обороны Сергей Шойгу во вторник заявил, что учения пройдут по плану.\n\n"
        "В 2019 году министр финансов Антон Силуанов заявил, что расходы выросли. Министр "
        "экономики Максим Орешкин сказал журналистам, что рост ускорится. Позже Силуанов "
        "сообщил, что бюджет исполнен.\n"
    )
    days = {
        " ".join(s.text.split()[:2]): s.said_on or ""
        for s in extract(text, published=datetime.date(2019, 4, 9))
    }
    assert days["рост ускорится"] == "2019-04-09"
