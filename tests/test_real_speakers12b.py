"""Who spoke and where their words end in real copy (issue 8, round twelve, post-blind wave:
classes left on the open sets). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 3, 13)


def test_a_contrast_clause_after_a_closing_mark_has_its_own_speaker() -> None:
    # 'X welcomed ... as a "turning point," while Y said ...': the comma sits inside the
    # closing mark, and what follows "while" is another speaker's words
    text = (
        'President Anna Kovac welcomed the new trade accord on Tuesday as a "turning point," '
        "while opposition leader Marek Horvat said the deal would cost thousands of jobs.\n\n"
        '"This is a good day for our farmers," Kovac said.'
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Anna Kovac", "Marek Horvat", "Anna Kovac"]
    assert "Horvat" not in found[0].text
