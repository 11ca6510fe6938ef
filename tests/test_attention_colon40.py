"""A Russian briefing's point made with a colon for "на то, что": "Захарова обратила
внимание: Запад вновь ввел санкции." The words are the clause after the colon, as after
"высказал мнение: ..." (they were lost). Stories written here, in the manner of TASS and
RIA Novosti briefing copy."""

import datetime

import pytest

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2026, 6, 5)


def _page(sentence: str) -> str:
    return (
        "Брифинг МИД\n\nМОСКВА, 5 июня. /ТАСС/. Официальный представитель МИД России Мария "
        f"Захарова провела брифинг. {sentence}\n"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Захарова обратила внимание: Запад вновь ввел санкции против российских СМИ.",
        # near misses, right on both: the words in guillemets, "на то, что", a bare "что"
        "Она также обратила внимание: «Запад вновь ввел санкции против российских СМИ».",
        "Захарова обратила внимание на то, что Запад вновь ввел санкции против российских СМИ.",
        "Захарова обратила внимание, что Запад вновь ввел санкции против российских СМИ.",
    ],
)
def test_the_point_after_the_colon(sentence: str) -> None:
    assert_statements(_page(sentence), PUBLISHED, [("Мария Захарова", "Запад вновь", "2026-06-05")])
