"""Words whose verb of saying is an imperfective past ("подчёркивал", "заявлял", "сообщало")
and that the story gives no day of their own: said on or before the article's day, as
"ранее" or "уже заявлял" would say, not on it. A perfective verb ("подчеркнул") or a day
told ("во вторник") still gives the day. Stories written here, in the manner of Russian
news sites beyond the Moscow wires."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2025, 12, 16)


def _said(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    return [
        (s["speaker"], s["text"][:20], s["said_on"])
        for s in ingested_statements(tmp_path, text, PUBLISHED)
    ]


@pytest.mark.parametrize("verb", ["подчёркивал", "заявлял", "утверждал", "предупреждал"])
def test_an_imperfective_verb_tells_words_said_before(tmp_path: Path, verb: str) -> None:
    text = (
        "Минюст внес немецкую радиостанцию в реестр нежелательных организаций.\n\n"
        f'"Эта станция работает против интересов страны", - {verb} глава думской '
        "комиссии Василий Пискарев.\n"
    )
    said = _said(tmp_path, text)
    assert said == [("Василий Пискарев", "Эта станция работает", "../2025-12-16")], said


def test_a_relative_clause_with_an_imperfective_verb(tmp_path: Path) -> None:
    text = (
        "Министр иностранных дел России Сергей Лавров напомнил слова генерала Бена Ходжеса, "
        "который заявлял, что «Европа должна готовиться к долгому противостоянию».\n"
    )
    said = [(who, day) for who, _, day in _said(tmp_path, text)]
    assert ("Бен Ходжес", "../2025-12-16") in said, said


# near misses: a perfective verb, a day told, a view held
@pytest.mark.parametrize(
    ("verb", "day"),
    [
        ("подчеркнул", "2025-12-16"),
        ("заявил", "2025-12-16"),
        ("подчёркивал во вторник", "2025-12-16"),
    ],
)
def test_a_perfective_verb_or_a_day_told_keeps_the_day(tmp_path: Path, verb: str, day: str) -> None:
    text = (
        "Минюст внес немецкую радиостанцию в реестр нежелательных организаций.\n\n"
        f'"Эта станция работает против интересов страны", - {verb} глава думской '
        "комиссии Василий Пискарев.\n"
    )
    said = _said(tmp_path, text)
    assert said == [("Василий Пискарев", "Эта станция работает", day)], said


def test_a_view_held_is_not_dated_before(tmp_path: Path) -> None:
    text = (
        "Минюст внес немецкую радиостанцию в реестр нежелательных организаций.\n\n"
        "Глава думской комиссии Василий Пискарев считал, что станция работает против "
        "интересов страны.\n"
    )
    said = _said(tmp_path, text)
    assert all(day != "../2025-12-16" for _, _, day in said), said
