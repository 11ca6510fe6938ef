"""A man's surname in the instrumental after "с" ("в беседе с Реджепом Тайипом Эрдоганом")
ends before a foreign surname the dictionary lacks ("Гутерриш", "Шольц"): the analyser
guesses it may also be a woman's surname that does not decline, but a man's name does not
go on with a woman's surname, so the word after is the subject. Stories written here in the
manner of РИА Новости and Газета.Ru; each expected statement is checked for its speaker,
its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 9, 23)

LEAD = (
    "Генсек ООН прибыл в Анкару\n\n"
    "НЬЮ-ЙОРК, 23 сен — РИА Новости. Генеральный секретарь ООН Антониу Гутерриш прибыл в "
    "Анкару. "
)
FULL_NAME_PARTNER = (
    LEAD + "В беседе с Реджепом Тайипом Эрдоганом Гутерриш подчеркнул, что Турция играет "
    "важную роль в регионе.\n"
)
SURNAME_PARTNER = (
    LEAD + "В беседе с Эрдоганом Гутерриш подчеркнул, что Турция играет важную роль.\n"
)
SURNAME_NOT_NAMED_BEFORE = (
    "Шольц посетил Анкару\n\n"
    "БЕРЛИН, 23 сентября. В беседе с Эрдоганом Шольц подчеркнул, что Германия ценит "
    "посредничество Анкары.\n"
)
# near miss: a surname that does not decline after a given name is the partner's own
UNDECLINED_SURNAME = (
    LEAD + "В беседе с Жозе Мануэлем Баррозу генсек подчеркнул, что Европа должна помочь.\n"
)
# near miss: a woman's partner name stays whole; the post after it speaks
HER_NAME = (
    LEAD + "После встречи с Кайей Каллас генсек ООН заявил, что ЕС поддерживает усилия ООН.\n"
)


def test_full_name_partner() -> None:
    assert_statements(
        FULL_NAME_PARTNER,
        PUBLISHED,
        [("Антониу Гутерриш", "Турция играет важную роль", "2025-09-23")],
    )


def test_surname_partner() -> None:
    assert_statements(
        SURNAME_PARTNER,
        PUBLISHED,
        [("Антониу Гутерриш", "Турция играет важную роль", "2025-09-23")],
    )


def test_surname_not_named_before() -> None:
    assert_statements(
        SURNAME_NOT_NAMED_BEFORE,
        PUBLISHED,
        [("Шольц", "Германия ценит посредничество", "2025-09-23")],
    )


def test_undeclined_surname() -> None:
    assert_statements(
        UNDECLINED_SURNAME,
        PUBLISHED,
        [("Антониу Гутерриш", "Европа должна помочь", "2025-09-23")],
    )


def test_her_name() -> None:
    assert_statements(
        HER_NAME,
        PUBLISHED,
        [("Антониу Гутерриш", "ЕС поддерживает усилия ООН", "2025-09-23")],
    )
