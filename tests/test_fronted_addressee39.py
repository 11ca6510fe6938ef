"""A name right before "он" or "она" and the verb ("Макрону он сказал, что ...") is the one
addressed, put first; the pronoun is the subject, as РИА Новости and Лента.ру write of
leaders' calls. Stories written here; each expected statement is checked for its speaker,
its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 9, 23)

LEAD = (
    "Эрдоган провел разговор с Макроном\n\n"
    "ВАШИНГТОН, 23 сен — РИА Новости. Президент Турции Реджеп Тайип Эрдоган провел "
    "телефонный разговор с президентом Франции Эммануэлем Макроном. "
)
ADDRESSEE_FIRST = LEAD + "Макрону он сказал, что Анкара готова принять новый раунд переговоров.\n"
ADDRESSEE_FULL_NAME_FIRST = (
    LEAD + "Эммануэлю Макрону он также сказал, что Анкара готова принять новый раунд.\n"
)
# near miss: a name before a name is the subject's own; the fronted addressee is "Макрону"
ADDRESSEE_BEFORE_NAME = LEAD + "Макрону Эрдоган сказал, что Анкара готова принять новый раунд.\n"
# near miss: the pronoun after a comma closes an aside; the name before speaks
NAME_THEN_ASIDE = (
    LEAD + "Макрон, как и он, заявил, что Париж готов поддержать новый раунд переговоров.\n"
)


def test_addressee_first() -> None:
    assert_statements(
        ADDRESSEE_FIRST,
        PUBLISHED,
        [("Реджеп Тайип Эрдоган", "Анкара готова принять", "2025-09-23")],
    )


def test_addressee_full_name_first() -> None:
    assert_statements(
        ADDRESSEE_FULL_NAME_FIRST,
        PUBLISHED,
        [("Реджеп Тайип Эрдоган", "Анкара готова принять", "2025-09-23")],
    )


def test_addressee_before_name() -> None:
    assert_statements(
        ADDRESSEE_BEFORE_NAME,
        PUBLISHED,
        [("Реджеп Тайип Эрдоган", "Анкара готова принять", "2025-09-23")],
    )


def test_name_then_aside() -> None:
    assert_statements(
        NAME_THEN_ASIDE,
        PUBLISHED,
        [("Эммануэль Макрон", "Париж готов поддержать", "2025-09-23")],
    )
