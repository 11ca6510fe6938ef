"""Russian pages where a word next to the speaker misleads: a state's full name after an
embassy ("в Объединенных Арабских Эмиратах") is no person's, a surname the dictionary lacks
after "с господином" is the object and not part of the subject's name, and a page on an
outlet's site ("на сайте агентства Рейтер говорится") is the outlet's, no speaker's;
"кремлевский дипломат" is the president's aide named before."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

DAY = datetime.date(2025, 2, 11)


def test_embassy_in_a_state_named_in_full_is_the_embassy() -> None:
    text = (
        "Китай призвал к сдержанности\n\n"
        "ДУБАЙ, 11 февраля. Посольство КНР в Объединенных Арабских Эмиратах сообщило во "
        "вторник, что китайская сторона выступает за скорейшее возобновление переговоров.\n"
    )
    assert_statements(
        text,
        DAY,
        [("Посольство КНР в Объединенных Арабских Эмиратах", "китайская сторона", "2025-02-11")],
    )


def test_envoy_named_after_a_state_in_full_keeps_his_own_name() -> None:
    text = (
        "Посол о торговле\n\n"
        "АБУ-ДАБИ, 11 февраля. Посол России в Объединенных Арабских Эмиратах Тимур Зябров "
        "отметил во вторник, что товарооборот двух стран вырос почти на треть.\n"
    )
    assert_statements(text, DAY, [("Тимур Зябров", "товарооборот двух стран", "2025-02-11")])


def test_unknown_surname_after_courtesy_title_is_the_object() -> None:
    text = (
        "Росатом и МАГАТЭ\n\n"
        "ВЕНА, 11 февраля. По окончании переговоров с господином Гросси Алексей Лихачев "
        "сообщил во вторник, что эксперты агентства вновь посетят станцию.\n\n"
        "На встрече с Гросси Михаил Ульянов подчеркнул во вторник, что Москва ценит "
        "профессионализм инспекторов.\n"
    )
    assert_statements(
        text,
        DAY,
        [
            ("Алексей Лихачев", "эксперты агентства", "2025-02-11"),
            ("Михаил Ульянов", "Москва ценит", "2025-02-11"),
        ],
    )


def test_page_on_an_outlets_site_has_no_speaker() -> None:
    text = (
        "Эрдоган о переговорах\n\n"
        "АНКАРА, 11 февраля. Президент Турции Реджеп Тайип Эрдоган заявил во вторник, что "
        "Анкара готова вновь принять делегации в Стамбуле.\n\n"
        "На сайте агентства Рейтер говорится, что встреча может пройти уже в марте.\n\n"
        "В статье газеты Файненшл Таймс говорится, что Брюссель готовит новые пошлины.\n"
    )
    assert_statements(text, DAY, [("Реджеп Тайип Эрдоган", "Анкара готова", "2025-02-11")])


def test_surname_with_particles_after_preposition_is_the_object() -> None:
    text = (
        "Париж и Брюссель\n\n"
        "ПАРИЖ, 11 февраля. /ТАСС/. По итогам беседы с госпожой Фон дер Ляйен Эммануэль "
        "Макрон сообщил во вторник, что ЕС ускорит закупки боеприпасов.\n"
    )
    assert_statements(text, DAY, [("Эммануэль Макрон", "ЕС ускорит", "2025-02-11")])


def test_kremlin_diplomat_is_the_presidents_aide_named_before() -> None:
    text = (
        "Ушаков о подготовке визита\n\n"
        "МОСКВА, 11 февраля. /ТАСС/. Помощник президента России Юрий Ушаков сообщил "
        "журналистам во вторник, что программа визита в целом согласована.\n\n"
        "По словам кремлевского дипломата, лидеры обсудят энергетические проекты.\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=DAY)]
    assert [speaker for speaker, _ in got] == ["Юрий Ушаков", "Юрий Ушаков"], got
    assert got[1][1].startswith("лидеры обсудят"), got


def test_kremlin_official_is_not_a_foreign_minister_named_last() -> None:
    text = (
        "Кремль о переговорах\n\n"
        "МОСКВА, 11 февраля. /ТАСС/. Пресс-секретарь президента России Дмитрий Песков "
        "сказал во вторник, что консультации с Вашингтоном идут. Министр иностранных дел "
        "Венгрии Петер Сийярто ранее заявил, что Будапешт готов предоставить площадку.\n\n"
        "По словам кремлевского чиновника, сроки встречи пока не согласованы.\n"
    )
    got = [s.speaker for s in extract(text, published=DAY)]
    assert got == ["Дмитрий Песков", "Петер Сийярто", "Дмитрий Песков"], got


def test_embassy_comment_heading_after_the_last_answer_is_the_embassys() -> None:
    text = (
        "Ответ посла России в Канаде О.В.Степанова на вопрос СМИ\n\n"
        "Вопрос: Как Вы оцениваете решение Оттавы закрыть консульство?\n\n"
        "Ответ: Это решение только ухудшит положение соотечественников в Канаде.\n\n"
        "Комментарий посольства\n\n"
        "Обращаем внимание, что канадская сторона уже третий месяц не выдает визы нашим "
        "дипломатам. Рассчитываем на взвешенный подход Оттавы.\n"
    )
    got = [s.speaker for s in extract(text, published=DAY)]
    assert got == ["Степанов", "Посольство России в Канаде"], got


def test_briefing_comment_heading_naming_the_briefer_ends_the_topic_above() -> None:
    text = (
        "Брифинг официального представителя МИД России М.В.Захаровой, Москва, 11 февраля "
        "2025 года\n\n"
        "О положении в Сербии\n\n"
        "Внимательно следим за развитием событий в Белграде. Попытки внешних сил раскачать "
        "обстановку очевидны.\n\n"
        "Комментарий официального представителя МИД России М.В.Захаровой в связи с "
        "высылкой российского дипломата из Эстонии\n\n"
        "Расцениваем этот шаг Таллина как откровенную провокацию. Ответ последует.\n\n"
        "Вопрос: Планируются ли новые консультации с Ереваном?\n\n"
        "Ответ: Такие контакты ведутся на регулярной основе.\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=DAY)]
    assert [speaker for speaker, _ in got] == ["Захарова"] * 3, got
    assert got[0][1].endswith("очевидны."), got
    assert got[1][1].startswith("Расцениваем"), got
