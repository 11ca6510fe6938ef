"""Days of Russian words told after "Позже" in a story told day by day (issue 8, round
eighteen): "В понедельник X заявил ... Позже министерство распространило заявление" is later
that Monday, as English "later" within the article's week is; "Позже" after a day weeks back
is some time up to the article's day. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 4, 17)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=WEDNESDAY)]


def test_later_after_a_day_of_the_week_is_later_that_day() -> None:
    text = (
        "Во вторник утром пресс-секретарь правительства Ирина Волкова объявила о выходе из "
        "соглашения.\n\n"
        "Позже министр финансов Олег Сидоров заявил, что бюджет не пострадает."
    )
    assert ("Олег Сидоров", "2024-04-16") in _days(text)


def test_later_after_a_day_weeks_back_reaches_the_articles_day() -> None:
    text = (
        "Соглашение было подписано 2 марта.\n\n"
        "Позже министр финансов Олег Сидоров заявил, что бюджет не пострадает."
    )
    assert ("Олег Сидоров", "2024-04-16") not in _days(text)
    assert ("Олег Сидоров", "2024-03-02") not in _days(text)
