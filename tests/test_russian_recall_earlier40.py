"""A Russian news story's background paragraph opened by "Напомним," ("let us recall"): the
writer recalls what someone said before the story's day, so the statement is dated "on or
before" the page's day, as "ранее" is, and a statement that goes on from it ("Он также
отметил") takes the same date. A day told after "Напомним," still decides. Stories written
here, in the manner of Russian news sites."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

LEAD = "МОСКВА, 12 марта. /ТАСС/. Глава МИД России Сергей Лавров заявил, что Москва открыта к "
LEAD += "диалогу с Вашингтоном.\n\n"


def _said_on(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    text = f"Лавров о диалоге\n\n{LEAD}{body}\n"
    found = ingested_statements(tmp_path, text, datetime.date(2025, 3, 12))
    return [(s["speaker"], s["said_on"]) for s in found]


def test_a_recalled_statement_is_earlier(tmp_path: Path) -> None:
    body = "Напомним, пресс-секретарь президента Дмитрий Песков заявил, что Кремль не получал "
    body += "предложений от Вашингтона."
    assert _said_on(tmp_path, body) == [
        ("Сергей Лавров", "2025-03-12"),
        ("Дмитрий Песков", "../2025-03-12"),
    ]


@pytest.mark.parametrize(
    "recall", ["Напоминаем,", "Стоит напомнить, что", "Следует напомнить, что"]
)
def test_other_words_of_recall(tmp_path: Path, recall: str) -> None:
    body = f"{recall} пресс-секретарь президента Дмитрий Песков заявил, что Кремль не получал "
    body += "предложений от Вашингтона."
    assert _said_on(tmp_path, body)[-1] == ("Дмитрий Песков", "../2025-03-12")


def test_its_continuation_takes_the_same_date(tmp_path: Path) -> None:
    body = "Напомним, после встречи в Эр-Рияде госсекретарь США Марко Рубио сообщил о прогрессе "
    body += "в переговорах. Он также отметил, что стороны договорились продолжить контакты."
    assert _said_on(tmp_path, body) == [
        ("Сергей Лавров", "2025-03-12"),
        ("Марко Рубио", "../2025-03-12"),
        ("Марко Рубио", "../2025-03-12"),
    ]


# near misses: a day told after "Напомним," is the day; the speaker's own "напомнил" (a verb
# of saying) or "напомним" inside his words is no recall by the writer; a recalled event
# dates no later statement
@pytest.mark.parametrize(
    ("when", "day"),
    [("5 марта", "2025-03-05"), ("в понедельник", "2025-03-10"), ("накануне", "2025-03-11")],
)
def test_a_day_after_it_still_decides(tmp_path: Path, when: str, day: str) -> None:
    body = f"Напомним, {when} Дмитрий Песков заявил, что Кремль ждет ответа."
    assert _said_on(tmp_path, body)[-1] == ("Дмитрий Песков", day)


def test_the_speakers_own_reminder_is_the_days(tmp_path: Path) -> None:
    body = "Дмитрий Песков напомнил, что Кремль ждет ответа."
    assert _said_on(tmp_path, body)[-1] == ("Дмитрий Песков", "2025-03-12")


@pytest.mark.parametrize(
    "body",
    [
        "Дмитрий Песков заявил, что стоит напомнить о договоренностях в Стамбуле.",
        "«Напомним, что договоренности в Стамбуле никто не отменял», — сказал Дмитрий Песков.",
    ],
)
def test_the_speakers_own_recall_is_the_days(tmp_path: Path, body: str) -> None:
    assert _said_on(tmp_path, body)[-1] == ("Дмитрий Песков", "2025-03-12")


def test_a_recalled_event_dates_no_later_statement(tmp_path: Path) -> None:
    body = "Напомним, переговоры в Стамбуле прервались весной.\n\nДмитрий Песков заявил, что "
    body += "Кремль ждет ответа."
    assert _said_on(tmp_path, body)[-1] == ("Дмитрий Песков", "2025-03-12")
