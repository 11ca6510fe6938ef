"""Round thirty-one, Russian press: two Chinese officials sharing a surname ("Ван И",
"Ван Вэньбинь") are two people, told apart by the given name that follows it; "генсек
альянса" is the "генеральный секретарь НАТО" named before. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_two_chinese_officials_sharing_a_surname_are_two_people() -> None:
    text = (
        "РИА Новости\n24.02.2023\n\n"
        "ПЕКИН, 24 фев - РИА Новости. Ранее, 18 февраля, член Политбюро ЦК КПК Ван И на "
        "Мюнхенской конференции заявил, что Пекин представит свой мирный план.\n\n"
        "Официальный представитель МИД КНР Ван Вэньбинь в четверг сказал, что документ будет "
        "опубликован в ближайшие дни.\n"
    )
    assert_statements(
        text,
        datetime.date(2023, 2, 24),
        [
            ("Ван И", "Пекин представит", "2023-02-18"),
            ("Ван Вэньбинь", "документ будет", "2023-02-23"),
        ],
    )


def test_the_alliance_s_secretary_general_is_nato_s() -> None:
    text = (
        "Интерфакс-Украина\n14.02.2023\n\n"
        "Киев. 14 февраля. ИНТЕРФАКС-УКРАИНА - Союзники должны ускорить поставки.\n\n"
        "Как сообщалось, накануне генеральный секретарь НАТО Йенс Столтенберг в Брюсселе "
        "заявил, что Украина расходует снаряды быстрее, чем их производят.\n\n"
        '"Мы должны действовать быстрее. Время играет против нас", - подчеркнул генсек '
        "альянса.\n"
    )
    assert_statements(
        text,
        datetime.date(2023, 2, 14),
        [
            ("Йенс Столтенберг", "Украина расходует", "2023-02-13"),
            ("Йенс Столтенберг", "Мы должны действовать", "2023-02-13"),
        ],
    )
