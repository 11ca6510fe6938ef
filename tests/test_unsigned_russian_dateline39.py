"""A Russian dateline with no agency signing it: "КИЕВ, 3 июня —", the place in capitals, the
day, then a dash and the story. It is the story's dateline as the signed forms are, so "во
вторник" counts back from its day, not from a publication date a week later. Stories written
here, in the manner of Ukrainian and Russian news sites."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tracker import reader
from tracker.article import Overrides
from tracker.extract.meta import find_dateline
from tracker.services.ingest import prepare

STORY = "Министр иностранных дел Украины Дмитрий Кулеба во вторник заявил, что Киев готов к "
STORY += "переговорам."


def _said_on(tmp_path: Path, head: str, published: datetime.date) -> list[tuple[str, str]]:
    path = tmp_path / "article.txt"
    path.write_text(f"Кулеба о переговорах\n\n{head} {STORY}\n", encoding="utf-8")
    prepared = prepare(reader.Input(str(path), "file"), overrides=Overrides(published=published))
    return [(s["speaker"], s["said_on"]) for s in prepared.contract()["statements"]]


@pytest.mark.parametrize(
    "head", ["КИЕВ, 3 июня -", "КИЕВ, 3 июня —", "НЬЮ-ЙОРК, 3 июня 2026 года –"]
)
def test_an_unsigned_dateline_dates_the_weekday(tmp_path: Path, head: str) -> None:
    said = _said_on(tmp_path, head, datetime.date(2026, 6, 10))
    assert said == [("Дмитрий Кулеба", "2026-06-02")]


# near miss, right on both: a signed dateline keeps its agency
def test_a_signed_dateline_keeps_its_outlet() -> None:
    found = find_dateline(f"Кулеба о переговорах\n\nКИЕВ, 3 июня - РИА Новости. {STORY}\n")
    assert found is not None and (found.place, found.outlet, found.month_day) == (
        "КИЕВ",
        "РИА Новости",
        (6, 3),
    )


def test_an_unsigned_dateline_names_no_outlet() -> None:
    found = find_dateline(f"Кулеба о переговорах\n\nКИЕВ, 3 июня — {STORY}\n")
    assert found is not None and (found.place, found.outlet, found.month_day) == (
        "КИЕВ",
        "",
        (6, 3),
    )
