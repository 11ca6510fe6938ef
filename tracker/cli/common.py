"""Options and helpers shared by every command module."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

DB_HELP = "Database URL or SQLite file path (default: a SQLite file in your data directory)."


def _db_given_before(ctx: typer.Context, value: str | None) -> str | None:
    """A command's --db: its own when typed after it, else `tracker --db URL COMMAND`'s,
    else TRACKER_DATABASE_URL. Typed on the command line beats the environment."""
    source = ctx.get_parameter_source("db")
    if source is not None and source.name == "COMMANDLINE":
        return value
    parent = ctx.parent
    while parent is not None:
        given = parent.params.get("db")
        if given is not None and parent.get_parameter_source("db").name == "COMMANDLINE":
            return given
        parent = parent.parent
    return value


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="TRACKER_DATABASE_URL",
        help=DB_HELP,
        show_envvar=True,
        callback=_db_given_before,
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


def confirm_or_stop(question: str, *, yes: bool) -> None:
    """Go on when --yes was given or the user answers yes (read from stdin, so it can be
    piped); otherwise stop with "Aborted!" and exit 1, having changed nothing."""
    if not yes:
        typer.confirm(question, default=False, abort=True, err=True)


def id_ranges(ids: Iterable[int]) -> str:
    """[1, 2, 3, 7, 9, 10] -> "1–3, 7, 9–10"."""
    runs: list[list[int]] = []
    for i in sorted(set(ids)):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


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
    raw_csv: bool = False,
) -> int:
    """Write rows to stdout in the chosen format; returns how many were written."""
    from tracker.export.rows import write_rows

    return write_rows(rows, fmt, columns, title=title, raw_csv=raw_csv)
