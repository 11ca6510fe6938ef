"""Live pages: a page of entries each stamped with the time of posting ("13.05 BST").

An entry opens on what happened since the last one, so "X has told state media that ..." in
an entry's first paragraph is news of the entry's day, not words from some time before the
page, as the perfect means in a story (and in the entry's later paragraphs, its background:
"Sanders has said he would be honoured to meet the pope"). A live page's entries stamped by
the time alone are the page's own day, or that of the date line above them on a page of
several days.
"""

from __future__ import annotations

import bisect
import datetime
import re
from collections.abc import Sequence

from tracker.extract.meta import date_lines
from tracker.extract.when import MONTHS, TIME_STAMP_LINE, When

# "has told", "same occasion as 'has confirmed'": a perfect of saying the date reading took
# for words before the page's day; not "has repeatedly said", "has long argued" (background)
_PLAIN_PERFECT = re.compile(
    r"(?:same occasion as ')?ha(?:s|ve) (?!(?:repeatedly|long|often|previously|already|"
    r"publicly|also)\b)[a-z]+'?"
)
_ENTRIES = 2  # fewer stamps than this: a time in an article, no live page


def entry_starts(text: str) -> list[int]:
    """Where each time-stamped entry of a live page starts; none when the page has fewer
    than two stamps."""
    found = [m.start() for m in TIME_STAMP_LINE.finditer(text)]
    return found if len(found) >= _ENTRIES else []


def dated_in_entries(
    text: str, starts: Sequence[int], whens: list[When], published: datetime.date | None
) -> list[When]:
    """``whens`` with the perfect of an entry's opening report ("has told") read as the
    entry's day (its date line's, else the page's), and the words told as the same occasion
    after it, for statements at ``starts``."""
    entries = entry_starts(text)
    if not entries or published is None:
        return whens
    out = []
    news: set[int] = set()  # the entries whose opening report is the day's
    for start, when in zip(starts, whens, strict=True):
        entry = bisect.bisect_right(entries, start) - 1
        day = entry_day(text, entries[entry], published) if entry >= 0 else published
        # (the perfect reads up to the page's day; an earlier entry's stamp gives its own)
        perfect = when.edtf in (f"../{day.isoformat()}", f"../{published.isoformat()}")
        if entry >= 0 and perfect and _PLAIN_PERFECT.fullmatch(when.evidence or ""):
            opening = start < _first_paragraph_end(text, entries[entry])
            if opening or (entry in news and when.evidence.startswith("same occasion")):
                news.add(entry)
                when = When(day.isoformat(), f"live entry of its day: {when.evidence}")
        out.append(when)
    return out


def entry_day(text: str, stamp: int, published: datetime.date) -> datetime.date:
    """The day of the entry stamped at ``stamp``: the day its stamp gives, else the last
    date line above it, else the page's."""
    own = TIME_STAMP_LINE.match(text, stamp)
    if own is not None and own["day"]:
        try:
            return datetime.date(int(own["year"]), MONTHS[own["month"].lower()], int(own["day"]))
        except ValueError:
            pass  # "31 Feb 2025": no day; the page's stands
    above = [day for at, day in date_lines(text) if at < stamp]
    return above[-1] if above else published


def _first_paragraph_end(text: str, stamp: int) -> int:
    """Where the first paragraph of prose below an entry's stamp (and its heading) ends."""
    at = text.find("\n", stamp)
    while 0 <= at < len(text):
        end = text.find("\n\n", at + 1)
        end = len(text) if end < 0 else end
        paragraph = text[at:end].strip()
        if paragraph.endswith((".", '"', "\u201d")) and len(paragraph.split()) >= 6:
            return end
        at = end + 1 if end < len(text) else -1
    return len(text)
