"""'X issued a statement in which it said ...': the one who issued the document speaks in
it, as in 'X said in a statement'; the pronoun opening the relative clause goes back to the
clause's subject, and a verb of naming there has its own object (issue 8, round twenty).
Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2024, 5, 10)  # a Friday


def _found(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=PUB)]


def _has(text: str, speaker: str, start: str, day: str) -> bool:
    return any(s == speaker and t.startswith(start) and d == day for s, t, d in _found(text))


def _article(body: str) -> str:
    return "Talks end without a deal\n\nLIMA, May 10 (Wire) - " + body + "\n"


def test_a_body_that_issued_a_note_speaks_in_it() -> None:
    text = _article(
        "The Chilean delegation backed the final text but circulated a note in which it said "
        "it could not accept the clause on fisheries."
    )
    assert _has(text, "Chilean Delegation", "it could not accept the clause", "2024-05-10")


def test_the_issuers_day_dates_its_words() -> None:
    text = _article(
        "Peru's foreign ministry issued a statement on Tuesday in which it said the border "
        "crossing would stay closed."
    )
    assert _has(text, "Peruvian Foreign Ministry", "the border crossing would", "2024-05-07")


def test_a_person_who_posted_a_video_speaks_in_it() -> None:
    text = _article(
        "Foreign Minister Elena Paredes released a video in which she urged both sides to "
        "return to the table."
    )
    assert any(s == "Elena Paredes" and "both sides to return" in t for s, t, _ in _found(text))


def test_a_name_given_in_the_document_is_the_issuers_words() -> None:
    text = _article(
        "Bolivia's foreign ministry published a statement in which it called the proposal "
        '"an insult to the region".'
    )
    assert any(
        s == "Bolivian Foreign Ministry" and t.startswith("the proposal")
        for s, t, _ in _found(text)
    )


def test_others_named_speaking_in_the_document_are_not_its_issuer() -> None:
    text = _article(
        "The committee published a report in which independent experts said the fishing "
        "quotas were too high."
    )
    assert not any(s == "committee" or s == "Committee" for s, _, _ in _found(text))
