"""A verb of speaking out with the judgement given as an adverb ("высказался скептически по
поводу перемирия", "высказалась резко против уступок"): the judgement and what it was given
on are what was said, as "высказался против ..." already is. "Высказался о встрече", with no
adverb, still tells only the topic. Stories written here, in the manner of Ukrainian and
Belarusian news sites writing in Russian."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2023, 3, 18)


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


@pytest.mark.parametrize(
    ("how", "on"),
    [
        ("скептически", "по поводу возможного перемирия на Украине"),
        ("крайне негативно", "о переговорах с Москвой"),
        ("резко", "против любых уступок Кремлю"),
        ("положительно", "в отношении нового пакета санкций"),
    ],
)
def test_the_judgement_given_is_what_was_said(tmp_path: Path, how: str, on: str) -> None:
    text = (
        "Глава МИД Латвии оценил перспективы переговоров\n\n18.03.2023\n\n"
        f"Министр иностранных дел Латвии Эдгарс Ринкевичс высказался {how} {on}.\n"
    )
    said = _said(tmp_path, text)
    assert said == [("Эдгарс Ринкевичс", f"{how} {on}")], said


# near misses: the topic alone, or an adverb of manner that gives no judgement
@pytest.mark.parametrize(
    "rest",
    [
        "о ситуации на Украине",
        "впервые о ситуации на Украине",
        "публично по поводу ситуации на Украине",
    ],
)
def test_the_topic_alone_is_no_statement(tmp_path: Path, rest: str) -> None:
    text = (
        "Глава МИД Латвии оценил перспективы переговоров\n\n18.03.2023\n\n"
        f"Министр иностранных дел Латвии Эдгарс Ринкевичс высказался {rest}.\n"
    )
    assert _said(tmp_path, text) == []
