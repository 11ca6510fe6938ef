"""A quotation closed by a mark of the wrong kind ("aggression.“ He spoke", German copy's
"„...“", a Russian "«...“" or "«...”") still ends there, and the statement with it: the
sentence after it is the reporter's, not the speaker's. So does a Russian quotation whose
stop stands inside its closing mark ("«... агрессию.» Он ..."). Stories written here, in the
manner of English-language wires and Russian agencies."""

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

EN = (
    "Minister warns on grain deal\n\n"
    "KYIV, June 5 (Reuters) - Foreign Minister Dmytro Kuleba said on Thursday: {open}We will "
    "not accept any deal that rewards aggression.{close} He spoke after talks in Ankara, "
    "where he met Turkish officials.\n"
)
RU = (
    "Кулеба о переговорах\n\n"
    "КИЕВ, 5 июня. /ТАСС/. Министр иностранных дел Украины Дмитрий Кулеба во вторник "
    "заявил: {open}Мы не примем никакой сделки, которая поощряет агрессию.{close} Он "
    "выступил после переговоров в Анкаре.\n"
)
EN_WANT = [("Dmytro Kuleba", "We will not accept any deal that rewards aggression.", "2026-06-04")]
RU_WANT = [
    ("Дмитрий Кулеба", "Мы не примем никакой сделки, которая поощряет агрессию.", "2026-06-02")
]


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (EN.format(open="\u201c", close="\u201c"), EN_WANT),
        (EN.format(open="\u201e", close="\u201c"), EN_WANT),
        (RU.format(open="\u00ab", close="\u201c"), RU_WANT),
        (RU.format(open="\u00ab", close="\u201d"), RU_WANT),
        (RU.format(open="\u00ab", close="\u00bb"), RU_WANT),
        (RU.format(open="\u201e", close="\u201c"), RU_WANT),
        # near misses, right on both: marks of the right kind
        (EN.format(open="\u201c", close="\u201d"), EN_WANT),
        (EN.format(open="\u201d", close="\u201d"), EN_WANT),
    ],
)
def test_the_statement_ends_with_the_quotation(page, want):
    got = [(s.speaker, s.text, s.said_on) for s in _extract(page)]
    assert got == want


def _extract(page):
    return extract(page, published=datetime.date(2026, 6, 5))


# near miss, right on both: a nested pair of another kind inside a Russian quotation stays in it
def test_a_nested_pair_stays_inside():
    page = (
        "Фидан о коридоре\n\n"
        "АНКАРА, 5 июня. /ТАСС/. Глава МИД Турции Хакан Фидан во вторник сказал: «Коридор "
        "останется открытым. Мы продолжим „зерновую сделку“ и после лета». Он не дал "
        "подробностей.\n"
    )
    assert_statements(
        page,
        datetime.date(2026, 6, 5),
        [
            (
                "Хакан Фидан",
                "Коридор останется открытым. Мы продолжим „зерновую сделку“ и после лета",
                "2026-06-02",
            )
        ],
    )
