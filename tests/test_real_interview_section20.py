"""Dates on unseen real text (issue 8, twentieth round): an interview page's date line with
the site's section name beside it ("Thursday, 15 June 2023 09:10 | Interviews",
"Interviews | 15.06.2023", "Friday, June 16, 2023 - Interview") is the page's posting day,
not a title naming the occasion's day: the introduction's day ("She spoke to the Evening
Post on Tuesday") dates the answers. A title naming the interview and its day still dates
them. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)

_QA = (
    "Q: Why was the deal signed now?\n\nThe negotiations had gone on for two years and the "
    "terms were finally right for us. We consulted every neighbour first.\n\nQ: And the "
    "fishing dispute?\n\nIt remains open. We will raise it again at the next meeting.\n"
)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (
            '"Our door stays open" - Lena Varga\n\nThursday, 15 June 2023 09:10 | Interviews\n\n'
            "By Peter Holm\n\nForeign Minister Lena Varga says her country will keep its "
            "neutral course. She spoke to the Evening Post at the ministry on Tuesday. "
            "Excerpts:\n\n",
            "2023-06-13",
        ),
        (
            "Interviews | 15.06.2023\n\nMinister Lena Varga on the port deal\n\nForeign Minister "
            "Lena Varga talked to The Weekly Review in her office on Monday.\n\n",
            "2023-06-12",
        ),
        (
            "Friday, June 16, 2023 - Interview\n\nLena Varga on the port deal\n\nForeign "
            "Minister Lena Varga sat down with the Gazette on Wednesday to discuss the deal.\n\n",
            "2023-06-14",
        ),
        (
            "Thursday, 15 June 2023 09:10 | Interviews\n\nForeign Minister Lena Varga says her "
            "country will keep its neutral course. She answered questions from the Evening Post "
            "at the ministry on Tuesday. Excerpts:\n\n",
            "2023-06-13",
        ),
        # near-miss: a title naming the interview and its day
        (
            "Interview with Foreign Minister Lena Varga, 14 June 2023\n\n",
            "2023-06-14",
        ),
    ],
)
def test_a_section_name_beside_the_page_date_is_no_title(head: str, day: str) -> None:
    found = [
        s for s in extract(head + _QA, published=FRIDAY) if s.text.startswith(("The neg", "It rem"))
    ]
    assert [s.said_on for s in found] == [day, day]


_RU_QA = (
    "— Почему соглашение подписано именно сейчас?\n\n— Переговоры шли два года, и условия "
    "наконец нас устроили.\n\n— Не опасаетесь ли вы реакции соседей?\n\n— Мы понимаем их "
    "озабоченность и будем открыто ее обсуждать.\n"
)


@pytest.mark.parametrize(
    ("head", "day"),
    [
        (
            "15 июня 2023, 09:10 | Интервью\n\nМинистр иностранных дел Иван Петров во вторник "
            "ответил на вопросы нашей газеты о новом соглашении.\n\n",
            "2023-06-13",
        ),
        (
            "15.06.2023\n\nМинистр иностранных дел Иван Петров в понедельник дал интервью "
            "нашей газете.\n\n",
            "2023-06-12",
        ),
    ],
)
def test_russian_the_answering_ones_own_verb_tells_the_interviews_day(head: str, day: str) -> None:
    found = [
        s
        for s in extract("«Наша дверь открыта»\n\n" + head + _RU_QA, published=FRIDAY)
        if s.text.startswith(("Переговоры", "Мы понимаем"))
    ]
    assert [s.said_on for s in found] == [day, day]
