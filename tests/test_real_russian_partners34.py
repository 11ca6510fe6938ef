"""Round thirty-four, Russian press (read sets w29c, w30c, w31c, w33b, w33g): the one met
"с" a surname that does not decline ("с Меркель", "с Моди", "с Бербок") is the
preposition's object, not the subject of the verb after it; nor does it join the name that
follows it into one ("с Мелони Эрдоган заявил": Erdogan speaks, no "Мелони Эрдоган"). A
press service that passes on what "российская сторона" said in a talk "с Меркель" is the
speaker. A place after a preposition ("В Анкаре Эрдоган заявил") is no part of the name
after it either. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_a_press_service_passes_on_a_talk_with_an_undeclined_partner() -> None:
    text = (
        "МОСКВА, 4 февраля. /ТАСС/. Президент России Владимир Путин в понедельник провел "
        "телефонные разговоры с председателем Совета министров Италии Джорджей Мелони и "
        "канцлером ФРГ Ангелой Меркель. Как сообщила пресс-служба Кремля, в ходе беседы с "
        "Меркель российская сторона указала на опасность дальнейших поставок вооружений.\n"
    )
    assert_statements(
        text,
        datetime.date(2019, 2, 4),
        [("пресс-служба Кремля", "в ходе беседы с Меркель российская", "2019-02-04")],
    )


def test_the_subject_after_a_partner_whose_surname_does_not_decline() -> None:
    text = (
        "АНКАРА, 17 июня. /ТАСС/. Президент Турции Реджеп Тайип Эрдоган в понедельник принял "
        "в Анкаре премьер-министра Италии Джорджу Мелони. После переговоров с Мелони Эрдоган "
        "заявил журналистам, что Турция готова стать площадкой для новых контактов.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 6, 17),
        [("Реджеп Тайип Эрдоган", "Турция готова стать площадкой", "2024-06-17")],
    )


def test_her_given_name_and_surname_then_his_surname() -> None:
    text = (
        "МОСКВА, 18 января. /ТАСС/. Глава МИД РФ Сергей Лавров во вторник провел в Москве "
        "переговоры с министром иностранных дел ФРГ Анналеной Бербок. На пресс-конференции по "
        "итогам встречи с Анналеной Бербок Лавров сказал, что Москва ждет от Берлина "
        "конкретных шагов.\n\n"
        "По словам Лаврова, стороны договорились продолжить консультации по гуманитарным "
        "вопросам.\n"
    )
    assert_statements(
        text,
        datetime.date(2022, 1, 18),
        [
            ("Сергей Лавров", "Москва ждет от Берлина", "2022-01-18"),
            ("Сергей Лавров", "стороны договорились продолжить", "2022-01-18"),
        ],
    )


def test_a_partner_met_by_his_surname_alone() -> None:
    text = (
        "НЬЮ-ДЕЛИ, 9 июля. /ТАСС/. Премьер-министр Индии Нарендра Моди прибыл в Москву с "
        "официальным визитом. Его встретил президент России Владимир Путин.\n\n"
        "В беседе с Моди Путин отметил, что товарооборот двух стран за год вырос почти "
        "вдвое.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 7, 9),
        [("Владимир Путин", "товарооборот двух стран", "2024-07-09")],
    )


def test_a_declined_partner_still_reads_as_before() -> None:
    # near miss: "с Сергеем Лавровым" shows its case; passes on the starting code too
    text = (
        "АНКАРА, 3 апреля. /ТАСС/. После переговоров с Сергеем Лавровым министр иностранных "
        "дел Турции Хакан Фидан заявил, что Анкара поддерживает возобновление зерновой "
        "сделки.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 4, 3),
        [("Хакан Фидан", "Анкара поддерживает возобновление", "2024-04-03")],
    )


def test_a_place_after_a_preposition_then_the_subject() -> None:
    text = (
        "АНКАРА, 28 октября. /ТАСС/. Президент Турции Реджеп Тайип Эрдоган в понедельник провел "
        "заседание правительства, посвященное ситуации в Газе.\n\n"
        "Позже в Анкаре Эрдоган заявил журналистам, что Турция готова выступить гарантом "
        "будущего перемирия.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 10, 28),
        [("Реджеп Тайип Эрдоган", "Турция готова выступить гарантом", "2024-10-28")],
    )
