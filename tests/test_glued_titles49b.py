"""A page scraped without the spaces its line breaks stood for runs a post's last word into
the name after it ("Minister of Foreign AffairsRetno Marsudi", "ForeignMinister X"): the
post's word is no part of the name. A name written with a capital inside ("McDonald",
"DeSantis") is kept whole. Pages written here in the manner of a news agency's site."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PAGE = (
    "Jakarta (ANTARA) - Minister of Foreign AffairsRetno Marsudi held a phone call with "
    "Japanese ForeignMinister Yoshimasa Hayashi on Monday, during which they agreed to "
    "deepen cooperation.\n\n"
    "Marsudi said the two countries should speed up work on the maritime agreement.\n\n"
    "Hayashi said Japan values the partnership with Indonesia very highly.\n"
)

CAPITAL_INSIDE = (
    "The state lost its case in the appeals court on Monday.\n\n"
    "Governor Ron DeSantis said the state would take the case to the Supreme Court.\n\n"
    "Senator Mary McDonald said the appeal would only delay the inevitable.\n"
)


def _speakers(text: str) -> set[str | None]:
    return {s.speaker for s in extract(text, published=datetime.date(2023, 3, 14))}


def test_a_posts_word_run_into_the_name_is_split_off():
    got = _speakers(PAGE)
    assert "Retno Marsudi" in got
    assert "Yoshimasa Hayashi" in got
    assert not any(s and ("Affairs" in s or "Minister" in s) for s in got)


def test_a_name_with_a_capital_inside_is_kept_whole():
    got = _speakers(CAPITAL_INSIDE)
    assert "Ron DeSantis" in got
    assert "Mary McDonald" in got
