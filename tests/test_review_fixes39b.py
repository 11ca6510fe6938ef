"""Review of this round's unsigned Russian dateline ("КИЕВ, 3 июня —"): it dates the story
only where a story starts (at most a headline and a lead above it, none of them a paragraph
giving someone's words), names a city (not "ЕС, 3 июня —", "США", "НАТО", "БРИКС": a
chronicle's line) and is the only line of its form (a digest's items keep their own days).
Anywhere else it took the body's line for the dateline and dropped every statement above it.
Stories written here, in the manner of Ukrainian and Russian news sites."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements
from tracker.extract.russian.dateline import find_dateline

PUBLISHED = datetime.date(2025, 6, 12)  # a Thursday: "во вторник" is June 10 counted from it
SAID = "Министр иностранных дел Украины Андрей Сибига во вторник заявил, что Киев готов к "
SAID += "переговорам."


def _said(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    """Speaker, first words and day of each statement, ingested as a file published on
    ``PUBLISHED`` (the dateline's day, when one is taken, moves the reference)."""
    found = ingested_statements(tmp_path, text, PUBLISHED)
    return [(s["speaker"], s["text"], s["said_on"]) for s in found]


def _check(tmp_path: Path, text: str, expected: list[tuple[str, str, str]]) -> None:
    got = _said(tmp_path, text)
    assert len(got) == len(expected), got
    for (speaker, start, day), (got_speaker, got_text, got_day) in zip(expected, got, strict=True):
        assert (got_speaker, got_day) == (speaker, day), got
        assert got_text.startswith(start), got


@pytest.mark.parametrize(
    "line",
    [
        "ЕС, 3 июня — Брюссель утвердил новый пакет санкций.",
        "США, 3 июня — Вашингтон объявил о новых поставках.",
        "ООН, 3 июня — Генеральная Ассамблея приняла резолюцию о прекращении огня в Газе.",
        "БРИКС, 3 июня — лидеры объединения встретились в Рио-де-Жанейро.",
        "КИЕВ, 3 июня 2024 года — тогда же Сибига впервые высказался о переговорах.",
    ],
)
def test_a_line_in_the_body_is_no_dateline(tmp_path: Path, line: str) -> None:
    text = f"Сибига о переговорах\n\n{SAID}\n\nПо его словам, встреча пройдет в Стамбуле.\n\n"
    assert find_dateline(text + line + "\n") is None
    _check(
        tmp_path,
        text + line + "\n",
        [
            ("Андрей Сибига", "Киев готов к переговорам", "2025-06-10"),
            ("Андрей Сибига", "встреча пройдет в Стамбуле", "2025-06-10"),
        ],
    )


def test_a_lead_giving_words_keeps_them(tmp_path: Path) -> None:
    text = f"Итоги недели\n\n{SAID}\n\nКИЕВ, 3 июня — Брюссель утвердил новый пакет санкций.\n"
    assert find_dateline(text) is None
    _check(tmp_path, text, [("Андрей Сибига", "Киев готов к переговорам", "2025-06-10")])


def test_a_digest_item_keeps_its_own_day(tmp_path: Path) -> None:
    _check(
        tmp_path,
        "Главное за день\n\nКИЕВ, 9 июня — Министр иностранных дел Украины Андрей Сибига "
        "заявил, что Киев готов к переговорам.\n\nМОСКВА, 10 июня — Официальный представитель "
        "МИД России Мария Захарова заявила, что Москва ждет ответа.\n",
        [
            ("Андрей Сибига", "Киев готов к переговорам", "2025-06-09"),
            ("Мария Захарова", "Москва ждет ответа", "2025-06-10"),
        ],
    )


# near misses: the story's own unsigned dateline under a headline giving words, or under a
# headline and a lead giving none, still dates "во вторник" (June 3, before June 9)
@pytest.mark.parametrize(
    "above",
    [
        "Сибига заявил, что Киев готов к переговорам",
        "Сибига о переговорах\n\nУкраина готова к диалогу, но не на любых условиях.",
    ],
)
def test_the_story_dateline_still_dates(tmp_path: Path, above: str) -> None:
    text = f"{above}\n\nКИЕВ, 9 июня — {SAID}\n"
    found = find_dateline(text)
    assert found is not None and (found.place, found.month_day) == ("КИЕВ", (6, 9))
    _check(tmp_path, text, [("Андрей Сибига", "Киев готов к переговорам", "2025-06-03")])
