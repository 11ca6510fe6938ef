""" "обосновал решение тем, что ...": a verb of giving reasons ("обосновать",
"мотивировать", "аргументировать") reports the reason given, as "объяснил ... тем, что"
does; without "тем, что" it names no words ("обосновал необходимость реформы").

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

SATURDAY = datetime.date(2025, 3, 15)
DATELINE = "БЕЛГРАД, 15 марта. /ТАСС/. "


@pytest.mark.parametrize(
    ("sentence", "speaker", "start"),
    [
        (
            "Президент Сербии Александр Вучич обосновал отказ от санкций тем, что страна "
            "почти целиком зависит от поставок газа.",
            "Александр Вучич",
            "страна почти целиком зависит",
        ),
        (
            "Премьер Словакии Роберт Фицо мотивировал свое решение тем, что транзит через "
            "Украину обходится слишком дорого.",
            "Роберт Фицо",
            "транзит через Украину",
        ),
        (
            "В МИД Эстонии обосновали высылку дипломата тем, что его работа несовместима с "
            "дипломатическим статусом.",
            "МИД Эстонии",
            "его работа несовместима",
        ),
        (
            "Канцлер Австрии Кристиан Штокер аргументирует свою позицию тем, что нейтралитет "
            "не подлежит пересмотру.",
            "Кристиан Штокер",
            "нейтралитет не подлежит",
        ),
    ],
)
def test_the_reason_given_for_a_decision_is_said(sentence: str, speaker: str, start: str) -> None:
    found = extract(DATELINE + sentence + "\n", published=SATURDAY)
    assert [(s.speaker, s.kind) for s in found] == [(speaker, "indirect")]
    assert found[0].text.startswith(start)


def test_a_reason_verb_without_its_clause_names_no_words() -> None:
    # near miss (nothing on the starting code either): a justification named, none given
    text = (
        DATELINE + "Министр финансов Сербии Синиша Мали обосновал необходимость сокращения "
        "расходов в бюджете на следующий год.\n"
    )
    assert extract(text, published=SATURDAY) == []
