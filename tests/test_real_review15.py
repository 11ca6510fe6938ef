"""Behaviour settled in the review of round fifteen (issue 8), each in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MARCH = datetime.date(2017, 3, 1)


def test_words_quoted_with_two_apostrophes_read_with_single_spaces() -> None:
    # ''...'' typed for quotation marks: read as the marks, the statement's words shown as
    # a reader would write them, not with the pair's second character left as a space
    text = (
        "WASHINGTON -- The senator spoke to reporters on Tuesday.\n\n"
        "Senator Ann Roe called the bill ''a gift to lobbyists'' and said she would vote "
        "against it.\n"
    )
    words = [s.text for s in extract(text, published=MARCH)]
    assert any("\u201ca gift to lobbyists\u201d" in w for w in words)
    assert not any("  " in w for w in words)
