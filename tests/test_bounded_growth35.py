"""Hostile pages cost time in proportion to their size: one pattern repeated to 25 000 and
to 200 000 characters (eight times as much) takes no more than about eight times as long.
Each case was quadratic once: a paragraph of quotation marks of mixed kinds, a digest of
thousands of datelined items, a paragraph of quotes each attributed, thousands of labels
each naming another person, thousands of name-and-colon lines, and a page that lost its
spaces (one word: a name pattern tried from each of its capitals read to its end).
"""

from __future__ import annotations

import datetime
import time

import pytest

from tracker.extract import extract

PATTERNS = {
    "marks of every kind": "\"\u201c\u00ab\u2018'\u201d\u00bb\u2019\u201e\u201a",
    "datelined items": "MOSCOW, December 17. /TASS/. Lavrov said the talks were over.\n",
    "attributed quotes in one paragraph": "\u201cWe will not give up,\u201d Lavrov said on "
    "Monday. \u00abTalks are over\u00bb, he added. ",
    "a label for each person": "MR SMITH{n}: We will not comment on that matter today.\n",
    "a name and a colon a line": "Lavrov{n}: the talks will resume.\n",
    "one endless word": "Lavrovsaidthetalkswereover",
}
_SMALL, _LARGE = 25_000, 200_000
# linear is 8; a quadratic cost makes it 64 (the starting code: 15 to 40)
_MOST_GROWTH = 13


def _page(unit: str, size: int) -> str:
    parts, total, n = [], 0, 0
    while total < size:
        piece = unit.replace("{n}", str(n))
        parts.append(piece)
        total += len(piece)
        n += 1
    return "".join(parts)[:size]


def _seconds(text: str) -> float:
    start = time.process_time()
    extract(text, published=datetime.date(2024, 1, 1))
    return time.process_time() - start


@pytest.mark.parametrize("unit", PATTERNS.values(), ids=PATTERNS.keys())
def test_time_grows_in_proportion_to_the_page(unit: str) -> None:
    small = min(_seconds(_page(unit, _SMALL)) for _ in range(2))
    large = _seconds(_page(unit, _LARGE))
    assert large < _MOST_GROWTH * max(small, 0.02), (small, large)
