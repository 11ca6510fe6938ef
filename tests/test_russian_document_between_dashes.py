"""A quotation broken by a document's words between dashes ("«..., — говорится в
заявлении МИД, — ...»", the TASS and RIA habit): the document's owner speaks the whole
quotation, both its parts, on the day the attribution gives. Near misses: a person or a
press service set between the dashes (read before), and a document no body is named for."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2026, 12, 4)


def _said(text: str) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.text, s.said_on or "") for s in extract(text, published=FRIDAY)]


def test_ministry_named_between_dashes_speaks_both_parts() -> None:
    got = _said(
        "Москва ответила на решение Вильнюса\n\n"
        "МОСКВА, 4 декабря. /ТАСС/. Россия отреагировала на ограничения транзита в "
        "Калининградскую область.\n\n"
        "«Попытки блокировать транзит грубо нарушают взятые Литвой обязательства, — "
        "говорится в заявлении МИД России, — такие действия не останутся без ответа».\n"
    )
    assert len(got) == 1, got
    speaker, said, _ = got[0]
    assert speaker in ("МИД России", "Министерство иностранных дел России"), got
    assert said.startswith("Попытки блокировать транзит"), got
    assert "не останутся без ответа" in said and "говорится" not in said, got


def test_document_alone_is_the_body_that_issued_it() -> None:
    got = _said(
        "Посольство России в Берлине выступило с комментарием\n\n"
        "БЕРЛИН, 3 декабря. /РИА Новости/. Посольство России в ФРГ в среду опубликовало "
        "комментарий в связи с высылкой двух дипломатов.\n\n"
        "«Обвинения в адрес наших сотрудников ничем не подкреплены, — говорится в "
        "документе, — мы оставляем за собой право на зеркальные меры».\n"
    )
    assert len(got) == 1, got
    speaker, said, day = got[0]
    assert speaker is not None and speaker.startswith("Посольство России"), got
    assert said.startswith("Обвинения в адрес") and "зеркальные меры" in said, got
    assert day == "2026-12-02", got


def test_pronoun_for_the_document_then_a_new_sentence() -> None:
    got = _said(
        "Генконсульство в Стамбуле предупредило туристов\n\n"
        "МОСКВА, 4 декабря. /ТАСС/. Генеральное консульство России в Стамбуле разместило "
        "обращение к гражданам.\n\n"
        "«Рекомендуем воздержаться от посещения районов, где проходят акции протеста, — "
        "говорится в нем. — Телефон горячей линии работает круглосуточно».\n"
    )
    assert len(got) == 1, got
    speaker, said, _ = got[0]
    assert speaker is not None and "консульство" in speaker.lower(), got
    assert said.startswith("Рекомендуем воздержаться") and "горячей линии" in said, got


def test_document_with_a_participle_and_its_own_day() -> None:
    got = _said(
        "МИД РФ прокомментировал доклад ОБСЕ\n\n"
        "МОСКВА, 4 декабря. /ТАСС/. Российская сторона не согласна с выводами доклада.\n\n"
        "«Авторы доклада сознательно закрывают глаза на факты, — отмечается в опубликованном "
        "во вторник комментарии МИД, — и выполняют политический заказ».\n"
    )
    assert len(got) == 1, got
    speaker, said, day = got[0]
    assert speaker is not None and "МИД" in speaker, got
    assert said.startswith("Авторы доклада") and "политический заказ" in said, got
    assert day == "2026-12-01", got


def test_near_miss_people_and_press_service_between_dashes() -> None:
    """Passes on the starting code too: verbs of saying already set off such words."""
    got = _said(
        "В Кремле прокомментировали переговоры\n\n"
        "МОСКВА, 4 декабря. /РИА Новости/. Кремль оценил итоги встречи в Абу-Даби.\n\n"
        "«Контакты были полезными, — сказал Песков журналистам, — но прорыва ждать рано».\n\n"
        "«Позиция Москвы неизменна, — отметила Захарова. — Мы открыты для переговоров».\n\n"
        "«График поездки не меняется, — сообщили в пресс-службе Кремля, — программа "
        "уточняется».\n"
    )
    assert [g[0] for g in got] == ["Песков", "Захарова", "пресс-служба Кремля"], got
    assert "прорыва ждать рано" in got[0][1] and "открыты для переговоров" in got[1][1], got
    assert "программа уточняется" in got[2][1], got


def test_near_miss_document_no_body_issued() -> None:
    """Passes on the starting code too: a draft no body is named for speaks for no one."""
    got = _said(
        "Совбез ООН отложил голосование\n\n"
        "НЬЮ-ЙОРК, 3 декабря. /ТАСС/. Голосование по проекту резолюции перенесено.\n\n"
        "«Всем сторонам следует незамедлительно прекратить огонь, — говорится в документе, — "
        "и допустить гуманитарные конвои».\n"
    )
    assert got == [], got


def test_passive_between_dashes_names_the_body() -> None:
    got = _said(
        "Минск выразил протест Вильнюсу\n\n"
        "МИНСК, 4 декабря. /ТАСС/. Белоруссия вызвала временного поверенного в делах Литвы.\n\n"
        "«Нарушение воздушного пространства страны не останется без последствий, — сказано "
        "в заявлении белорусского МИД. — Мы требуем объяснений».\n\n"
        "«Граница будет защищена всеми доступными средствами, — было подчеркнуто в "
        "Госпогранкомитете Белоруссии, — подразделения переведены в усиленный режим».\n"
    )
    assert len(got) == 2, got
    assert got[0][0] is not None and "МИД" in got[0][0], got
    assert got[0][1].startswith("Нарушение воздушного") and "требуем объяснений" in got[0][1]
    assert got[1][0] is not None and "Госпогранкомитет" in got[1][0], got
    assert "усиленный режим" in got[1][1], got
