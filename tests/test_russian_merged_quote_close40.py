"""Russian print merges the closing marks of a quotation nested in «ёлочки» and the one around
it into one "»" ("с «сожалением наблюдает, как Россия «вернула Грузию в свою орбиту», ..."): the
outer quotation ends there, so the next sentence, with its own attribution, is no part of it.
Stories written here, in the manner of Russian news sites."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements
from tracker.extract.russian.text import find_quotes

MERGED = (
    "Президент Молдавии Майя Санду заявила, что с «тревогой следит, как Москва «возвращает "
    "соседей в свою орбиту», давая понять, «что ошибка на выборах будет стоить дорого». "
    "Санду утверждает, что похожий сценарий разворачивается вокруг Армении."
)


def _statements(tmp_path: Path, body: str) -> list[tuple[str, str]]:
    text = f"Санду об Армении\n\nКИШИНЕВ, 12 марта. /ТАСС/. {body}\n"
    found = ingested_statements(tmp_path, text, datetime.date(2025, 3, 12))
    return [(s["speaker"], s["text"]) for s in found]


def test_the_merged_mark_ends_the_outer_quotation() -> None:
    quotes = [[MERGED[a:b] for a, b in q.pieces] for q in find_quotes(MERGED)]
    assert quotes == [
        ["тревогой следит, как Москва «возвращает соседей в свою орбиту"],
        ["что ошибка на выборах будет стоить дорого"],
    ]


def test_the_next_sentence_is_a_statement_of_its_own(tmp_path: Path) -> None:
    said = _statements(tmp_path, MERGED)
    assert said[-1] == ("Майя Санду", "похожий сценарий разворачивается вокруг Армении")
    assert not any("Армении" in text for _, text in said[:-1])


# near misses: a quotation of paragraphs, each opened by a mark and closed at the last, and a
# nested quotation closed by its own marks keep their reading
def test_a_quotation_of_paragraphs_goes_on() -> None:
    text = (
        "Санду заявила: «Москва «возвращает соседей в свою орбиту», и мы это видим.\n"
        "«Мы не позволим этого», — добавила она."
    )
    quotes = [[text[a:b] for a, b in q.pieces] for q in find_quotes(text)]
    assert quotes[0][0].startswith("Москва «возвращает") and quotes[0][0].endswith("видим.")
    assert len(quotes[0]) == 2


def test_a_closed_nested_quotation_is_unchanged() -> None:
    text = "Санду заявила: «Москва «возвращает соседей в свою орбиту», и мы это видим»."
    quotes = [[text[a:b] for a, b in q.pieces] for q in find_quotes(text)]
    assert quotes == [["Москва «возвращает соседей в свою орбиту», и мы это видим"]]
