"""Writers for listings: a human table, or JSON, JSON Lines and CSV with stable field names.

Rows are written as they come (JSON, JSON Lines and CSV never hold the whole
listing in memory); only the table, which must measure its columns, collects.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from operator import itemgetter
from typing import IO, Any

from tracker.dates import plain


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    columns: Sequence[str],
    *,
    title: str | None = None,
    out: IO[str] | None = None,
) -> int:
    """Write rows (mappings holding at least `columns`) to `out`; returns the count."""
    out = out or sys.stdout
    if fmt == "table":
        return _table(rows, columns, title, out)
    count = 0
    if fmt == "json":
        out.write("[")
        for count, row in enumerate(rows, 1):
            out.write(",\n " if count > 1 else "\n ")
            out.write(json.dumps({c: plain(row.get(c)) for c in columns}, ensure_ascii=False))
        out.write("\n]\n" if count else "]\n")
        return count
    if fmt == "jsonl":
        for row in rows:
            out.write(json.dumps({c: plain(row.get(c)) for c in columns}, ensure_ascii=False))
            out.write("\n")
            count += 1
        return count
    if fmt == "csv":
        return _csv(rows, columns, out)
    raise ValueError(f"unknown format {fmt!r}")


def _csv(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: IO[str]) -> int:
    cells = _cells(columns)
    return _write_csv((cells(row) for row in rows), columns, out)


def write_csv_records(
    columns: Sequence[str], records: Iterable[Sequence[Any]], wanted: Sequence[str], out: IO[str]
) -> int:
    """CSV of the `wanted` columns of tuples holding `columns` (tracker.query's
    statement_records: a million rows need no dict each); returns the count."""
    pick = itemgetter(*(columns.index(c) for c in wanted))
    return _write_csv(map(pick, records), wanted, out)


def _write_csv(rows: Iterable[Sequence[Any]], columns: Sequence[str], out: IO[str]) -> int:
    """CSV, a row of cells at a time, each cell as plain() gives it. csv.writer itself writes
    None as an empty cell and a date in ISO form (str()), so a row is handed over as it is
    unless it holds a time, which plain() writes differently: an export of a million rows
    spends its time in the per-cell work this avoids."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    for values in rows:
        if datetime in map(type, values):
            values = [plain(value) for value in values]
        writer.writerow(values)
        count += 1
    return count


def _cells(columns: Sequence[str]):
    """A function from a row to its cells in column order (None for a missing column)."""
    every = itemgetter(*columns)
    one = len(columns) == 1

    def cells(row: Mapping[str, Any]) -> Sequence[Any]:
        try:
            values = every(row)
        except KeyError:
            return [row.get(c) for c in columns]
        return (values,) if one else values

    return cells


def _table(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], title, out) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    table = Table(title=title, header_style="bold", show_lines=False)
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    count = 0
    for row in rows:
        # Text, not str: rich would read "[...]" in a statement as markup
        cells = ("" if row.get(c) is None else str(plain(row.get(c))) for c in columns)
        table.add_row(*(Text(cell) for cell in cells))
        count += 1
    console = Console(file=out, soft_wrap=False)
    if count:
        console.print(table)
    else:
        console.print("(nothing found)")
    return count
