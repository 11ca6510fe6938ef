"""Statements found in real copy (issue 8, round fifteen, third wave). Each test in new
words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2025, 3, 14)


def _found(text: str, published: datetime.date) -> list[tuple[str | None, str, str]]:
    return [(s.speaker, s.said_on, s.text[:30]) for s in extract(text, published=published)]


def test_words_added_to_a_deed_stay_with_it() -> None:
    # "condemned the raid, adding that ...": the added words explain the stance taken
    text = (
        "Chilean Foreign Minister Alberto van Klaveren on Thursday condemned the raid on "
        "the consulate, adding that the staff had been threatened for weeks.\n"
    )
    found = _found(text, FRIDAY)
    assert len(found) == 1


def test_welcoming_the_owners_thing_is_no_statement_beside_the_words() -> None:
    # "welcomed the mayor's offer but said ...": the thing welcomed is a few words (the
    # owner's "'s" no word of its own); what was said is the second verb's
    text = (
        "Harbour union leader Rosa Pinto welcomed the mayor's offer but said the dockers "
        "would wait for a written text.\n"
    )
    found = _found(text, FRIDAY)
    assert [text for _, _, text in found] == ["the dockers would wait for a w"]
