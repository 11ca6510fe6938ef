"""Russian constructions found by writing new articles in the manner of outlets the corpus
has few of: mid.ru answer pages, Kommersant and RBC analysis, agency quotations.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2024, 2, 14)


def said(text: str, published: datetime.date = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_an_answers_page_gives_answer_turns_to_the_official_its_header_names() -> None:
    text = (
        "Ответы официального представителя МИД России М.В.Захаровой на вопросы СМИ\n\n"
        "Вопрос: Как в Москве оценивают планы альянса разместить новые базы у границ?\n\n"
        "Ответ: Такие планы нас не удивляют. Блок давно не скрывает своих намерений.\n\n"
        "Вопрос: Последуют ли ответные шаги?\n\n"
        "Ответ: Безусловно, необходимые меры будут приняты своевременно.\n"
    )
    found = said(text)
    assert [(s.speaker, s.role) for s in found] == [
        ("Захарова", "официальный представитель МИД России")
    ] * 2
    assert found[0].text.startswith("Такие планы нас не удивляют")


def test_remarks_and_answers_header_gives_the_opening_remarks_to_the_minister() -> None:
    text = (
        "Выступление и ответы на вопросы СМИ Министра иностранных дел Российской Федерации "
        "С.В.Лаврова в ходе совместной пресс-конференции с Министром иностранных дел "
        "Вьетнама Буй Тхань Шоном, Москва, 14 февраля 2024 года\n\n"
        "Уважаемые дамы и господа,\n\n"
        "Мы провели содержательные переговоры и согласовали план консультаций на два года.\n\n"
        "Вопрос: Как вы оцениваете перспективы торговли между двумя странами?\n\n"
        "С.В.Лавров: Товарооборот растет, и мы рассчитываем сохранить эту динамику.\n"
    )
    found = said(text)
    assert [s.speaker for s in found] == ["Лавров", "Лавров"]
    assert found[0].text.startswith("Мы провели содержательные переговоры")
    assert found[0].role == "Министр иностранных дел Российской Федерации"
