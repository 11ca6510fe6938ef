"""The press varies the words for a foreign minister: after "Министр иностранных дел X" a
story writes "глава российской дипломатии", and also "руководитель российского
внешнеполитического ведомства" ("По словам руководителя ... ведомства, ..."): the minister
the story named with that post. The head of one of the ministry's departments is not him,
and with no minister named the words are left to no one. Stories written here in the
manner of a Russian wire."""

from __future__ import annotations

import datetime

from tracker.extract import extract

NAMED = (
    "Министр иностранных дел России Сергей Лавров в пятницу провёл переговоры с коллегой "
    "из Египта.\n"
    "«Мы обсудили весь круг вопросов», — сказал глава российской дипломатии. По словам "
    "руководителя российского внешнеполитического ведомства, стороны договорились продолжить "
    "консультации на уровне экспертов. «Мы будем работать дальше», — подчеркнул Лавров.\n"
)

DEPARTMENT = (
    "Министр иностранных дел России Сергей Лавров в пятницу провёл переговоры с коллегой "
    "из Египта.\n"
    "По словам руководителя департамента информации МИД, стороны договорились продолжить "
    "консультации на уровне экспертов.\n"
)


def _read(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, " ".join(s.text.split()[:3]))
        for s in extract(text, published=datetime.date(2023, 3, 14))
    ]


def test_the_head_of_the_foreign_ministry_is_the_minister_the_story_named():
    assert ("Сергей Лавров", "стороны договорились продолжить") in _read(NAMED)


def test_the_head_of_a_department_of_the_ministry_is_not_the_minister():
    assert ("Сергей Лавров", "стороны договорились продолжить") not in _read(DEPARTMENT)
