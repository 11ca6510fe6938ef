"""A ministry's record giving one side's remarks in gist, under a line naming the gist by any
word for it, with its article or without ("The main points of Minister X's remarks are as
follows.", "Key points of ...:", a heading's "Summary of ...:"): the points below are X's,
reported (indirect), not a transcript; "The full text of ..." stays the words as spoken.
Pages written here in the manner of such a ministry's site."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

LEAD = (
    "Japan-Peru Foreign Ministers' Meeting\n\n"
    "On June 2, Mr. TAKAMURA Shinji, Minister for Foreign Affairs of Japan, held a meeting "
    "with Foreign Minister Lucia Paredes of Peru in Lima. The overview of the meeting is as "
    "follows.\n\n"
)
POINTS = (
    "\n  1. I am delighted to make my first visit to Peru as Foreign Minister.\n"
    "  2. Japan will deepen cooperation with Peru on critical minerals.\n"
)


def _kinds(heading: str) -> list[tuple[str | None, str]]:
    found = extract(
        LEAD + heading + POINTS,
        published=datetime.date(2025, 6, 2),
        url="https://www.mofa.go.jp/la_c/sa/page4e_000002.html",
    )
    return [(s.speaker, s.kind) for s in found]


@pytest.mark.parametrize(
    "heading",
    [
        "(1) The main points of Minister Takamura's opening remarks are as follows.",
        "(1) Key points of Minister Takamura's remarks are as follows:",
        "(1) Summary of Minister Takamura's opening remarks:",
    ],
)
def test_a_gist_by_other_words_is_reported(heading: str):
    got = _kinds(heading)
    assert got and all(w and "Takamura" in w and k == "indirect" for w, k in got), got


def test_the_full_text_stays_the_words():
    got = _kinds("(1) The full text of Minister Takamura's opening remarks is as follows.")
    assert got and all(k == "direct" for _, k in got), got
