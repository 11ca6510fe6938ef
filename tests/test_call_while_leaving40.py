"""A clause of when between "called" and what was called for: "X called as he left the
session for an end to ...", "called while visiting Doha for a ceasefire". The clause tells
the time of the call, and a trip's "for" before a place ("left Tehran for Doha") is no part
of the call; the words open at the "for" of what was called for. Stories written here, in
the manner of Reuters and Al Jazeera."""

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2026, 6, 10)


def _said(sentence: str) -> list[tuple[str | None, str]]:
    page = f"Iran on Gaza\n\nTEHRAN (Reuters) - {sentence}\n"
    return [(s.speaker, s.text) for s in extract(page, published=PUBLISHED)]


@pytest.mark.parametrize(
    ("sentence", "start"),
    [
        (
            "Foreign Ministry spokesman Nasser Kanaani called as he left the session for an "
            "end to the attacks on Gaza.",
            "for an end to the attacks",
        ),
        (
            "Foreign Ministry spokesman Nasser Kanaani called as he left Tehran for Doha for an "
            "immediate ceasefire in Gaza.",
            "for an immediate ceasefire",
        ),
        (
            "Foreign Ministry spokesman Nasser Kanaani called while visiting Doha for a halt to "
            "the fighting.",
            "for a halt to the fighting",
        ),
    ],
)
def test_the_words_open_at_what_was_called_for(sentence: str, start: str) -> None:
    said = _said(sentence)
    assert [who for who, _ in said] == ["Nasser Kanaani"], said
    assert said[0][1].startswith(start), said


# near miss, right on both: the clause of when after the words
def test_a_clause_after_the_words_stays() -> None:
    said = _said(
        "Foreign Ministry spokesman Nasser Kanaani called for an end to the attacks on Gaza as "
        "he left Tehran for Doha."
    )
    assert [who for who, _ in said] == ["Nasser Kanaani"], said
    assert said[0][1].startswith("called for an end to the attacks"), said
