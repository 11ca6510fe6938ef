"""A paragraph of a ministry's unnamed voice ("В МИД заявили, что ... Также в ведомстве
отметили, что ...") that the next sentence gives a person ("Об этом сказал пресс-секретарь
МИД X"): "об этом" points at the whole paragraph, so each of its statements is X's, not
only the last; and a standfirst repeating the lead word for word is the same statement, X's
too. A person's own statement in the paragraph stops it. Stories written here, in the manner
of Ukrainian and Belarusian news sites writing in Russian."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2021, 8, 10)
HEAD = "МИД Литвы ответил на претензии Минска\n\n"
LEAD = (
    "В МИД Литвы заявили, что Вильнюс не намерен менять свою позицию по транзиту "
    "калийных удобрений."
)
SECOND = "Также в ведомстве отметили, что страна открыта для консультаций с соседями."
TOLD = "Об этом сказал официальный представитель МИД Литвы Паулюс Ионушас, передает BNS.\n"


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"][:30]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_the_whole_paragraph_before_is_the_named_persons(tmp_path: Path) -> None:
    said = _said(tmp_path, f"{HEAD}{LEAD} {SECOND}\n\n{TOLD}")
    assert said == [
        ("Паулюс Ионушас", "В МИД Литвы заявили, что Вильн"),
        ("Паулюс Ионушас", "Также в ведомстве отметили, чт"),
    ], said


def test_the_same_in_one_paragraph(tmp_path: Path) -> None:
    said = _said(tmp_path, f"{HEAD}{LEAD} {SECOND} {TOLD}")
    assert [who for who, _ in said] == ["Паулюс Ионушас", "Паулюс Ионушас"], said


def test_a_standfirst_repeating_the_lead_is_his_too(tmp_path: Path) -> None:
    said = _said(tmp_path, f"{HEAD}{LEAD}\n\n{LEAD} {SECOND}\n\n{TOLD}")
    assert [who for who, _ in said] == ["Паулюс Ионушас"] * 3, said


# near miss: a person's statement earlier in the paragraph stays his
def test_a_persons_statement_before_stays_his(tmp_path: Path) -> None:
    text = (
        f"{HEAD}Президент Литвы Гитанас Науседа заявил, что Вильнюс не пойдет на уступки "
        f"Минску. {SECOND}\n\n{TOLD}"
    )
    said = _said(tmp_path, text)
    assert [who for who, _ in said] == ["Гитанас Науседа", "Паулюс Ионушас"], said
