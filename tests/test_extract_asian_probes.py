"""Failure classes found by running the extractor on real English pages from Asian and
multilateral outlets (Xinhua, People's Daily, MOFCOM coverage, UN Secretary-General pages;
issue 8), each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract
from tracker.extract.speakers import parse_speaker

MONDAY = datetime.date(2025, 5, 12)


def run(text: str, published: datetime.date | None = MONDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_family_name_he_is_not_a_pronoun_or_a_title() -> None:
    for written, role in (
        ("Vice Premier He Lifeng", "Vice Premier"),
        ("commerce ministry spokesperson He Yadong", "Spokesperson"),
        ("He Yongqian", None),
    ):
        phrase = parse_speaker(written)
        assert phrase is not None and phrase.kind == "person"
        assert phrase.name is not None and phrase.name.startswith("He ")
        assert phrase.role == role


def test_a_statement_by_he_lifeng_keeps_his_whole_name() -> None:
    text = (
        "BEIJING, May 12 (Xinhua) -- Chinese Vice Premier He Lifeng said on Monday that the "
        "trade consultations had been frank, in-depth and constructive.\n"
    )
    (found,) = run(text)
    assert found.speaker == "He Lifeng"
    assert found.said_on == "2025-05-12"


def test_a_first_person_clause_is_no_speaker() -> None:
    # a Secretary-General's remarks page: "I wrote ..." opens a clause, it names no one
    text = (
        "Remarks to the Security Council on the crisis\n\n"
        "Last month, I wrote to this Council urging every party to protect civilians.\n"
    )
    assert all(not (s.speaker or "").startswith("I ") for s in run(text))
    assert parse_speaker("I wrote to this Council") is None
    assert parse_speaker("We told the Assembly") is None
