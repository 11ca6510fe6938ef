"""Who speaks and what is said in real copy (issue 8, round fifteen, fifth wave): classes
found in articles nobody here wrote, tested in sentences written for these tests.

Every sentence here is written for the test; none is copied from an article.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2025, 3, 6)


def said(text: str, published: datetime.date = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_warning_against_a_noun_with_a_relative_clause_opens_at_against() -> None:
    # "cautioned X on Monday against steps that could ...": the "that" after the advice's
    # noun is a relative; the words are the advice from "against", the ones advised and
    # the day before it are not
    text = (
        "Vienna Urges Restraint\n\n"
        "VIENNA, March 6 - Austrian Foreign Minister Karl Brenner cautioned the allies on "
        "Wednesday against steps that could widen the war in the east.\n\n"
        "Belgian Foreign Minister Paul Maes warned against promises that nobody in the "
        "alliance could keep.\n"
    )
    texts = {s.speaker: s.text for s in said(text)}
    assert texts["Karl Brenner"].startswith("against steps that could widen")
    assert texts["Paul Maes"].startswith("against promises that nobody")
