"""Russian: "«...», — цитирует X агентство «Арменпресс»", "— цитирует Y «Sputnik Абхазия»":
an outlet quotes a person, and the outlet's name in quote marks is a title to its closing
mark, every word of it, never the one quoted; the person quoted (in the accusative) speaks.
Pages written here, in the manner of Russian-language agencies in the region."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 5, 12)
LEAD = (
    "Переговоры продолжатся\n\n"
    "ЕРЕВАН, 12 мая. /Новости-Армения/. Стороны продолжат работу над текстом документа.\n\n"
)


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "«Остались два нерешенных пункта», — цитирует премьер-министра Никола Пашиняна "
            "агентство «Арменпресс».",
            "Пашинян",
        ),
        (
            "Министр иностранных дел Абхазии Сергей Шамба выступил в парламенте.\n\n"
            '"Мы не подпишем документ в таком виде", — цитирует Шамба "Sputnik Абхазия".',
            "Шамба",
        ),
        (
            "«Диалог будет продолжен», — цитирует министра Арарата Мирзояна портал "
            "«Новости Армении».",
            "Мирзоян",
        ),
    ],
)
def test_the_person_an_outlet_quotes_speaks(tmp_path: Path, line: str, who: str) -> None:
    said = ingested_statements(tmp_path, LEAD + line + "\n", PUBLISHED)
    quoted = [s for s in said if s["kind"] == "direct"]
    assert quoted
    assert who in (quoted[0]["speaker"] or "")


def test_an_outlet_before_the_person_still_gives_the_person(tmp_path: Path) -> None:
    """Near miss: the outlet in quote marks first, the person after it."""
    line = "«Мы не станем торопиться», — цитирует «Интерфакс» главу МИД Сергея Лаврова."
    said = ingested_statements(tmp_path, LEAD + line + "\n", PUBLISHED)
    quoted = [s for s in said if s["kind"] == "direct"]
    assert quoted and "Лавров" in (quoted[0]["speaker"] or "")
