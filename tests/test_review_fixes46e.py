"""Review 46e: Russian rules of h46r narrowed where they lost or made up a statement.

- "что он имел в виду" tells only what was meant when the clause stops at "в виду" (or
  goes on with "когда ..."/"говоря о ..."); "имел в виду, прежде всего, X" names X, the
  comma being that of a parenthetical, and is a statement.
- "По наблюдениям (данным, словам) корреспондента ТАСС X": the outlet's own reporter, the
  outlet as source, no speaker; a journalist named with no outlet stays one.
- "Министр подчеркивал, что ..." right after the paragraph that put him at an interview
  narrates that interview and keeps its day; background paragraphs in between do not.
Stories written here in the manner of ТАСС and Интерфакс copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 11, 7)
DAY = "2025-11-07"
BEFORE = "../2025-11-07"
TASS = "МОСКВА, 7 ноября. /ТАСС/. "


def test_what_he_meant_with_a_parenthetical_after_it_is_a_statement() -> None:
    assert_statements(
        TASS + "Глава МИД Сергей Лавров заявил, что Москва ждет ответа. Он пояснил, что "
        "имел в виду, когда говорил о паузе. Лавров уточнил, что имеет в виду, в первую "
        "очередь, Вашингтон.",
        PUBLISHED,
        [
            ("Сергей Лавров", "Москва ждет ответа", DAY),
            ("Сергей Лавров", "имеет в виду, в первую очередь, Вашингтон", DAY),
        ],
    )


def test_outlets_reporter_is_no_speaker() -> None:
    assert_statements(
        TASS + "Погода в столице остается теплой. По словам нашего корреспондента Анны "
        "Ивановой, на улицах многолюдно. По наблюдениям корреспондента «Известий» Олега "
        "Смирнова, очередей нет. По данным корреспондента Reuters Джона Смита, пробок нет.",
        PUBLISHED,
        [],
    )


def test_journalist_with_no_outlet_still_speaks() -> None:
    # near miss: an investigator named for what he found, no outlet's reporter
    assert_statements(
        TASS + "По данным журналиста-расследователя Христо Грозева, операцией руководили "
        "из Москвы.",
        PUBLISHED,
        [("Христо Грозев", "операцией руководили из Москвы", DAY)],
    )


INTERVIEW = (
    "МОСКВА, 7 ноября. /Интерфакс/ - Глава МИД Сергей Лавров в эфире телеканала "
    '"Россия-1" заявил, что контакты продолжатся.\n\n'
)


def test_imperfective_after_the_interview_paragraph_keeps_its_day() -> None:
    assert_statements(
        INTERVIEW + "Министр говорил, что санкции не сработают.\n",
        PUBLISHED,
        [
            ("Сергей Лавров", "контакты продолжатся", DAY),
            ("Сергей Лавров", "санкции не сработают", DAY),
        ],
    )


def test_imperfective_after_background_paragraphs_is_said_before() -> None:
    # near miss: the interview is two paragraphs back, background told in between
    assert_statements(
        INTERVIEW + "Торговля упала вдвое. Экспорт сократился.\n\nСанкции ввели в 2022 году.\n\n"
        "Министр говорил, что санкции не сработают.\n",
        PUBLISHED,
        [
            ("Сергей Лавров", "контакты продолжатся", DAY),
            ("Сергей Лавров", "санкции не сработают", BEFORE),
        ],
    )
