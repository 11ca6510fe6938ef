"""Finding a statement's words in its source text, when a person has typed them again.

A reviewer who corrects a proposal's words, or an editor who corrects a recorded
statement, types them as they read them: the citation must still point at the
exact characters of the source. The words are looked for as typed, then with any
run of white space and any kind of quotation mark or apostrophe taken as the same;
of several places, the one nearest to where the statement was is taken.
"""

from __future__ import annotations

import re

QUOTES = "\"'\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f\u00ab\u00bb`"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015"


def find_span(source: str, words: str, *, near: int = 0) -> tuple[int, int] | None:
    """(start, end) of `words` in `source`, nearest to `near`; None when not there."""
    wanted = words.strip()
    if not wanted:
        return None
    places = _exactly(source, wanted) or _loosely(source, wanted)
    if not places:
        return None
    return min(places, key=lambda span: (abs(span[0] - near), span[0]))


def _exactly(source: str, wanted: str) -> list[tuple[int, int]]:
    places, at = [], source.find(wanted)
    while at >= 0:
        places.append((at, at + len(wanted)))
        at = source.find(wanted, at + 1)
    return places


def _loosely(source: str, wanted: str) -> list[tuple[int, int]]:
    parts = []
    for char in wanted:
        if char.isspace():
            if parts and parts[-1] != r"\s+":
                parts.append(r"\s+")
        elif char in QUOTES:
            parts.append(f"[{re.escape(QUOTES)}]")
        elif char in DASHES:
            parts.append(f"[{re.escape(DASHES)}]")
        else:
            parts.append(re.escape(char))
    pattern = re.compile("".join(parts))
    return [(m.start(), m.end()) for m in pattern.finditer(source)]
