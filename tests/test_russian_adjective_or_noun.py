"""An adjective the dictionary also knows as a noun ("военный" a serviceman, "первый",
"главный", "рабочий") before a noun agreeing with it is that noun's adjective: "коллегии
военного ведомства" names "военное ведомство", not "военное ведомства", and "первого
заместителя" is "первый заместитель". A post named by its body's field ("глава военного
ведомства": the defence minister) is the one named before in that post, though the body was
named by the same words.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.russian import morph

TUESDAY = datetime.date(2024, 3, 12)


@pytest.mark.parametrize(
    ("phrase", "case", "nominative"),
    [
        ("военного ведомства", "gent", "военное ведомство"),
        ("военном ведомстве", "loct", "военное ведомство"),
        ("первого заместителя министра", "gent", "первый заместитель министра"),
        ("главному военному прокурору", "datv", "главный военный прокурор"),
        ("рабочего органа", "gent", "рабочий орган"),
    ],
)
def test_an_adjective_that_may_be_a_noun_agrees_with_its_noun(
    phrase: str, case: str, nominative: str
) -> None:
    assert " ".join(morph.phrase_nominative(phrase.split(), case)) == nominative


def test_a_first_deputy_in_the_genitive_keeps_his_post_whole() -> None:
    text = (
        "НЬЮ-ЙОРК, 12 марта. /ТАСС/. По словам первого заместителя постпреда России при ООН "
        "Дмитрия Полянского, Совбез не сможет согласовать заявление.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.role) for s in found] == [
        ("Дмитрий Полянский", "первый заместитель постпреда России при ООН")
    ]


def test_the_head_of_the_military_body_is_the_defence_minister_named_before() -> None:
    text = (
        "МОСКВА, 12 марта. /ТАСС/. Министр обороны Андрей Белоусов во вторник провел "
        "расширенное заседание коллегии военного ведомства. «Планы по оснащению войск на "
        "текущий год будут выполнены», — заявил глава военного ведомства.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.kind) for s in found] == [("Андрей Белоусов", "direct")]


def test_a_body_named_by_its_field_speaks_under_its_own_name() -> None:
    text = (
        "МОСКВА, 12 марта. /Интерфакс/. Министр обороны провел заседание коллегии военного "
        "ведомства. «Учения пройдут по утвержденному плану», — заявили в военном ведомстве.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["военное ведомство"]


def test_the_head_of_another_field_s_body_is_not_the_minister_named_before() -> None:
    # near miss (as on the starting code): the defence minister holds no foreign ministry's
    # post, though a bare "министр" would fit "глава дипломатического ведомства"
    text = (
        "МОСКВА, 12 марта. /ТАСС/. Министр обороны Андрей Белоусов провел заседание коллегии "
        "военного ведомства. «Контракт подписан в срок», — сообщили в пресс-службе "
        "внешнеполитического ведомства. «Работа продолжается», — заявил глава "
        "дипломатического ведомства.\n"
    )
    found = extract(text, published=TUESDAY)
    assert "Андрей Белоусов" not in [s.speaker for s in found]
