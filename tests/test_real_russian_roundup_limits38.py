"""Where round 30's readings of Russian wire copy stop (round 30, fixes after review): a
digest of one minister's interview whose points tell what capitals or a UN chief said is
still his digest, not a review of several speakers; a paragraph in which a guest on the
ministry's own transcript tells what a president or a premier said is still the guest's
answer; a spokesperson's remarks under time lines are hers, not a live page's entries;
terms agreed on ("оговорили сроки") are no stipulation said. Each test in new words
written here."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.model import ProposedStatement

FRIDAY = datetime.date(2025, 6, 13)


def test_a_ministers_points_telling_what_capitals_said_stay_his() -> None:
    text = (
        "Лавров: Европа сама закрыла дверь для переговоров\n\n"
        "МОСКВА, 13 июня. /ТАСС/. Министр иностранных дел России Сергей Лавров в пятницу "
        "дал интервью агентству. Агентство собрало основные заявления.\n\n"
        "- Россия не станет просить о снятии санкций и не будет торговаться по этому поводу.\n"
        "- Брюссель не раз обещал вернуться к обсуждению архитектуры безопасности, но все "
        "осталось на бумаге.\n"
        "- Разговоры о заморозке конфликта нас не устраивают.\n"
        "- Власти Молдавии еще зимой сообщили соседям, что не будут продлевать транзит, и "
        "это многое объясняет.\n"
    )
    assert_statements(
        text,
        FRIDAY,
        [
            ("Сергей Лавров", "Россия не станет", "2025-06-13"),
            ("Сергей Лавров", "Брюссель не раз", "2025-06-13"),
            ("Сергей Лавров", "Разговоры о заморозке", "2025-06-13"),
            ("Сергей Лавров", "Власти Молдавии", "2025-06-13"),
        ],
    )


def test_an_envoys_points_naming_a_un_chief_by_post_stay_his() -> None:
    text = (
        "Небензя призвал Совбез осудить обстрел Белгорода\n\n"
        "НЬЮ-ЙОРК, 13 июня. /РИА Новости/. Постпред России при ООН Василий Небензя "
        "выступил на заседании Совета Безопасности ООН. Агентство приводит основные "
        "заявления.\n\n"
        "- Обстрелы жилых кварталов Белгорода не могут остаться без оценки Совета.\n"
        "- Европейские члены Совета заявили, что не видели доказательств, хотя снимки "
        "опубликованы.\n"
        "- Генеральный секретарь сказал нам, что встревожен, но его аппарат молчит.\n"
        "- Москва будет добиваться беспристрастного расследования.\n"
    )
    found = [s.speaker for s in _extract(text)]
    assert found == ["Василий Небензя"] * 4, found


def _extract(text: str) -> list[ProposedStatement]:
    return extract(text, published=FRIDAY)


def test_a_guest_telling_what_the_president_said_keeps_his_turn() -> None:
    text = (
        "Интервью Министра иностранных дел Российской Федерации С.В.Лаврова телеканалу "
        "«Звезда», 12 июня 2025 года\n\n"
        "Вопрос: Как вы оцениваете перспективы контактов с Вашингтоном?\n\n"
        "С.В.Лавров: Диалог идет трудно, но интерес американцев к нормальной работе "
        "очевиден.\n\n"
        "Президент подчеркнул, что Россия открыта к разговору на равных. Никаких "
        "односторонних уступок при этом не будет.\n\n"
        "Восстановление работы посольств продолжится, это обычная практика.\n\n"
        "Вопрос: Возможна ли новая встреча делегаций?\n\n"
        "С.В.Лавров: Если американцы предложат повестку, встреча состоится.\n"
    )
    said = [(s.speaker, s.text) for s in _extract(text)]
    assert len(said) == 2, said
    assert all(speaker == "Лавров" for speaker, _ in said), said
    assert "Восстановление работы посольств" in said[0][1], said


def test_a_guest_telling_what_the_premier_said_under_an_empty_label_keeps_it() -> None:
    text = (
        "Интервью Посла России в Германии С.Ю.Нечаева газете «Известия», 11 июня 2025 "
        "года\n\n"
        "Вопрос: Меняется ли курс нового правительства Германии?\n\n"
        "С.Ю.Нечаев:\n\n"
        "Канцлер заявил в бундестаге, что Берлин продолжит поставки оружия. Такая линия "
        "исключает нормальный диалог.\n\n"
        "Берлин продолжает курс на конфронтацию, и признаков перемен не видно.\n\n"
        "Вопрос: Как развиваются торговые связи?\n\n"
        "С.Ю.Нечаев:\n\n"
        "Объем торговли сократился в разы.\n"
    )
    said = [(s.speaker, s.text) for s in _extract(text)]
    assert len(said) == 2, said
    assert said[0][0] == "Нечаев" and said[0][1].startswith("Канцлер заявил"), said


def test_a_spokeswomans_remarks_under_time_lines_stay_hers() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 12 июня "
        "2025 года\n\n"
        "11:00\n\n"
        "Здравствуйте! Начну с международной повестки Министра. 17 июня Министр "
        "иностранных дел Российской Федерации С.В.Лавров примет своего коллегу из Египта.\n\n"
        "11:09\n\n"
        "Мы обеспокоены событиями в Грузии. Преследование оппозиционных политиков "
        "продолжается, и это не может не тревожить.\n\n"
        "Вопрос: Как Москва ответит на новый пакет санкций?\n\n"
        "М.В.Захарова: Ответ последует, и те, кто его принимал, это почувствуют.\n"
    )
    said = [(s.speaker, s.text) for s in _extract(text)]
    assert [speaker for speaker, _ in said] == ["Захарова"] * 3, said
    assert said[1][1].startswith("Мы обеспокоены"), said


def test_terms_agreed_on_are_no_statement() -> None:
    text = (
        "Сийярто и Фидан обсудили поставки газа\n\n"
        "АНКАРА, 13 июня. /ТАСС/. Министр иностранных дел Венгрии Петер Сийярто оговорил "
        "сроки транзита газа через Балканы с турецким коллегой.\n\n"
        "Президенты Азербайджана и Грузии оговорили условия строительства нового "
        "энергомоста, сообщила пресс-служба президента Азербайджана.\n"
    )
    said = [(s.speaker, s.text) for s in _extract(text)]
    assert all(speaker != "Петер Сийярто" for speaker, _ in said), said
    assert [speaker for speaker, _ in said] in ([], ["пресс-служба президента Азербайджана"]), said
