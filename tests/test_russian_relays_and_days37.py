"""Round thirty-seven, Russian wire copy (second wave): a body named by a clipped compound
("Погранслужба Финляндии", "Нацгвардия США") heads its subject and speaks, and is no first
name before the man named after it ("Профессор Дипакадемии Алексей Подберезкин"); a
spokesperson passing on the head of state's words ("Как сообщил пресс-секретарь ...,
глава государства подчеркнул, что ...") relays them as a press service does; a video address
"опубликованном в понедельник" is dated by that day; a call whose day is told in someone's
own words ("Разговор состоялся накануне вечером") dates the words said "в ходе беседы"; and
"Тогда он заявил" points back to a day told inside someone's words. Each test in new
words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract


def test_a_border_guard_named_by_its_clipped_compound_speaks() -> None:
    text = (
        "ХЕЛЬСИНКИ, 3 марта. /ТАСС/. Погранслужба Финляндии в своем сообщении уточнила, что "
        "движение через пункт пропуска Ваалимаа будет восстановлено не раньше апреля.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 3),
        [("Погранслужба Финляндии", "движение через пункт пропуска Ваалимаа", "2025-03-03")],
    )


def test_a_national_guard_named_by_its_clipped_compound_speaks() -> None:
    text = (
        "ВАШИНГТОН, 9 июня. /РИА Новости/. Нацгвардия штата Калифорния во вторник заявила, "
        "что переброска дополнительных сил в Лос-Анджелес завершена.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 9))
    assert [s.speaker for s in found] == ["Нацгвардия штата Калифорния"]


def test_a_clipped_compound_body_is_no_first_name() -> None:
    text = (
        "МОСКВА, 21 мая. /Интерфакс/. Профессор Дипакадемии Алексей Подберезкин считает, что "
        "переговоры по стратегической стабильности в этом году не возобновятся.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 5, 21),
        [("Алексей Подберезкин", "переговоры по стратегической стабильности", "2025-05-21")],
    )


def test_a_press_secretary_relays_the_head_of_states_words() -> None:
    text = (
        "МИНСК, 17 октября. /БелТА/. Александр Лукашенко в пятницу принял в Минске "
        "губернатора Псковской области.\n\n"
        "Как сообщила пресс-секретарь Президента Беларуси Наталья Эйсмонт, глава государства "
        "подчеркнул, что белорусские предприятия готовы нарастить поставки техники в регион.\n"
    )
    found = extract(text, published=datetime.date(2025, 10, 17))
    assert [(s.speaker, s.text[:26]) for s in found] == [
        ("Александр Лукашенко", "белорусские предприятия го")
    ]


def test_a_spokesman_relays_the_presidents_words() -> None:
    text = (
        "АСТАНА, 2 июля. /Kazinform/. Касым-Жомарт Токаев провел в Акорде встречу с "
        "министром энергетики.\n\n"
        "Как рассказал пресс-секретарь Главы государства Руслан Желдыбай, президент отметил, "
        "что строительство атомной станции должно идти по графику.\n"
    )
    found = extract(text, published=datetime.date(2025, 7, 2))
    assert [(s.speaker, s.text[:24]) for s in found] == [
        ("Касым-Жомарт Токаев", "строительство атомной ст")
    ]


def test_a_video_address_is_dated_by_the_day_it_came_out() -> None:
    text = (
        "КИЕВ, 7 февраля. /Интерфакс/. Владимир Зеленский прокомментировал итоги поездки "
        "в Вашингтон.\n\n"
        "В видеообращении, опубликованном в понедельник, он заявил, что Украина рассчитывает "
        "на новые пакеты помощи.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 2, 7),
        [("Владимир Зеленский", "Украина рассчитывает на новые пакеты помощи", "2025-02-03")],
    )


def test_a_televised_address_spread_on_a_day_is_of_that_day() -> None:
    text = (
        "АСТАНА, 14 ноября. /Kazinform/. Президент Казахстана Касым-Жомарт Токаев обратился "
        "к гражданам страны.\n\n"
        "В телеобращении к нации, распространенном во вторник, Токаев сказал, что налоговая "
        "реформа будет продолжена.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 11, 14),
        [("Касым-Жомарт Токаев", "налоговая реформа будет продолжена", "2025-11-11")],
    )


def test_a_call_dated_in_the_spokesmans_quote_dates_the_leaders_words() -> None:
    text = (
        "МОСКВА, 28 августа. /ТАСС/. Владимир Путин и Эммануэль Макрон провели телефонный "
        "разговор, сообщил журналистам пресс-секретарь президента РФ Дмитрий Песков.\n\n"
        '"Разговор состоялся накануне вечером по просьбе французской стороны", - сказал '
        "Песков.\n\n"
        "В ходе беседы Путин заявил, что Москва привержена поиску дипломатического решения.\n"
    )
    found = extract(text, published=datetime.date(2025, 8, 28))
    leader = [s for s in found if s.speaker == "Владимир Путин"]
    assert [(s.text[:22], s.said_on) for s in leader] == [("Москва привержена поис", "2025-08-27")]


def test_a_call_dated_in_reported_words_dates_the_leaders_words() -> None:
    text = (
        "БАКУ, 30 апреля. /Интерфакс/. Как сообщила пресс-служба президента, телефонный "
        "разговор Ильхама Алиева и Шавката Мирзиёева прошел в понедельник.\n\n"
        "Во время разговора Алиев отметил, что товарооборот двух стран растет.\n"
    )
    found = extract(text, published=datetime.date(2025, 4, 30))
    leader = [s for s in found if s.speaker.endswith("Алиев")]
    assert [(s.text[:22], s.said_on) for s in leader] == [("товарооборот двух стра", "2025-04-28")]


def test_a_talk_with_reporters_is_no_call_told_before() -> None:
    """A near miss: passes before and after the change (the day is his own)."""
    text = (
        "МОСКВА, 14 ноября. /Интерфакс/. Сергей Лавров в пятницу ответил на вопросы "
        "журналистов.\n\n"
        "В ходе беседы с журналистами Лавров заявил, что Москва не намерена менять курс.\n"
    )
    found = extract(text, published=datetime.date(2025, 11, 14))
    assert [(s.speaker, s.said_on) for s in found] == [("Сергей Лавров", "2025-11-14")]


def test_then_with_a_pronoun_points_back_to_a_day_in_someones_words() -> None:
    text = (
        "МОСКВА, 10 октября. /РИА Новости/. Сергей Лавров в пятницу встретился с коллегой из "
        "Египта.\n\n"
        "Лавров напомнил, что Путин выдвинул мирную инициативу 3 марта 2025 года. Тогда он "
        "заявил, что Россия готова выступить посредником.\n"
    )
    found = extract(text, published=datetime.date(2025, 10, 10))
    then = [s for s in found if s.text.startswith("Россия готова")]
    assert [s.said_on for s in then] == ["2025-03-03"]


def test_an_aide_relays_the_presidents_words() -> None:
    text = (
        "МОСКВА, 12 сентября. /Интерфакс/. Владимир Путин провел переговоры с премьером "
        "Индии.\n\n"
        "Как рассказал журналистам помощник президента Юрий Ушаков, Путин подчеркнул, что "
        "расчеты в национальных валютах будут расширены.\n"
    )
    found = extract(text, published=datetime.date(2025, 9, 12))
    assert [(s.speaker, s.text[:20]) for s in found] == [("Владимир Путин", "расчеты в национальн")]
