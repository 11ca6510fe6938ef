"""Options and helpers shared by every command module."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

if TYPE_CHECKING:
    from sqlalchemy import Connection
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


@contextmanager
def reading(db: str | None) -> Iterator[Connection]:
    """A read-only connection for the query commands, which read through Core (so a query
    starts without importing SQLModel or the ORM; see tracker.tables)."""
    from tracker.db import reading_scope

    with reading_scope(db) as connection:
        yield connection


def output(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    columns: Sequence[str],
    *,
    title: str | None = None,
) -> int:
    """Write rows to stdout in the chosen format; returns how many were written."""
    from tracker.export.rows import write_rows

    return write_rows(rows, fmt, columns, title=title)
