"""A spokesperson's answer that relays what a minister or leader said (issue 8, round
nineteen): the answer is the spokesperson's statement, whole, and the relayed words are
the official's, dated by the relay's own words or the briefing's day. Briefings written here
in the styles of several ministries, Russian (mid.ru). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _said(text: str, published: datetime.date) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=published)]


def _has(found, speaker: str, start: str, day: str) -> bool:
    return any(s == speaker and t.startswith(start) and d == day for s, t, d in found)


def _opens(found, start: str) -> bool:
    return any(t.startswith(start) for _, t, _ in found)


# --- Russian: Захарова's answer relays the minister's words


def test_russian_briefing_answer_relaying_the_minister() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
        "12 сентября 2024 года\n\n"
        "Вопрос: Какие итоги у переговоров с министром иностранных дел Индонезии?\n\n"
        "Ответ: С.В.Лавров заявил по итогам переговоров в понедельник, что Россия и "
        "Индонезия договорились расширить сотрудничество в области образования. "
        "Министр также сообщил, что стороны обсудили подготовку визита в Джакарту.\n\n"
        "Вопрос: Прокомментируйте, пожалуйста, решение властей Эстонии.\n\n"
        "Ответ: Мы расцениваем это решение как очередной недружественный шаг."
    )
    found = _said(text, datetime.date(2024, 9, 12))
    assert _has(found, "Захарова", "С.В.Лавров заявил по итогам", "2024-09-12")
    assert _has(found, "Лавров", "Россия и Индонезия договорились", "2024-09-09")
    assert _has(found, "Лавров", "стороны обсудили подготовку", "2024-09-09")
    assert _has(found, "Захарова", "Мы расцениваем это решение", "2024-09-12")


def test_russian_relay_then_her_own_view_and_a_citation_in_passing() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
        "20 ноября 2024 года\n\n"
        "Вопрос: Как вы оцените слова Президента о ядерной доктрине?\n\n"
        "М.В.Захарова: Президент России В.В.Путин сказал вчера, что обновлённая доктрина "
        "носит оборонительный характер. Мы рассчитываем, что на Западе это услышат.\n\n"
        "Вопрос: А что с поставками ракет?\n\n"
        "М.В.Захарова: Как подчеркнул С.В.Лавров, ответ на такие действия будет "
        "соразмерным."
    )
    found = _said(text, datetime.date(2024, 11, 20))
    assert _has(found, "Захарова", "Президент России В.В.Путин сказал", "2024-11-20")
    assert _has(found, "Путин", "обновлённая доктрина носит", "2024-11-19")
    # "Как подчеркнул ...": the briefer citing in passing, her words alone
    assert _has(found, "Захарова", "Как подчеркнул С.В.Лавров", "2024-11-20")
    assert not any(s == "Лавров" for s, _, _ in found)


def test_russian_relay_after_her_own_sentence_in_the_same_paragraph() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
        "16 мая 2024 года\n\n"
        "Вопрос: Как идёт подготовка к форуму в Санкт-Петербурге?\n\n"
        "Ответ: Работа ведётся в штатном режиме. Заместитель Министра иностранных дел "
        "России А.Ю.Руденко, выступая вчера на совещании с послами стран АСЕАН, сообщил, "
        "что ожидается рекордное число иностранных делегаций.\n\n"
        "Вопрос: Как вы прокомментируете решение властей Молдавии?\n\n"
        "Ответ: Мы считаем это решение политически мотивированным. В понедельник "
        "посольство России в Кишинёве заявило, что направит ноту протеста."
    )
    found = _said(text, datetime.date(2024, 5, 16))
    assert _has(found, "Захарова", "Работа ведётся в штатном", "2024-05-16")
    assert _has(found, "Руденко", "ожидается рекордное число", "2024-05-15")
    assert _has(found, "Захарова", "Мы считаем это решение", "2024-05-16")
    assert any(t.startswith("направит ноту протеста") and d == "2024-05-13" for _, t, d in found)


def test_russian_words_of_no_one_in_her_answer_stay_hers() -> None:
    # "Об этом неоднократно говорилось ...", "о чём свидетельствуют данные": no one speaks
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
        "4 июля 2024 года\n\n"
        "Вопрос: Что происходит вокруг плотины на Днепре?\n\n"
        "Ответ: Положение остаётся тяжёлым. Об этом неоднократно говорилось на площадке "
        "ООН. Обстрелы продолжаются, о чём свидетельствуют данные наблюдателей."
    )
    found = _said(text, datetime.date(2024, 7, 4))
    assert [s for s, _, _ in found] == ["Захарова"]


def test_russian_answer_opening_po_slovam_relays_the_official() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, "
        "10 октября 2024 года\n\n"
        "Вопрос: Когда откроется новое консульство в Казахстане?\n\n"
        "Ответ: По словам директора Консульского департамента А.В.Клименко, "
        "генеральное консульство в Актобе начнёт работу до конца года. Точная дата "
        "будет объявлена дополнительно."
    )
    found = _said(text, datetime.date(2024, 10, 10))
    assert _has(found, "Захарова", "По словам директора Консульского", "2024-10-10")
    assert any(s == "Клименко" and t.startswith("генеральное консульство") for s, t, _ in found)


def test_a_ministers_own_press_conference_recounts_the_talks_in_his_words() -> None:
    # not a spokesperson: the minister telling what his counterpart said is his account
    text = (
        "Выступление и ответы на вопросы СМИ Министра иностранных дел России С.В.Лаврова "
        "в ходе пресс-конференции по итогам переговоров с Министром иностранных дел "
        "Лаоса, Москва, 18 апреля 2024 года\n\n"
        "Вопрос: Обсуждалось ли строительство железной дороги?\n\n"
        "С.В.Лавров: Министр иностранных дел Лаоса С.Виликхам подчеркнул, что Вьентьян "
        "заинтересован в участии российских компаний в этом проекте. Соответствующие "
        "контакты продолжатся."
    )
    found = _said(text, datetime.date(2024, 4, 18))
    assert [s for s, _, _ in found] == ["Лавров"]
