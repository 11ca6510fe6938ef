"""Review 40d: rules of this round narrowed where they over-fired.

* unquoted speech closed by a dash keeps the speaker's own "Мы уже говорили", but not the
  outlet's stock phrases "Как мы уже писали", "Напомним, мы ранее сообщали";
* an unsigned Russian dateline is dropped, as before this round, where a later line opens
  with a day and tells of words said on it ("11 июня Захарова заявила ..."), or where the
  day heads a digest's item ("11 июня, четверг", "11 июня в 18:51");
* a common noun of a body ("Концерн", "Компания", "Команда") before a name is no given name;
* after "called" and a clause of when, the clause's own "for" ("for talks", "for the first
  time") does not open what was called for.

Sentences written here, in the manner of the outlets concerned."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements
from tracker.extract import extract

FRIDAY = datetime.date(2026, 6, 12)
HEAD = (
    "Песков о переговорах\n\nПресс-секретарь президента России Дмитрий Песков ответил на "
    "вопросы журналистов.\n\n"
)


@pytest.mark.parametrize(
    ("paragraph", "start"),
    [
        (
            "Как мы уже писали, украинская делегация не приехала в Женеву. Мы открыты для "
            "контактов, — отметил Песков.",
            "Мы открыты для контактов",
        ),
        (
            "Как мы ранее писали, Вашингтон отложил визит. Мы не меняем свою позицию, — "
            "отметил Песков.",
            "Мы не меняем свою позицию",
        ),
    ],
)
def test_the_outlets_we_wrote_is_no_part_of_the_speech(paragraph: str, start: str) -> None:
    found = [(s.speaker, s.text) for s in extract(HEAD + paragraph + "\n", published=FRIDAY)]
    assert found == [("Дмитрий Песков", start)], found


def test_a_reminder_we_reported_is_no_part_of_the_speech() -> None:
    found = [
        (s.speaker, s.text)
        for s in extract(
            HEAD + "Напомним, мы уже сообщали, что Вашингтон отложил визит. Мы не меняем свою "
            "позицию. Диалог возможен, — отметил Песков.\n",
            published=FRIDAY,
        )
    ]
    assert found, found
    assert not any(t.startswith(("Напомним", "мы уже сообщали")) for _, t in found), found


PUBLISHED = datetime.date(2026, 6, 12)
LEAD = (
    "Сибига о переговорах\n\nКИЕВ, 3 июня — Министр иностранных дел Украины Андрей Сибига "
    "во вторник заявил, что Киев открыт для переговоров.\n\n"
)


def _dated(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["said_on"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


@pytest.mark.parametrize(
    "later",
    [
        "11 июня Мария Захарова заявила, что Москва ценит позицию Минска.",
        "11 июня 2026 г. Мария Захарова заявила, что Москва ценит позицию Минска.",
    ],
)
def test_a_later_line_telling_of_words_on_its_day_keeps_that_day(
    tmp_path: Path, later: str
) -> None:
    said = _dated(tmp_path, LEAD + later + "\n")
    assert ("Мария Захарова", "2026-06-11") in said, said


@pytest.mark.parametrize("heading", ["11 июня, четверг", "11 июня в 18:51"])
def test_a_digest_heading_is_still_an_items_dateline(tmp_path: Path, heading: str) -> None:
    said = _dated(
        tmp_path, LEAD + heading + "\nМария Захарова заявила, что Москва ценит позицию Минска.\n"
    )
    assert said[0] == ("Андрей Сибига", "2026-06-09"), said
    assert ("Мария Захарова", "2026-06-03") not in said, said


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Концерн Калашников сообщил, что выпуск автоматов вырос вдвое.", "Калашников"),
        ("Компания Рейтеон сообщила, что поставки ракет задерживаются.", "Рейтеон"),
    ],
)
def test_a_bodys_noun_is_no_given_name(sentence: str, speaker: str) -> None:
    page = f"Оборонка\n\nМОСКВА, 5 июня. /ТАСС/. {sentence}\n"
    found = [s.speaker for s in extract(page, published=PUBLISHED)]
    assert found == [speaker], found


def _called(sentence: str) -> list[tuple[str | None, str]]:
    page = f"Gaza talks\n\nDOHA (Reuters) - {sentence}\n"
    return [(s.speaker, s.text) for s in extract(page, published=PUBLISHED)]


def test_the_clauses_own_for_talks_is_not_what_was_called_for() -> None:
    found = _called(
        "Qatar's Prime Minister Mohammed bin Abdulrahman Al Thani called as he arrived for "
        "talks in Cairo for an immediate halt to the fighting."
    )
    assert [t[:25] for _, t in found] == ["for an immediate halt to "], found


def test_for_the_first_time_is_not_what_was_called_for() -> None:
    found = _called(
        "Pope Leo called, while speaking for the first time since his election, for a "
        "ceasefire in Gaza."
    )
    assert not any(t.startswith("for the first time") for _, t in found), found
