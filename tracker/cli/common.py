"""Options and helpers shared by every command module."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

if TYPE_CHECKING:
    from sqlmodel import Session

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="TRACKER_DATABASE_URL",
        help="Database URL or SQLite file path (default: a SQLite file in your data directory).",
        show_envvar=True,
    ),
]

Format = Literal["table", "json", "jsonl", "csv"]

FormatOption = Annotated[
    Format,
    typer.Option("--format", "-f", help="Output format: table, json, jsonl or csv."),
]


@contextmanager
def session(db: str | None, *, write: bool = True) -> Iterator[Session]:
    """A database session that commits when the command succeeds (see tracker.db)."""
    from tracker.db import session_scope

    with session_scope(db, write=write) as s:
        yield s


RawCsvOption = Annotated[
    bool,
    typer.Option(
        "--raw-csv",
        help="CSV for programs: cells exactly as stored. By default a cell starting with "
        "= + - @ gets a leading ' so spreadsheets do not run it as a formula.",
    ),
]


def echo(message: str = "", *, err: bool = False) -> None:
    """typer.echo for a line holding stored text (names, titles, article words): its
    control characters are shown (␛), never obeyed by the terminal."""
    from tracker.export.terminal import visible

    typer.echo(visible(message), err=err)


def output(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    columns: Sequence[str],
    *,
    title: str | None = None,
    raw_csv: bool = False,
) -> int:
    """Write rows to stdout in the chosen format; returns how many were written."""
    from tracker.export.rows import write_rows

    return write_rows(rows, fmt, columns, title=title, raw_csv=raw_csv)
