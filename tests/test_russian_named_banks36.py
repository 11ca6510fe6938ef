"""Round thirty-six, review fixes: a bank named by its own adjective ("Всемирный банк",
"Европейский центральный банк") is its own speaker, not the central bank named before;
"регулятор", "ЦБ" and "Центробанк" refer back only to a central or national bank, and a
"регулятор" with a modifier of its own ("антимонопольный регулятор") to none. Each test in
new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_the_world_bank_after_the_bank_of_russia_is_its_own_speaker() -> None:
    text = (
        "МОСКВА, 21 апреля. /ТАСС/. Банк России сообщил, что кредитование бизнеса "
        "замедлилось. Всемирный банк в свою очередь сообщил, что ожидает снижения цен на "
        "нефть в будущем году.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 4, 21),
        [
            ("Банк России", "кредитование бизнеса замедлилось", "2025-04-21"),
            ("Всемирный банк", "ожидает снижения цен на", "2025-04-21"),
        ],
    )


def test_the_european_central_bank_is_not_the_bank_named_before() -> None:
    text = (
        "МОСКВА, 17 октября. /ТАСС/. Национальный банк Беларуси заявил, что курс рубля "
        "останется стабильным. Европейский центральный банк заявил, что намерен и дальше "
        "снижать ставки.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 10, 17),
        [
            ("Национальный банк Беларуси", "курс рубля останется", "2025-10-17"),
            ("Европейский центральный банк", "намерен и дальше снижать", "2025-10-17"),
        ],
    )


def test_a_central_bank_by_its_kind_is_still_the_one_named_before() -> None:
    """A near miss: passes before and after the change ("центральный" names no other
    bank)."""
    text = (
        "МОСКВА, 21 апреля. /ТАСС/. Банк России сообщил, что кредитование бизнеса "
        "замедлилось. Центральный банк также сообщил, что спрос на ипотеку снизился.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 4, 21),
        [
            ("Банк России", "кредитование бизнеса замедлилось", "2025-04-21"),
            ("Банк России", "спрос на ипотеку снизился", "2025-04-21"),
        ],
    )


def test_an_antitrust_regulator_after_the_central_bank_is_not_that_bank() -> None:
    text = (
        "МОСКВА, 9 сентября. /ТАСС/. Банк России заявил, что не видит рисков для финансовой "
        "стабильности.\n\n"
        "Министр энергетики Сергей Цивилев сообщил, что запасы топлива на складах растут.\n\n"
        "Антимонопольный регулятор также заявил, что изучит договоры нефтяных компаний.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 9, 9),
        [
            ("Банк России", "не видит рисков для", "2025-09-09"),
            ("Сергей Цивилев", "запасы топлива на складах", "2025-09-09"),
        ],
    )


def test_the_central_bank_after_the_world_bank_is_not_the_world_bank() -> None:
    text = (
        "МОСКВА, 9 сентября. /ТАСС/. Всемирный банк ухудшил прогноз роста экономики "
        "Китая. Центробанк заявил, что рост цен в России продолжает замедляться.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 9, 9),
        [("Центробанк", "рост цен в России продолжает", "2025-09-09")],
    )
