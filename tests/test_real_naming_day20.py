"""Dates on unseen real text (issue 8, twentieth round): a naming verb, its object, the
quoted name, then the day ("had already called it \\"regrettable\\" on Thursday evening that
...", "called the vote \\"a mistake\\" on Wednesday, before ..."): the day closes the naming
and is its own, though the words run on past it; a perfect or "earlier" before the verb says
only that the words came before the story's day. A day inside the quoted name, or after
words that tell another thing, is not. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _days(text: str) -> list[str | None]:
    return [s.said_on for s in extract(text, published=FRIDAY)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            'Summit ends early\n\nHis spokesman Tom Reed had already called it "regrettable" on '
            "Thursday evening that the two sides had failed to agree.\n",
            "2023-06-15",
        ),
        (
            "Vote in Lisbon\n\nForeign Minister Ana Duarte had called the vote "
            "\u201ca mistake\u201d on Wednesday, before the count was known.\n",
            "2023-06-14",
        ),
        (
            'Vote in Lisbon\n\nForeign Minister Ana Duarte called the vote "a mistake" late on '
            "Wednesday, before the count was known.\n",
            "2023-06-14",
        ),
        (
            "Plan criticised\n\nThe minister, Sara Lind, had earlier described the plan as "
            '"reckless" on Wednesday night, and her party later joined the protest.\n',
            "2023-06-14",
        ),
        (
            "Attack condemned\n\nInterior Minister Omar Nasser has described the raid as "
            '"an act of terror" on Tuesday, while police searched the area.\n',
            "2023-06-13",
        ),
        # near-miss: the day inside the quoted name is what the words are about
        (
            'Vote in Lisbon\n\nForeign Minister Ana Duarte had called the vote "a betrayal of '
            'what was agreed on Monday" and left the room.\n',
            "../2023-06-16",
        ),
        # near-miss: the day of what was agreed after the name, not of the naming
        (
            'Vote in Lisbon\n\nForeign Minister Ana Duarte has called the vote "a mistake" that '
            "undoes the deal agreed on Monday.\n",
            "../2023-06-16",
        ),
    ],
)
def test_a_day_right_after_the_quoted_name_is_the_namings(text: str, day: str) -> None:
    assert _days(text)[-1] == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Итоги голосования\n\nМинистр Иван Петров назвал решение «ошибкой» в среду, еще до "
            "объявления итогов.\n",
            "2023-06-14",
        ),
        (
            "Итоги голосования\n\nМинистр Иван Петров охарактеризовал итоги как «неоднозначные» "
            "во вторник вечером, еще до заседания.\n",
            "2023-06-13",
        ),
        # near-miss: the day inside the quoted name
        (
            "Итоги голосования\n\nМинистр Иван Петров назвал решение «ошибкой, допущенной в "
            "понедельник».\n",
            "2023-06-16",
        ),
    ],
)
def test_russian_a_day_right_after_the_quoted_name_is_the_namings(text: str, day: str) -> None:
    assert _days(text)[-1] == day
