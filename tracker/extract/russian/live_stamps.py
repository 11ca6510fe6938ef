"""Russian live pages: entries stamped with the day and the time of posting ("12 марта,
22:10", "12 марта 2025, 22:10", "12.03.2025 22:10").

An entry tells what happened since the one before; words in it that the entry gives no day
of its own were said on its stamp's day, not the page's (a chronicle that runs back over
several days).
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from tracker.extract.russian.dateline import MONTH, month_number
from tracker.extract.when import When

_TIME = r"(?:[01]?\d|2[0-3])[:.][0-5]\d"
_DAY_MONTH = (
    rf"(?:(?P<day>\d{{1,2}})\s+(?P<month>{MONTH})(?:\s+(?P<year>(?:19|20)\d\d))?"
    r"|(?P<nday>\d{1,2})\.(?P<nmonth>\d{1,2})\.(?P<nyear>(?:19|20)\d\d))"
)
# (the spaces after the mark only with the mark: two runs of spaces side by side would split a
# long run every way)
_SEP = r"[ \t]*(?:[,\u2013\u2014-][ \t]*)?"
# a line holding only the day and the time, in either order
_STAMP = re.compile(
    rf"^[ \t]*(?:(?P<before>{_TIME}){_SEP})?{_DAY_MONTH}(?:\s+г(?:ода|\.))?"
    rf"(?:{_SEP}(?P<after>{_TIME}))?[ \t]*$",
    re.M | re.I,
)
_ENTRIES = 2  # fewer stamped lines than this: a date in an article, no live page
# an entry stamped by the time alone ("22:40", "22:40 МСК"), under a heading of its day
_TIME_LINE = re.compile(rf"^[ \t]*{_TIME}(?:[ \t]+(?:МСК|мск|по Москве))?[ \t]*$", re.M)
# a day's heading over its entries: "11 марта", "Понедельник, 11 марта", "11 марта 2024 года"
_DAY_HEADING = re.compile(
    r"^[ \t]*(?:(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье),?[ \t]+)?"
    rf"{_DAY_MONTH}(?:\s+г(?:ода|\.))?[ \t]*$",
    re.M | re.I,
)

# a day's heading or an entry's stamp by the day relative to the page's: "Вчера",
# "Сегодня, 14:05", "Вчера, 22:15"
_DAYS_BACK = {"сегодня": 0, "вчера": 1, "позавчера": 2}
_RELATIVE = re.compile(
    rf"^[ \t]*(?P<word>сегодня|вчера|позавчера)(?:{_SEP}{_TIME})?[ \t]*$", re.M | re.I
)
# an entry that opens on its time, under a heading of its day: "15:20 Министр ... заявил"
_TIME_OPENING = re.compile(rf"^[ \t]*{_TIME}(?=[ \t]+[^\W\d])", re.M)
_TIME_AT_END = re.compile(rf"{_TIME}[ \t]*$")


def time_lines(text: str) -> list[re.Match[str]]:
    """The lines of a page holding only a time ("17:02", "22:40 МСК")."""
    return list(_TIME_LINE.finditer(text))


def stamps(text: str, published: date | None) -> list[tuple[int, int, date]]:
    """Each stamped line of a live page (its start, its end, its day), in order; none when
    the page has fewer than two or no day can be told."""
    if published is None:
        return []
    out = []
    for m in _STAMP.finditer(text):
        if not (m["before"] or m["after"]):
            continue  # a date line alone ("12 марта 2025 года"): no entry's stamp
        day = _day(m, published)
        if day is not None:
            out.append((m.start(), m.end(), day))
    out += _under_day_headings(text, published)
    return sorted(out) if len(out) >= _ENTRIES else []


def _under_day_headings(text: str, published: date) -> list[tuple[int, int, date]]:
    """Entries stamped by the time alone (on its own line, or opening the entry's), each of
    the day its heading above gives, on a page of two or more such entries ("11 марта"
    over "22:40 МСК" and "18:05 МСК"). The newest entries, above the first heading, are of
    the page's day; "Вчера, 22:15" heads the day before and stamps its entry."""
    times = [m for m in _TIME_LINE.finditer(text)] + [m for m in _TIME_OPENING.finditer(text)]
    relative = [(m.start(), m.end(), _relative_day(m, published)) for m in _RELATIVE.finditer(text)]
    if len(times) + len(relative) < _ENTRIES:
        return []
    headings = [(m.start(), _day(m, published)) for m in _DAY_HEADING.finditer(text)]
    headings = sorted(headings + [(at, day) for at, _, day in relative])
    starts = [at for at, _ in headings]
    out = [(a, b, day) for a, b, day in relative if _TIME_AT_END.search(text, a, b)]
    for m in times:
        k = bisect.bisect_right(starts, m.start()) - 1
        day = headings[k][1] if k >= 0 else published if headings else None
        if day is not None:
            out.append((m.start(), m.end(), day))
    return out


def _relative_day(m: re.Match[str], published: date) -> date:
    return published - timedelta(days=_DAYS_BACK[m["word"].lower()])


def _day(m: re.Match[str], published: date) -> date | None:
    if m["nday"]:
        day, month, year = int(m["nday"]), int(m["nmonth"]), int(m["nyear"])
    else:
        day, month = int(m["day"]), month_number(m["month"])
        year = int(m["year"]) if m["year"] else published.year
        if month is None:
            return None
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    if not m["nday"] and not m["year"] and found > published:
        found = found.replace(year=year - 1)  # "30 декабря" on a page of January
    return found if found <= published else None


def of_its_stamp(
    stamped: list[tuple[int, int, date]], start: int, when: When, told_between
) -> When:
    """``when`` for words at ``start``, under the last stamp above them: the stamp's day
    when the words take no day of their own (the page's by default, or one taken over from
    another entry), and none is told between the stamp and them (``told_between(a, b)``)."""
    k = bisect.bisect_right([a for a, _, _ in stamped], start) - 1
    if k < 0 or (when.evidence and not when.inherited):
        return when
    _, line_end, day = stamped[k]
    if told_between(line_end, start):
        return when
    return When(day.isoformat(), "live entry of its day")
