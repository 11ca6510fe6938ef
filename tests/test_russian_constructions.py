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


def test_a_relative_clause_gives_its_verb_to_the_one_named_before_the_comma() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Официальный представитель МИД России Мария Захарова "
        "заявила в среду на брифинге, что Москва не примет участия во встрече в Берне.\n"
        "Дипломат прокомментировала и позицию главы МИД Швейцарии Игнацио Кассиса, который "
        "накануне сообщил, что швейцарская сторона открыта для всех участников.\n"
        "Захарова ответила главе МИД ФРГ Анналене Бербок, которая в понедельник заявила, что "
        "Берлин рассчитывает на широкое представительство."
    )
    found = said(text)
    by_text = {s.text: (s.speaker, s.said_on) for s in found}
    assert by_text["швейцарская сторона открыта для всех участников"] == (
        "Игнацио Кассис",
        "2024-02-13",
    )
    assert by_text["Берлин рассчитывает на широкое представительство"] == (
        "Анналена Бербок",
        "2024-02-12",
    )
    assert all(s.speaker == "Мария Захарова" for s in found if "Москва" in s.text)


def test_a_foreign_surname_after_po_slovam_is_read_in_the_genitive() -> None:
    # "Кассиса" alone reads as a nominative name; after "по словам" it is genitive
    s = said(
        "ЖЕНЕВА, 14 февраля. /ТАСС/. По словам Игнацио Кассиса, встреча пройдет летом "
        "на одном из курортов страны."
    )
    assert [x.speaker for x in s] == ["Игнацио Кассис"]


def test_words_someone_is_answered_for_are_theirs_not_the_commenters() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Президент Франции Эмманюэль Макрон выступил в "
        "университете Сорбонны.\n"
        "Пресс-секретарь президента России Дмитрий Песков прокомментировал слова президента "
        "Франции Эмманюэля Макрона о том, что европейцам следует готовиться к долгой "
        "конфронтации.\n"
        "Официальный представитель МИД России Мария Захарова ответила на заявление МИД "
        "Польши, что Варшава закрывает еще одно консульство."
    )
    found = {s.text: s.speaker for s in said(text)}
    assert found == {
        "европейцам следует готовиться к долгой конфронтации": "Эмманюэль Макрон",
        "Варшава закрывает еще одно консульство": "МИД Польши",
    }


def test_people_in_events_a_press_service_reports_can_be_referred_back_to() -> None:
    text = (
        "МОСКВА, 14 февраля. /ТАСС/. Президент России Владимир Путин и президент Ирана "
        "Эбрахим Раиси провели в понедельник телефонный разговор, сообщает пресс-служба "
        "Кремля.\n"
        "Иранский лидер, в свою очередь, отметил, что Тегеран не стремится к расширению "
        "конфликта в регионе, указано в сообщении."
    )
    found = {s.text: (s.speaker, s.said_on) for s in said(text)}
    assert found["Тегеран не стремится к расширению конфликта в регионе"] == (
        "Эбрахим Раиси",
        "2024-02-12",
    )
