"""Partial dates and date intervals, read from what people type and written as EDTF.

Articles are vague about when things were said, so every date in tracker is an
interval of whole days with a precision: "2021-12-17" is one day, "2021-12" is
the month, "../2021-12-17" is "on or before 17 December 2021". Intervals are
exchanged in EDTF (Library of Congress Extended Date/Time Format, level 0/1);
plain() writes a date (or a timestamp) as JSON and CSV carry it.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from tracker.errors import InvalidInput

PRECISIONS = ("day", "month", "year", "interval", "unknown")
# Dates after this year are typing mistakes (9999-12-31), and near date.max they break the
# arithmetic of every writer (an all-day event ends the day after): refused on input.
LAST_YEAR = 2100

MONTHS = {
    name: number
    for number in range(1, 13)
    for name in (calendar.month_name[number].lower(), calendar.month_abbr[number].lower())
}
MONTHS["sept"] = 9

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?,?\s+(\d{4})$")

ACCEPTED = (
    "2021-12-17, 2021-12, 2021, 17 December 2021, Dec 17, 2021, "
    "2021-12-01/2021-12-31, ../2021-12-17, ../2021-12 or 2021-12-17/.."
)


@dataclass(frozen=True)
class DateSpan:
    """Inclusive interval of days; None on a side means open (or unknown when both are)."""

    start: date | None
    end: date | None
    precision: str

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise InvalidInput(f"date interval ends before it starts: {self.start}/{self.end}")

    @classmethod
    def day(cls, value: date) -> DateSpan:
        return cls(value, value, "day")

    @classmethod
    def month(cls, year: int, month: int) -> DateSpan:
        last = calendar.monthrange(year, month)[1]
        return cls(date(year, month, 1), date(year, month, last), "month")

    @classmethod
    def year(cls, year: int) -> DateSpan:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def unknown(cls) -> DateSpan:
        return cls(None, None, "unknown")

    @classmethod
    def before(cls, value: date) -> DateSpan:
        """On or before a day: what "earlier" or "previously" tells."""
        return cls(None, value, "interval")

    @classmethod
    def by_end_of(cls, period: DateSpan) -> DateSpan:
        """In or before a month or a year ("../2021-12"): what "earlier" tells on a page known
        only to its month or year. The precision stays the period's, its start open."""
        if period.precision not in ("month", "year") or period.end is None:
            raise InvalidInput(f"not a month or a year: {period.edtf()}")
        return cls(None, period.end, period.precision)

    @property
    def by_period_end(self) -> bool:
        """Whether this is "in or before" a month or a year (see by_end_of)."""
        return self.start is None and self.end is not None and self.precision in ("month", "year")

    @property
    def is_unknown(self) -> bool:
        return self.start is None and self.end is None

    def edtf(self) -> str | None:
        """The EDTF form: 2021-12-17, 2021-12, 2021, ../2021-12-17, a/b; None when unknown."""
        if self.is_unknown:
            return None
        if self.by_period_end:
            return "../" + _period(self.end, self.precision)
        if self.precision == "day":
            return self.start.isoformat()
        if self.precision == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.precision == "year":
            return f"{self.start.year:04d}"
        left = self.start.isoformat() if self.start else ".."
        right = self.end.isoformat() if self.end else ".."
        return f"{left}/{right}"

    def display(self) -> str:
        """How a person reads it: 17 Dec 2021, December 2021, before 17 Dec 2021."""
        if self.is_unknown:
            return "date unknown"
        if self.by_period_end:
            shown = self.end.strftime("%B %Y") if self.precision == "month" else self.end.year
            return f"in or before {shown}"
        if self.precision == "day":
            return _human(self.start)
        if self.precision == "month":
            return self.start.strftime("%B %Y")
        if self.precision == "year":
            return str(self.start.year)
        if self.start is None:
            return f"on or before {_human(self.end)}"
        if self.end is None:
            return f"on or after {_human(self.start)}"
        return f"{_human(self.start)} – {_human(self.end)}"

    def overlaps(self, other: DateSpan) -> bool:
        """True when the two intervals share at least one possible day."""
        if self.end and other.start and self.end < other.start:
            return False
        return not (other.end and self.start and other.end < self.start)


PUBLISHED_PRECISIONS = ("day", "month", "year")
"""How precisely a source's publication date is known: its day, or only its month or year."""


def parse_publication(text: str, *, what: str = "--published") -> DateSpan:
    """A publication date as a user gives it: a day (2021-12-17, 17 December 2021), a month
    (2021-12, December 2021) or a year (2021), never an interval; raise InvalidInput with
    one line saying so otherwise."""
    refused = InvalidInput(
        f"{what} takes a day, a month or a year: 2021-12-17, 2021-12 or 2021 (got {text!r})"
    )
    try:
        span = parse_date(text)
    except InvalidInput as exc:
        if "no such date" in str(exc) or f"after {LAST_YEAR}" in str(exc):
            raise InvalidInput(f"{what}: {exc}") from None
        raise refused from None
    if span.precision not in PUBLISHED_PRECISIONS:
        raise refused
    return span


def publication_date(value: date | DateSpan | str, *, what: str = "--published") -> DateSpan:
    """A publication date as a day, a month or a year (a DateSpan with its first day), from
    a day, a DateSpan or what a user types (parse_publication); InvalidInput with one line
    for anything else (an interval, an unknown date)."""
    if isinstance(value, str):
        return parse_publication(value, what=what)
    if not isinstance(value, DateSpan):
        return DateSpan.day(value)
    if value.precision not in PUBLISHED_PRECISIONS or value.start is None:
        raise InvalidInput(f"{what} takes a day, a month or a year: 2021-12-17, 2021-12 or 2021")
    return value


def publication_span(published: date | None, precision: str | None = "day") -> DateSpan | None:
    """The period a stored publication date stands for: its day, or the month or year
    beginning on it (a month-only source keeps its month's first day)."""
    if published is None:
        return None
    if precision == "month":
        return DateSpan.month(published.year, published.month)
    if precision == "year":
        return DateSpan.year(published.year)
    return DateSpan.day(published)


def publication_edtf(published: date | None, precision: str | None = "day") -> str | None:
    """A stored publication date as EDTF: 2021-12-17, or 2021-12 / 2021 when only the month
    or the year is known (never the period's first day passed off as a day)."""
    span = publication_span(published, precision)
    return span.edtf() if span is not None else None


def safe_date(year: int, month: int, day: int) -> date | None:
    """The day, or None where the calendar has none (a page's "31.02.2024", a misread)."""
    try:
        return date(year, month, day)
    except ValueError:
        return None


def stored_span(said_from: date | None, said_to: date | None, precision: str) -> DateSpan:
    """The DateSpan of stored bounds; bounds that do not fit their precision read as an interval."""
    # a month or a year open at its start is "in or before" it (DateSpan.by_end_of), which
    # only the period's last day ends
    fits = {
        "day": said_from is not None and said_from == said_to,
        "month": said_to is not None
        and (said_from is not None or said_to == DateSpan.month(said_to.year, said_to.month).end),
        "year": said_to is not None
        and (said_from is not None or (said_to.month, said_to.day) == (12, 31)),
    }
    if not fits.get(precision, False):
        precision = "unknown" if said_from is None and said_to is None else "interval"
    return DateSpan(said_from, said_to, precision)


def plain(value: Any, *, exact: bool = False) -> Any:
    """A value as JSON and CSV carry it: dates and times as ISO 8601 text (times to the
    second, or `exact`ly, as an archive keeps them), everything else unchanged."""
    if isinstance(value, datetime):
        return value.isoformat(timespec="auto" if exact else "seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _period(value: date, precision: str) -> str:
    """The EDTF of the month or the year a day lies in."""
    return f"{value.year:04d}-{value.month:02d}" if precision == "month" else f"{value.year:04d}"


def _human(value: date) -> str:
    return f"{value.day} {value.strftime('%b %Y')}"


def parse_date(text: str) -> DateSpan:
    """Read a date or an interval as a user types it; raise InvalidInput otherwise."""
    raw = (text or "").strip()
    if not raw:
        raise InvalidInput(f"empty date; use one of: {ACCEPTED}")
    if "/" in raw:
        left, _, right = raw.partition("/")
        start = None if left.strip() in ("", "..") else parse_date(left).start
        end = None if right.strip() in ("", "..") else parse_date(right).end
        if start is None and end is None:
            raise InvalidInput(f"date interval {raw!r} is open on both sides")
        return DateSpan(start, end, "interval")
    span = _parse_single(raw)
    if span.start.year > LAST_YEAR:
        raise InvalidInput(f"{raw!r} is after {LAST_YEAR}: tracker takes dates up to {LAST_YEAR}")
    return span


def parse_said(text: str) -> DateSpan:
    """When a statement was said, as a user types it (parse_date) or as `said` and exports
    give it: "../2021-12" and "../2021" are in or before that month or year
    (DateSpan.by_end_of), kept so, as ingest keeps them, not an interval ending on the
    period's last day; raise InvalidInput otherwise."""
    raw = (text or "").strip()
    if raw.startswith("../") and "/" not in raw[3:]:
        period = parse_date(raw[3:])
        if period.precision in ("month", "year"):
            return DateSpan.by_end_of(period)
    return parse_date(raw)


@lru_cache(maxsize=1024)
def parse_edtf(text: str | None) -> DateSpan:
    """Read the EDTF that DateSpan.edtf() writes (None or "" is unknown): "../2021-12" is
    in or before that month (parse_said), as the extraction contract gives it for a page
    known only to its month; remembered, since ingest reads the same few dates for every
    statement of a day's articles."""
    if not text:
        return DateSpan.unknown()
    return parse_said(text)


def _parse_single(raw: str) -> DateSpan:
    try:
        if m := _ISO.match(raw):
            year, month, day = (int(g) if g else None for g in m.groups())
            if day is not None:
                return DateSpan.day(date(year, month, day))
            if month is not None:
                _check_month(month, raw)
                return DateSpan.month(year, month)
            return DateSpan.year(year)
        if m := _DAY_MONTH_YEAR.match(raw):
            day, month_name, year = m.groups()
            return DateSpan.day(date(int(year), _month(month_name, raw), int(day)))
        if m := _MONTH_DAY_YEAR.match(raw):
            month_name, day, year = m.groups()
            return DateSpan.day(date(int(year), _month(month_name, raw), int(day)))
        if m := _MONTH_YEAR.match(raw):
            month_name, year = m.groups()
            return DateSpan.month(int(year), _month(month_name, raw))
    except ValueError as exc:  # date() refuses 2021-02-30
        raise InvalidInput(f"no such date: {raw!r} ({exc})") from None
    raise InvalidInput(f"cannot read date {raw!r}; use one of: {ACCEPTED}")


def _month(name: str, raw: str) -> int:
    number = MONTHS.get(name.lower().rstrip("."))
    if number is None:
        raise InvalidInput(f"cannot read date {raw!r}: unknown month {name!r}")
    return number


def _check_month(month: int, raw: str) -> None:
    if not 1 <= month <= 12:
        raise InvalidInput(f"no such date: {raw!r} (month must be 1..12)")
