"""Writers for listings: a human table, or JSON, JSON Lines and CSV with stable field names.

Rows are written as they come (JSON, JSON Lines and CSV never hold the whole
listing in memory); only the table, which must measure its columns, collects.
Values are untrusted: the table shows control characters visibly
(export.terminal), JSON escapes them (C1 controls too, which json leaves raw),
and a CSV text cell that a spreadsheet would run as a formula gets a leading
apostrophe (OWASP's advice) unless the caller asks for raw cells.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Mapping, Sequence
from typing import IO, Any

from tracker.dates import plain

# Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection").
FORMULA_STARTS = frozenset("=+-@\t\r")
_C1 = re.compile("[\x7f-\x9f]")


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    columns: Sequence[str],
    *,
    title: str | None = None,
    out: IO[str] | None = None,
    raw_csv: bool = False,
) -> int:
    """Write rows (mappings holding at least `columns`) to `out`; returns the count.

    raw_csv: write CSV cells exactly as stored, formulas and all (for programs).
    """
    out = out or sys.stdout
    if fmt == "table":
        return _table(rows, columns, title, out)
    count = 0
    if fmt == "json":
        out.write("[")
        for count, row in enumerate(rows, 1):
            out.write(",\n " if count > 1 else "\n ")
            out.write(json_line({c: plain(row.get(c)) for c in columns}))
        out.write("\n]\n" if count else "]\n")
        return count
    if fmt == "jsonl":
        for row in rows:
            out.write(json_line({c: plain(row.get(c)) for c in columns}))
            out.write("\n")
            count += 1
        return count
    if fmt == "csv":
        cell = csv_value if raw_csv else spreadsheet_safe
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow([cell(row.get(c)) for c in columns])
            count += 1
        return count
    raise ValueError(f"unknown format {fmt!r}")


def json_line(record: Mapping[str, Any]) -> str:
    """One JSON object (of JSON values: see plain) on one line, non-ASCII kept, every
    control character escaped (json escapes C0 ones, not C1 ones)."""
    return _escape_c1(json.dumps(record, ensure_ascii=False))


def json_document(value: Any) -> str:
    """A detail view (`show -f json`) as indented JSON, dates as ISO strings, every control
    character escaped."""
    return _escape_c1(json.dumps(value, default=plain, ensure_ascii=False, indent=2))


def _escape_c1(text: str) -> str:
    if text.isascii() or not _C1.search(text):
        return text
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def csv_value(value: Any) -> Any:
    """A value as a CSV cell holds it: None empty, dates ISO."""
    return "" if value is None else plain(value)


def spreadsheet_safe(value: Any) -> Any:
    """csv_value, with a leading apostrophe for text a spreadsheet would run as a formula."""
    if isinstance(value, str):
        return "'" + value if value and value[0] in FORMULA_STARTS else value
    return "" if value is None else plain(value)


def _table(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], title, out) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tracker.export.terminal import visible

    shown_title = Text(visible(title)) if title else None
    table = Table(title=shown_title, header_style="bold", show_lines=False)
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold")
    count = 0
    for row in rows:
        # Text, not str: rich would read "[...]" in a statement as markup
        cells = ("" if row.get(c) is None else str(plain(row.get(c))) for c in columns)
        table.add_row(*(Text(visible(cell)) for cell in cells))
        count += 1
    console = Console(file=out, soft_wrap=False)
    if count:
        console.print(table)
    else:
        console.print("(nothing found)")
    return count
