"""One check the page-genre tests share: a page gives exactly the statements expected."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def assert_statements(
    text: str, published: datetime.date, expected: list[tuple[str, str, str]]
) -> None:
    """``text`` gives one statement per ``(speaker, first words, day)`` of ``expected``, in
    order: that speaker, words starting so, said on that day ("" for none)."""
    got = [(s.speaker, s.text, s.said_on or "") for s in extract(text, published=published)]
    assert len(got) == len(expected), got
    for (speaker, start, day), (got_speaker, got_text, got_day) in zip(expected, got, strict=True):
        assert got_speaker == speaker, got
        assert got_text.startswith(start), got
        assert got_day == day, got
