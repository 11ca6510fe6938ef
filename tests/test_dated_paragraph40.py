"""An unsigned Russian dateline ("МОСКВА, 3 июня —") over a story one of whose later
paragraphs opens its sentence with a day ("5 июня Кулеба посетит Брюссель"): that day is
the story's own telling, no other item's dateline, so the dateline still dates the words
above it. A digest's line that sets its day off as a dateline does ("11 июня. ...",
"Москва, 11 июня —"), and there the page's day stays. Stories written here, in the manner
of Ukrainian and Russian news sites."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2026, 6, 10)
LEAD = (
    "Кулеба о переговорах\n\nКИЕВ, 3 июня — Министр иностранных дел Украины Дмитрий Кулеба "
    "во вторник заявил, что Киев готов к переговорам.\n\n"
)


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["said_on"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


@pytest.mark.parametrize(
    "later",
    [
        "5 июня Кулеба посетит Брюссель, где проведет встречу с коллегами из ЕС.",
        "24 февраля 2022 года Россия начала военную операцию на Украине.",
        "7 июня в столице пройдет заседание правительства.",
    ],
)
def test_a_paragraph_opening_with_a_day_keeps_the_dateline(tmp_path: Path, later: str) -> None:
    assert _said(tmp_path, LEAD + later + "\n") == [("Дмитрий Кулеба", "2026-06-02")]


# near misses, right on both: a digest's next item, its day set off as a dateline
@pytest.mark.parametrize(
    "item",
    [
        "11 июня. Захарова заявила, что Москва ценит позицию Минска.",
        "11 июня — Захарова заявила, что Москва ценит позицию Минска.",
        "11 июня 2026 года: Захарова заявила, что Москва ценит позицию Минска.",
    ],
)
def test_a_digest_item_keeps_the_page_day(tmp_path: Path, item: str) -> None:
    said = _said(tmp_path, LEAD + item + "\n")
    assert said[0] == ("Дмитрий Кулеба", "2026-06-09"), said


@pytest.mark.parametrize("stamp", ["11 июня 2026, 18:51", "11 июня 2026 18:51"])
def test_a_stamped_item_keeps_the_page_day(tmp_path: Path, stamp: str) -> None:
    item = "Захарова заявила, что Москва ценит позицию Минска."
    said = _said(tmp_path, f"{LEAD}{stamp}\n{item}\n")
    assert said[0] == ("Дмитрий Кулеба", "2026-06-09"), said
