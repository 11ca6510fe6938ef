"""A channel's feed copied as one page: posts parted by a break ("* * *") or closed by their
views and time ("👁 11.3K  18:20"), each opened by the line of its day ("23 февраля 2025").

Words in a post that give no day of their own were said on the post's day, not on the
page's (the newest post's): an embassy's feed runs back over several days, as a round-up of
the week does under its weekday heads (see :func:`tracker.extract.russian.when.weekday_heads`).
"""

from __future__ import annotations

import re
from datetime import date

from tracker.extract.russian.dateline import MONTH, month_number

# a line parting two posts: "* * *", "***", "---", "———"
# (the blanks between the stars, not after the last: those are the line's end, read once)
_BREAK = r"[ \t]*\*(?:[ \t]*\*){2,}|[ \t]*[-\u2014\u2013_]{3,}"
# a post's closing line: its views and the time of posting ("👁 11.3K  18:20", "👁 940 09:05")
_FOOTER = r"[ \t]*\U0001f441\ufe0f?[ \t]*\d[\d.,]*[KkMmКкМм]?[ \t]+(?:[01]?\d|2[0-3]):[0-5]\d"
# a post's day alone on its line, after a break or a closing line (or at the top of the page,
# for the first post): "23 февраля 2025", "9 мая 2025 г."
_POST_DAY = re.compile(
    rf"(?:(?P<after>^(?:{_BREAK}|{_FOOTER})[ \t]*\n)\s*)?"
    rf"^[ \t]*(?P<day>\d{{1,2}})[ \t]+(?P<month>{MONTH})[ \t]+(?P<year>(?:19|20)\d\d)"
    r"(?:[ \t]+г(?:ода|\.))?[ \t]*$",
    re.M | re.I,
)
_PARTED = re.compile(rf"^(?:{_BREAK}|{_FOOTER})[ \t]*$", re.M)
_CLOSED = re.compile(rf"^{_FOOTER}[ \t]*$", re.M)
_POSTS = 2  # fewer dated posts than this: a date line in an article, no feed


def parted(text: str, start: int, end: int) -> bool:
    """Whether a break or a post's closing line stands between ``start`` and ``end``: the
    words on either side are two posts."""
    return _PARTED.search(text, start, end) is not None


def posts(text: str) -> list[tuple[int, int]]:
    """The spans of a channel's posts, in order, when the page is one (its posts closed by
    their views and time); the whole page otherwise."""
    if _CLOSED.search(text) is None:
        return [(0, len(text))]
    cuts = [m for m in _PARTED.finditer(text)]
    starts = [0] + [m.end() for m in cuts]
    ends = [m.start() for m in cuts] + [len(text)]
    return [(a, b) for a, b in zip(starts, ends, strict=True) if text[a:b].strip()]


def post_end(text: str, pos: int) -> int:
    """Where the post holding ``pos`` ends (the page's end, on a page of no posts)."""
    return next((b for a, b in posts(text) if a <= pos < b), len(text))


def post_heads(text: str, published: date | None) -> tuple[tuple[int, date], ...]:
    """Where each dated post of a channel's feed starts and its day, in order; none unless
    the page is parted into posts and two or more of them are headed by different days (the
    first date line may stand above the first post, before any break)."""
    first_break = _PARTED.search(text)
    if published is None or first_break is None:
        return ()
    found: list[tuple[int, date]] = []
    for m in _POST_DAY.finditer(text):
        if not m["after"] and (found or m.start() > first_break.start()):
            continue  # a date line inside a post: no post's head
        month = month_number(m["month"])
        try:
            day = date(int(m["year"]), month, int(m["day"])) if month else None
        except ValueError:
            day = None
        if day is not None and day <= published:
            found.append((m.start("day"), day))
    return tuple(found) if len({day for _, day in found}) >= _POSTS else ()
