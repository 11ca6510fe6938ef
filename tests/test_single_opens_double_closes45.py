"""A quotation opened by a single mark and closed by a double one ("\u2018We join ...,\u201d
the minister said"), a slip of the keyboard: the words run from the single mark, not from
the sentence before the closing mark. Not a quotation in single marks closed by its own
(British style, "\u2018We do not accept this,\u2019 she said"), nor an apostrophe inside a word.
Stories written here in the manner of South African political copy."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 11, 7)

LEAD = (
    "Pandor calls for Gaza ceasefire\n\n"
    "International Relations Minister Naledi Pandor on Tuesday called for an immediate "
    "ceasefire in Gaza.\n\n"
)
MISMATCHED = LEAD + (
    "\u2018We stand with the world in condemning the attacks on civilians and hospitals. "
    "They remind us of what we lived through under apartheid, and we won\u2019t stay silent,"
    "\u201d Pandor said in the National Assembly on Tuesday.\n"
)
# near miss: single marks closed by their own, the double ones a word's quotation after it
SINGLE_PAIR = LEAD + (
    "\u2018We stand with the world in condemning the attacks on civilians,\u2019 Pandor said, "
    "calling the siege \u201ccollective punishment\u201d.\n"
)


def _texts(page: str) -> list[str]:
    return [s.text for s in extract(page, published=PUBLISHED)]


def test_quote_opened_by_single_mark_closed_by_double_runs_from_its_start() -> None:
    got = _texts(MISMATCHED)
    assert len(got) == 2, got
    assert got[1].startswith("We stand with the world in condemning"), got
    assert got[1].endswith("we won\u2019t stay silent"), got


def test_single_marks_closed_by_their_own_are_unchanged() -> None:
    got = _texts(SINGLE_PAIR)
    assert not any(t.startswith("collective punishment") for t in got), got
    # the words in single marks are one statement from their first word to "civilians",
    # not run on to the double mark after "collective punishment" past "Pandor said" (the
    # participle's words, "the siege \u201ccollective punishment\u201d", follow as before)
    said = [t for t in got if "We stand with the world" in t]
    assert len(said) == 1, got
    words = said[0].lstrip("\u2018")
    assert words.startswith("We stand with the world in condemning the attacks on civilians "), got
    assert "Pandor said" not in words and "\u2019" not in words, got
