"""The day a page's address gives: news sites file stories under the day they went up.

"https://www.example.com/world/2014/05/14/iran-talks/", ".../20250219/...",
".../2010/feb/18/...", ".../department-press-briefing-october-14-2021". A user who pastes a
story's text and gives its address (``--url``, a sidecar's ``url``) has told tracker the day
even when the text has no dateline: it is the publication day when the text names none.
Only forms that cannot be read two ways count: a year of four digits first, or a month
written out; "130926" or "11192021" (which order?) are not read.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from tracker.dates import LAST_YEAR, MONTHS, DateSpan

_MONTH = "|".join(sorted((m for m in MONTHS if len(m) >= 3), key=len, reverse=True))
_FIRST_YEAR = 1990  # before the web had news archives, a four-digit number is no year

# /2014/05/14/, /2010/feb/18/, /2018-09-27/, /20161013/ (each part a whole path segment or
# slug word, so an article number like 2043859732 is never read as a day)
_YEAR_FIRST = re.compile(
    r"(?<![0-9A-Za-z])(?P<year>(?:19|20)\d{2})"
    rf"(?:(?P<sep>[/-])(?P<month>0?[1-9]|1[0-2]|{_MONTH})(?P=sep)(?P<day>0?[1-9]|[12]\d|3[01])"
    r"|(?P<month8>0[1-9]|1[0-2])(?P<day8>0[1-9]|[12]\d|3[01]))"
    r"(?![0-9A-Za-z])",
    re.I,
)
# october-14-2021, 14-october-2021 (words of a slug)
_MONTH_WRITTEN = re.compile(
    rf"(?<![A-Za-z])(?:(?P<month>{_MONTH})[-_](?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?[-_](?P<month2>{_MONTH}))"
    r"[-_](?P<year>(?:19|20)\d{2})(?![0-9])",
    re.I,
)


def day_in_url(url: str | None) -> date | None:
    """The one day the address's path gives, or None (none, two different, or no real day)."""
    if not url:
        return None
    path = urlsplit(url).path[:2000]
    found = {d for d in (_year_first(m) for m in _YEAR_FIRST.finditer(path)) if d}
    found |= {d for d in (_month_written(m) for m in _MONTH_WRITTEN.finditer(path)) if d}
    return found.pop() if len(found) == 1 else None


# /2020/09/ (the month's own path segment after the year's, no day after it)
_YEAR_MONTH = re.compile(
    rf"(?<![^/])(?P<year>(?:19|20)\d{{2}})/(?P<month>0?[1-9]|1[0-2]|{_MONTH})(?=/|$)(?!/\d{{1,2}}(?:/|$))",
    re.I,
)


def month_in_url(url: str | None) -> DateSpan | None:
    """The one month an address's path files a story under when it gives no day
    ("/news/2020/09/some-story"), or None (no such month, two of them, or a day given)."""
    if not url or day_in_url(url) is not None:
        return None
    path = urlsplit(url).path[:2000]
    found = set()
    for m in _YEAR_MONTH.finditer(path):
        month = m["month"]
        number = int(month) if month.isdigit() else MONTHS.get(month.lower())
        if number is not None and _FIRST_YEAR <= int(m["year"]) <= LAST_YEAR:
            found.add((int(m["year"]), number))
    return DateSpan.month(*found.pop()) if len(found) == 1 else None


def _year_first(m: re.Match[str]) -> date | None:
    if m["month8"]:
        return _day(m["year"], m["month8"], m["day8"])
    return _day(m["year"], m["month"], m["day"])


def _month_written(m: re.Match[str]) -> date | None:
    if m["month"]:
        return _day(m["year"], m["month"], m["day"])
    return _day(m["year"], m["month2"], m["day2"])


def _day(year: str, month: str, day: str) -> date | None:
    number = int(month) if month.isdigit() else MONTHS.get(month.lower())
    if number is None or not _FIRST_YEAR <= int(year) <= LAST_YEAR:
        return None
    try:
        return date(int(year), number, int(day))
    except ValueError:
        return None
