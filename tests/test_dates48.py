"""Dates and datelines of the kinds outlets write that the earlier rounds did not read: a
page's own stamp opened by a short weekday ("Thu, 14 Nov 2024 - 10:15 GMT") is no dateline
whose place is "Thu", and the dateline below it in the form "ROME – 14 November 2024:" (a
spaced dash between the place and its day) is the article's; "a week ago" and "неделю
назад" name the week before, not one day of it. Sentences written here in the manner of
agency copy and papers' own copy."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.meta import find_dateline


def _days(text: str, published: datetime.date) -> dict[str, str]:
    """The day each statement of ``text`` was said on, by its first three words."""
    return {
        " ".join(s.text.split()[:3]): s.said_on or "" for s in extract(text, published=published)
    }


STAMPED = (
    "Italy presses for Adriatic fishing deal\n\n"
    "BY\n\n"
    "Thu, 14 Nov 2024 - 10:15 GMT\n\n"
    "ROME – 14 November 2024: Italy's Foreign Minister Antonio Tajani said that the talks "
    "with Zagreb would resume in December.\n"
)


def test_a_page_stamp_with_a_short_weekday_is_no_dateline() -> None:
    found = find_dateline(STAMPED)
    assert found is not None
    assert found.place == "ROME"
    assert found.published == datetime.date(2024, 11, 14)


def test_a_dash_before_the_day_needs_a_place() -> None:
    # a word no place list knows, in title case, before a dash and a day: no dateline
    assert find_dateline("Updates – 14 November 2024: the page was changed.\n") is None


@pytest.mark.parametrize(
    "when", ["said a week ago", "said exactly a week ago", "said a week ago today"]
)
def test_a_week_ago_is_the_seventh_day_back(when: str) -> None:
    # "a week ago" counts seven days back ("exactly a week ago", "a week ago today" say so)
    text = (
        f"LONDON (Reuters) - Britain's Foreign Secretary David Lammy {when} that the "
        "sanctions on the shipping firms would stay in place.\n"
    )
    days = _days(text, datetime.date(2024, 11, 20))  # a Wednesday
    assert days["the sanctions on"] == "2024-11-13"


@pytest.mark.parametrize("when", ["Неделю назад", "Ровно неделю назад"])
def test_nedelyu_nazad_is_the_seventh_day_back(when: str) -> None:
    text = (
        f"МОСКВА, 20 ноября. /ТАСС/. {when} министр иностранных дел России Сергей "
        "Лавров заявил, что Москва готова к переговорам по Черному морю.\n"
    )
    days = _days(text, datetime.date(2024, 11, 20))
    assert days["Москва готова к"] == "2024-11-13"


def test_a_season_of_this_year_dates_its_sentence() -> None:
    text = (
        "МОСКВА, 20 ноября. /ТАСС/. Вчера министр иностранных дел России Сергей Лавров "
        "заявил, что Москва готова к переговорам.\n\n"
        "Летом этого года замминистра Сергей Рябков говорил, что контакты по линии МИД "
        "продолжатся.\n\n"
        "Позже Рябков сообщил, что консультации пройдут в Женеве.\n"
    )
    days = _days(text, datetime.date(2024, 11, 20))
    assert days["Москва готова к"] == "2024-11-19"
    assert days["контакты по линии"] == "2024"
    assert days["консультации пройдут в"] == "../2024-11-20"


def test_the_day_of_remarks_a_question_was_about_is_not_the_answers() -> None:
    text = (
        'ANKARA (AA) - "We urge Athens to choose dialogue over provocation," the Foreign '
        "Ministry spokesman Ahmet Korkmaz said in a written statement on a question about "
        "the Greek minister's remarks during a meeting with his counterparts from Cyprus, "
        "France and Egypt on Oct. 3.\n"
    )
    days = _days(text, datetime.date(2024, 10, 5))
    assert days["We urge Athens"] == "2024-10-05"


@pytest.mark.parametrize(
    "sentence",
    [
        "Asked about the strike, Ministers Osei and Mensah said on Monday that the docks "
        "would reopen.",
        "In response to a question about the drought, Governor Wanjiru and Mayor Otieno "
        "told reporters on Monday that water would be trucked in.",
        "Asked about the border, Rao and Mehta on Monday said the crossing would stay shut.",
    ],
)
def test_names_after_a_question_s_topic_are_the_subject_not_a_list(sentence: str) -> None:
    # the names after the comma speak; the day after them is their words', no topic's
    days = _days(f"Strike talks\n\n{sentence}\n", datetime.date(2024, 10, 9))  # a Wednesday
    assert list(days.values()) == ["2024-10-07"]


@pytest.mark.parametrize(
    ("season", "year"),
    [
        ("Летом", "2024"),
        ("Осенью", "2024"),
        ("Прошлой весной", "2023"),
        ("Летом 2022 года", "2022"),
        ("Осенью 2021 г.", "2021"),
    ],
)
def test_a_season_gives_its_year(season: str, year: str) -> None:
    # a season alone: its last time before the page; "прошлой": the year before; a year
    # told after it: that year, not the season's last time
    text = (
        f"МОСКВА, 20 ноября. /ТАСС/. {season} министр иностранных дел Сергей Лавров "
        "заявлял, что Москва готова к переговорам.\n"
    )
    days = _days(text, datetime.date(2024, 11, 20))
    assert days["Москва готова к"] == year


# (restored from 8e642d79: 'прежде всего' / 'прежде чем' are no earlier time; 'прежде' is)
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


@pytest.mark.parametrize(
    "line", ["LIVE – 14 November 2024: the page was changed.", "UPDATE - November 14, 2024. Talks."]
)
def test_a_page_label_before_a_dash_and_a_day_dates_no_dateline(line: str) -> None:
    # a label in capitals ("LIVE", "UPDATE") is no place: the day after it dates nothing
    found = find_dateline(f"{line}\n")
    assert found is None or found.published is None
