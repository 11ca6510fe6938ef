"""How an archive's records are checked and converted to their table's columns: types,
ranges, required fields, references (read by archive_import)."""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from sqlalchemy import BigInteger, Date, DateTime, Float, Integer, String, Table

from tracker import bulk
from tracker.dates import PUBLISHED_PRECISIONS


class BadRecord(Exception):
    """A record that cannot be imported; the message says why."""


class RecordShape:
    """How one table's records are checked and converted: types, required fields, references."""

    def __init__(self, table: Table) -> None:
        self.name = table.name
        self.columns = {c.name: c for c in table.columns}
        has_default = bulk.defaults(table)
        self.required = [
            c.name
            for c in table.columns
            if not c.nullable and c.name not in has_default and c.server_default is None
        ]
        self.references = [
            (c.name, next(iter(c.foreign_keys)).column.table.name)
            for c in table.columns
            if c.foreign_keys
        ]
        self.converters = {c.name: _converter(c) for c in table.columns}

    def convert(self, record: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(record) - set(self.columns))
        if unknown:
            raise BadRecord(f"{self.name}: unknown field(s) {', '.join(map(repr, unknown))}")
        values = {}
        for key, value in record.items():
            if value is None:
                if key in self.required:
                    raise BadRecord(f"{self.name}: field {key!r} must not be null")
                if self.columns[key].nullable:
                    values[key] = None
                continue  # a column with a default gets it
            try:
                values[key] = self.converters[key](value)
            except (TypeError, ValueError) as exc:
                raise BadRecord(f"{self.name}: field {key!r}: {exc}") from None
        missing = [k for k in self.required if k not in values]
        if missing:
            raise BadRecord(f"{self.name}: missing field(s) {', '.join(map(repr, missing))}")
        if self.name == "source":
            _check_publication(values)
        return values


def _check_publication(values: dict[str, Any]) -> None:
    """A source known only to the month or year is stored on the period's first day: an
    archive line saying "2020-09-15" with precision "month" would show one period and sort
    and filter as another."""
    precision = values.get("published_precision", "day")
    if precision not in PUBLISHED_PRECISIONS:
        raise BadRecord(
            f"source: field 'published_precision': expected one of "
            f"{', '.join(PUBLISHED_PRECISIONS)}, got {precision!r}"
        )
    published = values.get("published")
    if precision == "day" or published is None:
        return
    first = published.replace(day=1) if precision == "month" else published.replace(month=1, day=1)
    if published != first:
        raise BadRecord(
            f"source: a publication date known to the {precision} is stored on its first day "
            f"({first.isoformat()}), got {published.isoformat()}"
        )


INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


def _converter(column) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, Integer):
        return _integer(INT64 if isinstance(kind, BigInteger) else INT32)
    if isinstance(kind, Float):
        return _number
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, String):
        return _string(kind.length)
    raise TypeError(f"no archive converter for {column.table.name}.{column.name}: {kind!r}")


def _integer(bounds: tuple[int, int]) -> Callable[[Any], int]:
    low, high = bounds

    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an integer, got {value!r}")
        if not low <= value <= high:
            raise ValueError(f"{value} is out of range (the column holds {low} to {high})")
        return value

    return convert


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {value!r}")
    try:
        number = float(value)
    except OverflowError:
        raise ValueError(f"{value} is out of range") from None
    if not math.isfinite(number):
        raise ValueError(f"expected a finite number, got {value!r}")
    return number


def _date(value: Any) -> date:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")


def _datetime(value: Any) -> datetime:
    try:
        if isinstance(value, str):
            return datetime.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError(f"expected a date and time YYYY-MM-DDTHH:MM:SS, got {value!r}")


def _string(length: int | None) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {value!r}")
        if length is not None and len(value) > length:
            raise ValueError(f"longer than {length} characters")
        return value.replace("\x00", "\ufffd")  # PostgreSQL cannot store NUL

    return convert
