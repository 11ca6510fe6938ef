"""Round thirty-seven, Russian-language press of the neighbouring states (read set w37d): "Об
этом сообщила пресс-служба главы государства" after "Президент Беларуси Александр Лукашенко"
is the press service of that president, named by his post, as the corpus names a ministry's
service by its country ("МИД Армении"); with two presidents named (a call between them) the
words do not say whose, and the service stays as written. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2026, 11, 18)


def test_the_head_of_states_service_after_a_president_named() -> None:
    text = (
        "Политика\n18 ноября 2026, 12:10\n\n"
        "Президент Таджикистана Эмомали Рахмон принял в Душанбе министра иностранных дел "
        "Китая Ван И.\n\n"
        "Как сообщила пресс-служба главы государства, на встрече обсуждались строительство "
        "дорог и поставки электроэнергии.\n"
    )
    assert_statements(
        text,
        _DAY,
        [("пресс-служба Президента Таджикистана", "на встрече обсуждались", "2026-11-18")],
    )


def test_the_presidents_service_reporting_the_meeting_itself() -> None:
    text = (
        "Политика\n18 ноября 2026, 16:45\n\n"
        "Президент Кыргызстана Садыр Жапаров в среду провел встречу с послом Японии. Об "
        "этом сообщила пресс-служба президента.\n\n"
        "По данным пресс-службы президента, стороны обсудили гранты на закупку медицинского "
        "оборудования.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("пресс-служба Президента Кыргызстана", "Президент Кыргызстана", "2026-11-18"),
            ("пресс-служба Президента Кыргызстана", "стороны обсудили", "2026-11-18"),
        ],
    )


def test_two_presidents_leave_the_service_as_written() -> None:
    """Near miss (passes on the starting code too): whose service, of two presidents on a
    call, the words do not say."""
    text = (
        "Политика\n18 ноября 2026, 09:30\n\n"
        "Президент Азербайджана Ильхам Алиев провел телефонный разговор с президентом "
        "Казахстана Касым-Жомартом Токаевым. Как сообщила пресс-служба главы государства, "
        "стороны обсудили транзит нефти.\n"
    )
    assert_statements(
        text,
        _DAY,
        [("пресс-служба главы государства", "стороны обсудили", "2026-11-18")],
    )
