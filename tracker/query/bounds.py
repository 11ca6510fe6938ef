"""The first and the last of many statements, with their dates as known, in one aggregate.

Statements are placed on the latest day they may have been said (said_to), as listings and
date filters place them. The first of a group is the one placed earliest, the last the one
placed latest; each is given with its own date as `said` shows it (a day, "December 2021",
"30 Nov 2021 – 28 Dec 2021", "on or before 31 Dec 2021"), never as its latest day alone.
Of several placed on the same day, the first is the widest (it may have been said earliest)
and the last the narrowest (it tells most about that day).

Both come from min() and max() of one text key per statement, said_to|said_from|precision
(ISO days sort as text; an open start is empty and sorts lowest), so a count per speaker
stays one grouped SELECT.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import String, cast, func, literal
from sqlalchemy.sql.elements import ColumnElement

from tracker.dates import DateSpan, stored_span


def _day_text(dialect: str, column: Any) -> ColumnElement[str]:
    if dialect == "sqlite":
        return cast(column, String)  # stored as ISO text already
    return func.to_char(column, "YYYY-MM-DD")  # not the server's DateStyle


def placed_key(dialect: str, said_from: Any, said_to: Any, precision: Any) -> ColumnElement[str]:
    """said_to|said_from|precision as text; NULL (left out by min and max) when said_to is."""
    separator = literal("|", String)
    return (
        _day_text(dialect, said_to)
        + separator
        + func.coalesce(_day_text(dialect, said_from), "")
        + separator
        + precision
    )


def first_and_last(
    dialect: str, said_from: Any, said_to: Any, precision: Any
) -> tuple[ColumnElement[str], ColumnElement[str]]:
    """The aggregates giving the first and the last statement's key (see span_of)."""
    key = placed_key(dialect, said_from, said_to, precision)
    return func.min(key), func.max(key)


def span_of(key: str | None) -> DateSpan | None:
    """The date of the statement a key stands for; None when no statement had a latest day."""
    if not key:
        return None
    said_to, said_from, precision = key.split("|")
    start = date.fromisoformat(said_from) if said_from else None
    return stored_span(start, date.fromisoformat(said_to), precision)


def edtf_of(key: str | None) -> str | None:
    """The EDTF date of the statement a key stands for (None: no latest day)."""
    span = span_of(key)
    return span.edtf() if span is not None else None


def shown(value: str | None) -> str:
    """An EDTF date as `said` shows it in words ("" for none): for tables of first and last."""
    from tracker.dates import parse_edtf

    return parse_edtf(value).display() if value else ""
