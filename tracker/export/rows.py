"""Writers for listings: a human table, or JSON, JSON Lines and CSV with stable field names.

The table follows tools such as `gh`: on a terminal, columns fitted to its width
(long text wraps, other cells are cut with …); piped or redirected, plain
tab-separated lines, one record a line, nothing cut, no header, for `cut`,
`sort` and `grep`. Rows are written as they come (JSON, JSON Lines, CSV and
piped tables never hold the whole listing in memory); only the terminal table,
which must measure its columns, collects.

Values are untrusted: both tables show control characters visibly
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
from datetime import datetime
from operator import itemgetter
from typing import IO, Any

from tracker.dates import plain
from tracker.export import highlight

# Spreadsheets run a cell starting with these as a formula (OWASP "CSV injection").
FORMULA_STARTS = frozenset("=+-@\t\r")
FORMULAS = tuple(FORMULA_STARTS)  # for str.startswith
_C1 = re.compile("[\x7f-\x9f]")


def write_rows(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    columns: Sequence[str],
    *,
    title: str | None = None,
    out: IO[str] | None = None,
    terminal: bool | None = None,
    raw_csv: bool = False,
) -> int:
    """Write rows (mappings holding at least `columns`) to `out`; returns the count.

    A table goes to a terminal as one fitted to its width, elsewhere as tab-separated
    lines; `terminal` decides instead of out.isatty() (for tests). raw_csv: write CSV
    cells exactly as stored, formulas and all (for programs).
    """
    out = out or sys.stdout
    if fmt == "table":
        if terminal is None:
            terminal = out.isatty()
        if terminal:
            return _table(rows, columns, title, out)
        return _tab_separated(rows, columns, out)
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
        return _csv(rows, columns, out, raw_csv=raw_csv)
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


WRAPPED = frozenset({"text", "excerpt", "match", "title", "aliases"})  # long text: wraps
_SPACES = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def _cell(value: Any) -> str:
    return "" if value is None else str(plain(value))


def _tab_separated(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out) -> int:
    """One line per record, cells separated by tabs (tabs and newlines in a cell become
    spaces), search marks dropped, control characters shown."""
    from tracker.export.terminal import visible

    count = 0
    for row in rows:
        cells = (highlight.plain(_cell(row.get(c))).translate(_SPACES) for c in columns)
        out.write(visible("\t".join(cells)) + "\n")
        count += 1
    return count


def _csv(
    rows: Iterable[Mapping[str, Any]], columns: Sequence[str], out: IO[str], *, raw_csv: bool
) -> int:
    cells = _cells(columns)
    return _write_csv((cells(row) for row in rows), columns, out, raw_csv=raw_csv)


def write_csv_records(
    columns: Sequence[str],
    records: Iterable[Sequence[Any]],
    wanted: Sequence[str],
    out: IO[str],
    *,
    raw_csv: bool = False,
) -> int:
    """CSV of the `wanted` columns of tuples holding `columns` (tracker.query's
    statement_records: a million rows need no dict each), spreadsheet-safe unless
    raw_csv; returns the count."""
    pick = itemgetter(*(columns.index(c) for c in wanted))
    records = map(pick, records)
    if len(wanted) == 1:
        records = ((value,) for value in records)
    # a statement's record holds days, never a time: only formulas need guarding
    return _write_csv(records, wanted, out, raw_csv=raw_csv, times=False)


def _write_csv(
    rows: Iterable[Sequence[Any]],
    columns: Sequence[str],
    out: IO[str],
    *,
    raw_csv: bool,
    times: bool = True,
) -> int:
    """CSV, a row of cells at a time, each cell as csv_value (raw_csv) or spreadsheet_safe
    gives it. csv.writer itself writes None as an empty cell and a date in ISO form (str()),
    so a row is handed over as it is unless it may hold a time (`times`), which plain()
    writes differently, or (unless raw_csv) text a spreadsheet would run: an export of a
    million rows spends its time in the per-cell work this avoids."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    count = 0
    if not times and not raw_csv:
        for values in rows:  # what spreadsheet_safe does, as one pass over the row
            writer.writerow(
                ["'" + v if v.__class__ is str and v.startswith(FORMULAS) else v for v in values]
            )
            count += 1
        return count
    for values in rows:
        if not raw_csv and _runs_as_formula(values):
            values = [spreadsheet_safe(value) for value in values]
        elif times and datetime in map(type, values):
            values = [csv_value(value) for value in values]
        writer.writerow(values)
        count += 1
    return count


def _runs_as_formula(values: Sequence[Any]) -> bool:
    """Whether a spreadsheet would run one of the row's text cells as a formula."""
    return any(value[:1] in FORMULA_STARTS for value in values if type(value) is str)


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


MIN_WRAPPED, MIN_CUT, MAX_CUT = 20, 6, 30  # column widths on a terminal, in characters
# dates in words ("in or before December 2021", "30 Nov 2021 – 28 Dec 2021"): never cut
# (a cut one reads as another date), wrapped at their spaces when narrowed, to no less
# than their longest part ("December 2021", "30 Nov 2021 –")
DATES, MIN_DATE = frozenset({"first", "last"}), 13


def _table(rows: Iterable[Mapping[str, Any]], columns: Sequence[str], title, out) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tracker.export.terminal import visible

    cells = [[visible(_cell(row.get(c))) for c in columns] for row in rows]
    console = Console(file=out, soft_wrap=False, force_terminal=True)
    if not cells:
        console.print("(nothing found)")
        return 0
    headers = [c.replace("_", " ") for c in columns]
    widths = fitted_widths(columns, headers, cells, console.width)
    shown_title = Text(visible(title)) if title else None
    table = Table(title=shown_title, header_style="bold", show_lines=False)
    for column, header, width in zip(columns, headers, widths, strict=True):
        if column in WRAPPED or column in DATES:
            table.add_column(header, overflow="fold", width=width)
        else:
            table.add_column(header, overflow="ellipsis", no_wrap=True, width=width)
    for row in cells:
        # Text, not str: rich would read "[...]" in a statement as markup
        table.add_row(*(highlight.rich_text(c) if highlight.has_marks(c) else Text(c) for c in row))
    console.print(table)
    return len(cells)


def fitted_widths(
    columns: Sequence[str], headers: Sequence[str], cells: list[list[str]], total: int
) -> list[int]:
    """Column widths that fit a table into `total` characters with its borders.

    Every column first gets what its longest cell needs. When that is too wide, cut
    columns (names, dates, titles) are narrowed to MAX_CUT, then wrapped ones (the
    statement's text) share what is left, at least MIN_WRAPPED each; only then are cut
    columns narrowed further: dates in words (DATES) first, which wrap, to MIN_DATE; then
    the others, widest first, to MIN_CUT.
    """
    room = total - (3 * len(columns) + 1)  # "│ " before each cell, " │" after the last
    natural = [
        max(len(header), *(len(highlight.plain(row[i])) for row in cells), 1)
        for i, header in enumerate(headers)
    ]
    if sum(natural) <= room:
        return natural
    wrapped = [i for i, c in enumerate(columns) if c in WRAPPED]
    widths = [w if i in wrapped else min(w, MAX_CUT) for i, w in enumerate(natural)]
    fixed = sum(w for i, w in enumerate(widths) if i not in wrapped)
    if wrapped:
        share = max(MIN_WRAPPED, (room - fixed) // len(wrapped))
        for i in wrapped:
            widths[i] = min(natural[i], share)
    excess = sum(widths) - room
    # dates in words first (they wrap, losing nothing), then the widest cut columns
    order = sorted(
        set(range(len(columns))) - set(wrapped), key=lambda i: (columns[i] not in DATES, -widths[i])
    )
    for i in order:
        if excess <= 0:
            break
        cut = min(excess, widths[i] - (MIN_DATE if columns[i] in DATES else MIN_CUT))
        if cut > 0:
            widths[i] -= cut
            excess -= cut
    return widths
