"""Dates on unseen real text (issue 8, twentieth round): a part of a month told of the words
("In the last days of July, X insisted ...", "At the end of May, ...", "during the first
week of March", "in the second half of April", "at the beginning of March 2022") dates them
to that month, as "in late July" does; a paragraph's earlier day does not. A deadline ("by
the end of May") or a thing done then ("the deal, signed at the end of May,") is not the
words' time. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "In the last days of May, Minister Ana Duarte insisted that the deal could live.",
            "2023-05",
        ),
        ("At the end of May, Minister Ana Duarte insisted that the deal could live.", "2023-05"),
        (
            "During the first week of May, Minister Ana Duarte insisted that the deal could live.",
            "2023-05",
        ),
        (
            "Minister Ana Duarte insisted in the final days of April that the deal could live.",
            "2023-04",
        ),
        (
            "In the second half of April, Minister Ana Duarte said that the deal could live.",
            "2023-04",
        ),
        (
            "Minister Ana Duarte said at the beginning of March 2022 that the deal could live.",
            "2022-03",
        ),
        # near-misses: a deadline, a thing done
        ("Minister Ana Duarte said that the deal could be saved by the end of May.", "2023-06-16"),
        ("Minister Ana Duarte said the deal, signed at the end of May, could live.", "2023-06-16"),
    ],
)
def test_a_part_of_a_month_dates_the_words_to_it(sentence: str, day: str) -> None:
    (found,) = extract("Deal in doubt\n\n" + sentence + "\n", published=FRIDAY)
    assert found.said_on == day


def test_it_wins_over_the_paragraphs_day() -> None:
    text = (
        "Deal in doubt\n\nThe crisis began on May 3, when the talks broke down. In the last "
        "days of May, Minister Ana Duarte insisted that the deal could still be saved.\n"
    )
    assert [s.said_on for s in extract(text, published=FRIDAY)] == ["2023-05"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "В последние дни мая министр Иван Петров заявил, что переговоры будут продолжены.",
            "2023-05",
        ),
        (
            "Министр Иван Петров в первых числах мая заявил, что переговоры будут продолжены.",
            "2023-05",
        ),
        (
            "В первой половине апреля министр Иван Петров заявил, что переговоры продолжатся.",
            "2023-04",
        ),
        (
            "В последнюю неделю мая министр Иван Петров заявил, что переговоры продолжатся.",
            "2023-05",
        ),
        # near-miss: a deadline in the words
        ("Министр Иван Петров заявил, что переговоры продолжатся к концу мая.", "2023-06-16"),
    ],
)
def test_a_part_of_a_month_in_russian_dates_the_words_to_it(sentence: str, day: str) -> None:
    (found,) = extract("Переговоры\n\n" + sentence + "\n", published=FRIDAY)
    assert found.said_on == day
