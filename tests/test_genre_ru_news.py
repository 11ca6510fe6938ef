"""Russian-language news pages as whole layouts: wire copy of regional services, analytical
newspaper pieces with their authors' lines, regional and CIS outlets' stories about governors
and akims, stories giving two officials' words in one sentence. Pages written here in the
manner of several outlets; each expected statement is checked for its speaker, its first
words and its day."""

import datetime

import pytest

from tracker.extract import extract

PUB = datetime.date(2025, 3, 12)
DAY = "2025-03-12"


def _found(text: str, start: str) -> list[tuple[str, str | None]]:
    return [
        (s.speaker, s.said_on) for s in extract(text, published=PUB) if s.text.startswith(start)
    ]


# Interfax's regional services sign their datelines with the country, in either script
# ("Астана. 12 марта. INTERFAX.KZ –", "Интерфакс-Казахстан", "Интерфакс-Украина",
# "Интерфакс-Запад"), and Central Asian sites with their domain ("Kun.uz"): the credit and
# its dash are the dateline's, and the story's first words follow them.
REGIONAL_WIRE_DATELINES = [
    "Астана. 12 марта. Интерфакс-Казахстан – ",
    "Астана. 12 марта. INTERFAX.KZ – ",
    "Киев. 12 марта. Интерфакс-Украина - ",
    "Минск. 12 марта. Интерфакс-Запад - ",
    "Ташкент. 12 марта. Kun.uz - ",
    # near-misses: the forms read before stay as they were
    "Москва. 12 марта. INTERFAX.RU - ",
    "Киев. 12 марта. ИНТЕРФАКС-УКРАИНА - ",
    "Алматы. 12 марта. КазТАГ – ",
]


@pytest.mark.parametrize("dateline", REGIONAL_WIRE_DATELINES)
def test_regional_wire_dateline_credit_is_no_statement(dateline):
    text = (
        "Республика не станет площадкой для обхода санкций\n\n"
        f"{dateline}Республика не намерена становиться площадкой для обхода санкций, "
        "заявил официальный представитель МИД Бахыт Жумабеков.\n"
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=PUB)]
    assert found == [("Бахыт Жумабеков", DAY)]
    assert _found(text, "Республика не намерена становиться") == found
