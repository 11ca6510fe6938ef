"""The statements placed first and last among many, with their dates as known.

Statements are placed on the latest day they may have been said (said_to), as listings and
--from/--to place them. The statement placed first in a group is the one whose latest day
is earliest, the one placed last the one whose latest day is latest; each is given with its
own date as `said` shows it (a day, "December 2021", "30 Nov 2021 – 28 Dec 2021", "on or
before 31 Dec 2021"), never as its latest day alone. "Placed first" is no lower bound: a
statement of "30 Nov – 28 Dec" may have been said before one placed first on 17 Dec.

Of several placed on the same day, the first is the widest, the one with the earliest
possible day (an open start earliest of all), and the last the narrowest, the one with the
latest possible first day, a statement known to that day before any other. That order is
the text order of a tie key, said_from|precision, with an open start written 0000-00-00,
"day" written ~day (after every other precision), compared byte by byte (COLLATE "C" on
PostgreSQL, whose default collations may ignore punctuation or order it by locale).

A count per speaker or month takes count(), min(said_to) and max(said_to) from the
(official_id, said_to), (institution_id, said_to) and (said_to, ...) indexes, as it did
before these dates were kept; the tie key is read only for the statements on those two
days (first_at and last_at: a correlated min or max), never built for every row. The last
is the first statement known to that day found there, when there is one (it is the
max(), and the search stops at it: a month's last day holds its month-only statements).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import String, and_, case, cast, func, literal, select
from sqlalchemy.sql.elements import ColumnElement

from tracker.dates import DateSpan, stored_span

OPEN_START = "0000-00-00"  # below every ISO day, byte by byte
DAY = "~day"  # above every other precision, byte by byte


def _day_text(dialect: str, column: Any) -> ColumnElement[str]:
    if dialect == "sqlite":
        return cast(column, String)  # stored as ISO text already
    return func.to_char(column, "YYYY-MM-DD")  # not the server's DateStyle


def _bytewise(dialect: str, text: ColumnElement[str]) -> ColumnElement[str]:
    """Compared byte by byte: SQLite's default; PostgreSQL's "C" collation."""
    return text if dialect == "sqlite" else text.collate("C")


def tie_key(dialect: str, said_from: Any, precision: Any) -> ColumnElement[str]:
    """said_from|precision as text, an open start as OPEN_START and "day" as DAY: of
    statements placed on one day, min() gives the widest, max() the narrowest."""
    start = func.coalesce(_day_text(dialect, said_from), OPEN_START)
    ranked = case((precision == "day", literal(DAY, String)), else_=precision)
    return _bytewise(dialect, start + literal("|", String) + ranked)


def placed_key(dialect: str, said_from: Any, said_to: Any, precision: Any) -> ColumnElement[str]:
    """said_to|said_from|precision as text (the tie key after the latest day), for min() and
    max() over rows read anyway; NULL (left out by min and max) when said_to is."""
    key = (
        _day_text(dialect, said_to) + literal("|", String) + tie_key(dialect, said_from, precision)
    )
    return _bytewise(dialect, key)


def first_at(dialect: str, columns: Any, where: Any, day: Any) -> ColumnElement[str]:
    """The tie key of the statement placed first among those matching `where` on `day`
    (a correlated scalar subquery: `where` names the group, `day` is its min(said_to))."""
    key = tie_key(dialect, columns.said_from, columns.said_precision)
    return select(func.min(key)).where(and_(where, columns.said_to == day)).scalar_subquery()


def last_at(dialect: str, columns: Any, where: Any, day: Any) -> ColumnElement[str]:
    """The tie key of the statement placed last among those matching `where` on `day`: the
    first one known to that day found (the greatest key, as nothing has a later start), or
    else the max()."""
    key = tie_key(dialect, columns.said_from, columns.said_precision)
    on_day = and_(where, columns.said_to == day)
    known_to_day = (
        select(key).where(on_day, columns.said_precision == "day").limit(1).scalar_subquery()
    )
    return func.coalesce(known_to_day, select(func.max(key)).where(on_day).scalar_subquery())


def _as_date(value: Any) -> date:
    """min()/max() of a date column may come back as text (SQLite)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def span_at(day: Any, tie: str | None) -> DateSpan | None:
    """The date of the statement placed on `day` with tie key `tie` (None: no latest day)."""
    if day is None or not tie:
        return None
    said_from, precision = tie.split("|")
    start = None if said_from == OPEN_START else date.fromisoformat(said_from)
    return stored_span(start, _as_date(day), "day" if precision == DAY else precision)


def edtf_at(day: Any, tie: str | None) -> str | None:
    """The EDTF date of the statement placed on `day` with tie key `tie`."""
    span = span_at(day, tie)
    return span.edtf() if span is not None else None


def edtf_of(key: str | None) -> str | None:
    """The EDTF date of the statement a placed_key stands for (None: no latest day)."""
    if not key:
        return None
    said_to, tie = key.split("|", 1)
    return edtf_at(said_to, tie)


def shown(value: str | None) -> str:
    """An EDTF date as `said` shows it in words ("" for none): for tables of first and last."""
    from tracker.dates import parse_edtf

    return parse_edtf(value).display() if value else ""
