"""`tracker said`, `search`, `timeline`, `stats` and `who`: answer who said what, when.

Every command takes the same filter options (tracker.cli.filters, one
tracker.query.Criteria); they resolve and run in tracker.query, the functions
the Python API (tracker.api) calls too, and write through tracker.export.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from inspect import cleandoc
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, Literal

import typer

from tracker.cli.common import DbOption, RawCsvOption, reading
from tracker.cli.filters import filter_options
from tracker.export.timeline import DATA_COLUMNS

if TYPE_CHECKING:
    from sqlalchemy import Connection

    from tracker.query import Criteria

NO_SUBJECT_FILTERS = ("about", "mentions", "topic", "source")  # search and who take a subject

SEARCH_SYNTAX = """
Query syntax: words are all required (AND is implied); "an exact phrase" in
double quotes; guarant* matches words starting with guarant; nato OR alliance;
nato NOT ukraine (or nato -ukraine) excludes; parentheses group:
(nato OR alliance) expansion. AND, OR and NOT are operators only in capitals;
punctuation is ignored, so any text is a valid query. Words are stemmed
(guarantee finds guarantees) and speaker names are searched too.
"""

Limit = Annotated[int, typer.Option("--limit", help="At most this many rows (0: all).", min=0)]
Offset = Annotated[int, typer.Option("--offset", help="Skip this many rows first.", min=0)]

ListingFormat = Literal["table", "json", "jsonl", "csv", "markdown"]
TimelineFormat = Literal["markdown", "csv", "json", "html", "timelinejs", "ics"]
TableFormat = Literal["table", "json", "jsonl", "csv"]

SAID_COLUMNS = ("date", "speaker", "role", "excerpt", "source")
EXCERPT_CHARS = 160
SNIPPET_BATCH = 200


def _shorten(text: str, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _with_excerpts(
    s: Connection, rows: Iterable[dict], about: str | None, *, marked: bool
) -> Iterator[dict]:
    """Rows with an `excerpt`: the matching passage when there is a query, else the start.

    `marked` keeps the matches between tracker.export.highlight's marks, for a writer
    that shows them (a terminal table, Markdown); otherwise the excerpt is plain text.
    """
    from tracker.export.highlight import plain
    from tracker.export.timeline import source_label
    from tracker.query import snippets

    rows = iter(rows)
    while batch := list(islice(rows, SNIPPET_BATCH)):
        found = snippets(session=s, about=about, ids=[r["id"] for r in batch]) if about else {}
        for row in batch:
            excerpt = found.get(row["id"])
            row["excerpt"] = (excerpt if marked else plain(excerpt)) if excerpt else None
            row["excerpt"] = row["excerpt"] or _shorten(row["text"])
            row["source"] = source_label(row)
            yield row


def _as_read(row: dict) -> dict:
    """A row for a table: the date in words, and the excerpt in quotation marks only when
    the statement is a direct quotation (tracker.export.quoting)."""
    from tracker.export.quoting import shown

    return {**row, "date": row["when"], "excerpt": shown(row["excerpt"], row["kind"])}


@contextmanager
def _destination(path: Path | None, *, crlf: bool = False) -> Iterator[IO[str]]:
    """The output file (created whole only when the command succeeds) or stdout."""
    if path is None:
        yield sys.stdout
        return
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8", newline="" if crlf else None) as out:
            yield out
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def register(app: typer.Typer) -> None:
    """Add the query commands to the root command group."""
    app.command("said")(said)
    app.command("search", help=cleandoc(search.__doc__) + "\n\n" + SEARCH_SYNTAX.strip())(search)
    app.command("timeline")(timeline)
    app.command("stats")(stats)
    app.command("who")(who)


@filter_options()
def said(
    criteria: Criteria,
    sort: Annotated[
        Literal["date", "relevance"] | None,
        typer.Option("--sort", help="date (newest first) or relevance (default with --about)."),
    ] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    fmt: Annotated[
        ListingFormat,
        typer.Option("--format", "-f", help="table, json, jsonl, csv or markdown."),
    ] = "table",
    raw_csv: RawCsvOption = False,
    db: DbOption = None,
) -> None:
    """What was said: statements matching every filter given, newest first.

    Example: tracker said --by "Sergey Ryabkov" --from 2021-12 --to 2021-12 --about NATO
    """
    from tracker.export.markdown import write_markdown
    from tracker.export.rows import write_rows
    from tracker.query import build_filter, statements

    with reading(db) as s:
        filt = build_filter(session=s, criteria=criteria)
        order = sort or ("relevance" if criteria.about else "date")
        found = statements(session=s, filt=filt, sort=order, limit=limit or None, offset=offset)
        rows = _with_excerpts(s, found, criteria.about, marked=fmt in ("table", "markdown"))
        if fmt == "markdown":
            write_markdown(rows, sys.stdout, title="Statements", group=None)
        elif fmt == "table":
            write_rows(map(_as_read, rows), fmt, SAID_COLUMNS)
        else:
            columns = (*DATA_COLUMNS, "excerpt", *(("score",) if order == "relevance" else ()))
            write_rows(rows, fmt, columns, raw_csv=raw_csv)


@filter_options(omit=NO_SUBJECT_FILTERS)
def search(
    query: Annotated[str, typer.Argument(help="What to look for (syntax below).")],
    criteria: Criteria,
    limit: Limit = 20,
    offset: Offset = 0,
    fmt: Annotated[
        TableFormat, typer.Option("--format", "-f", help="table, json, jsonl or csv.")
    ] = "table",
    raw_csv: RawCsvOption = False,
    db: DbOption = None,
) -> None:
    """Full-text search over statements and their speakers, best matches first, with the
    matching words highlighted on a terminal.

    Example: tracker search '"security guarantees" NATO' --from 2021-12
    """
    from dataclasses import replace

    from tracker.export.rows import write_rows
    from tracker.query import build_filter, statements

    with reading(db) as s:
        filt = build_filter(session=s, criteria=replace(criteria, about=query))
        found = statements(
            session=s, filt=filt, sort="relevance", limit=limit or None, offset=offset
        )
        rows = _with_excerpts(s, found, query, marked=fmt == "table")
        if fmt == "table":
            table_rows = ({**r, "match": r["excerpt"]} for r in map(_as_read, rows))
            write_rows(table_rows, fmt, ("id", "date", "speaker", "match"))
        else:
            write_rows(rows, fmt, ("id", "score", *DATA_COLUMNS[1:], "excerpt"), raw_csv=raw_csv)


@filter_options()
def timeline(
    criteria: Criteria,
    fmt: Annotated[
        TimelineFormat,
        typer.Option("--format", "-f", help="markdown, csv, json, html, timelinejs or ics."),
    ] = "markdown",
    group: Annotated[
        Literal["day", "month"],
        typer.Option("--group", help="Group by day or by month (markdown and html)."),
    ] = "day",
    title: Annotated[str | None, typer.Option("--title", help="Title of the timeline.")] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    raw_csv: RawCsvOption = False,
    db: DbOption = None,
) -> None:
    """A chronological timeline of the matching statements, for reading or another tool.

    Uncertain dates are shown as such ("on or before 17 Dec 2021", "December
    2021") and placed at the latest day they may have been said. html is one
    self-contained page with a speaker filter; timelinejs is Knight Lab
    TimelineJS3 JSON; ics is an iCalendar file of all-day events.

    Example: tracker timeline --by "Sergey Ryabkov" --from 2021-12 -f html -o ryabkov.html
    """
    from tracker.query import build_filter, statement_records, statements

    with reading(db) as s:
        filt = build_filter(session=s, criteria=criteria)
        heading = title or _title(criteria)
        with _destination(output, crlf=fmt == "ics") as out:
            if fmt == "csv":  # tuples, not dicts: the export of a whole archive
                from tracker.export.rows import write_csv_records

                columns, records = statement_records(session=s, filt=filt, sort="chronological")
                written = write_csv_records(columns, records, DATA_COLUMNS, out, raw_csv=raw_csv)
                count, skipped = written, 0
            else:
                rows = statements(session=s, filt=filt, sort="chronological")
                count, skipped = _write_timeline(rows, out, fmt, heading, group)
    if skipped:
        typer.echo(f"{skipped} statement(s) with no known date left out of the {fmt}", err=True)
    if output is not None:
        typer.echo(f"Wrote {count} statement(s) to {output}", err=True)


def _title(criteria: Criteria) -> str:
    c = criteria
    parts = ["Statements"]
    if c.by:
        parts.append("by " + ", ".join(c.by))
    if c.institution:
        parts.append(f"from {c.institution}")
    if c.about:
        parts.append(f"about {c.about}")
    if c.date_from or c.date_to:
        parts.append(f"({c.date_from or '…'} to {c.date_to or '…'})")
    return " ".join(parts)


def _write_timeline(rows, out: IO[str], fmt: str, title: str, group: str) -> tuple[int, int]:
    """Write in the chosen format but CSV: (statements written, statements skipped)."""
    from tracker.export.rows import write_rows

    if fmt == "markdown":
        from tracker.export.markdown import write_markdown

        return write_markdown(rows, out, title=title, group=group), 0
    if fmt == "html":
        from tracker.export.html import write_html

        return write_html(rows, out, title=title, group=group), 0
    if fmt == "timelinejs":
        from tracker.export.timelinejs import write_timelinejs

        return write_timelinejs(rows, out, title=title)
    if fmt == "ics":
        from tracker.export.ics import write_ics

        return write_ics(rows, out, title=title)
    return write_rows(rows, fmt, DATA_COLUMNS, out=out), 0


def _in_words(row: dict[str, Any]) -> dict[str, Any]:
    """A stats or who row for a table on a terminal: its first and last dates in words, as
    `said` shows a statement's date (piped lines, JSON and CSV keep EDTF, for cut and sort)."""
    from tracker.query.bounds import shown

    return {**row, "first": shown(row["first"]), "last": shown(row["last"])}


@filter_options()
def stats(
    criteria: Criteria,
    per: Annotated[
        list[str] | None,
        typer.Option("--per", help="official, institution or month; repeatable (default: all)."),
    ] = None,
    fmt: Annotated[
        TableFormat, typer.Option("--format", "-f", help="table, json, jsonl or csv.")
    ] = "table",
    raw_csv: RawCsvOption = False,
    db: DbOption = None,
) -> None:
    """How many statements match, per official, per institution spoken for and per month,
    with when the first and the last of each were said.

    `first` and `last` are the statements placed first and last: placed, as --from and --to
    place them, on the latest day each may have been said (of several on one day, the first
    is the one that may have been said earliest, the last the narrowest). Placed first is
    no lower bound: a statement of 30 Nov – 28 Dec may be older than one placed first on
    17 Dec. Each is given with its date as `said` shows it on a terminal (17 Dec 2021,
    December 2021, 30 Nov 2021 – 28 Dec 2021, in or before December 2021), and as EDTF
    piped and in JSON and CSV (2021-12-17, 2021-12, 2021-11-30/2021-12-28, ../2021-12);
    empty when no matching statement has a latest day.
    A month counts the statements placed in it.

    Example: tracker stats --country RU --from 2021 --per official --per month
    """
    from tracker.errors import InvalidInput
    from tracker.export.rows import write_rows
    from tracker.query import STATS_DIMENSIONS, build_filter
    from tracker.query import stats as count_statements

    dimensions = per or list(STATS_DIMENSIONS)
    for dimension in dimensions:
        if dimension not in STATS_DIMENSIONS:
            raise InvalidInput(
                f"unknown --per {dimension!r}; use one of: {', '.join(STATS_DIMENSIONS)}"
            )
    with reading(db) as s:
        filt = build_filter(session=s, criteria=criteria)
        columns = ("group", "name", "statements", "first", "last")
        if fmt == "table" and sys.stdout.isatty():
            for dimension in dimensions:
                rows = map(_in_words, count_statements(session=s, filt=filt, dimension=dimension))
                write_rows(rows, fmt, columns[1:], title=f"Statements per {dimension}")
        else:
            rows = (
                row
                for dimension in dimensions
                for row in count_statements(session=s, filt=filt, dimension=dimension)
            )
            # piped, a table is one tab-separated line per row: the group says which
            ids = columns if fmt == "table" else ("group", "id", *columns[1:])
            write_rows(rows, fmt, ids, raw_csv=raw_csv)


@filter_options(omit=NO_SUBJECT_FILTERS)
def who(
    about: Annotated[str, typer.Option("--about", help="Full-text query: the subject.")],
    criteria: Criteria,
    limit: Limit = 20,
    fmt: Annotated[
        TableFormat, typer.Option("--format", "-f", help="table, json, jsonl or csv.")
    ] = "table",
    raw_csv: RawCsvOption = False,
    db: DbOption = None,
) -> None:
    """Who spoke on a subject: speakers ranked by how many matching statements they made
    (then by relevance), with when the first and the last were said.

    `first` and `last` are the statements placed first and last: placed, as --from and --to
    place them, on the latest day each may have been said (of several on one day, the first
    is the one that may have been said earliest, the last the narrowest). Placed first is
    no lower bound: a statement of 30 Nov – 28 Dec may be older than one placed first on
    17 Dec. Each is given with its date as `said` shows it on a terminal (17 Dec 2021,
    December 2021, 30 Nov 2021 – 28 Dec 2021, in or before December 2021), and as EDTF
    piped and in JSON and CSV (2021-12-17, 2021-12, 2021-11-30/2021-12-28, ../2021-12);
    empty when no matching statement has a latest day.

    Example: tracker who --about "security guarantees" --institution "Russian Foreign Ministry"
    """
    from dataclasses import replace

    from tracker.export.rows import write_rows
    from tracker.query import build_filter
    from tracker.query import who as speakers

    with reading(db) as s:
        filt = build_filter(session=s, criteria=replace(criteria, about=about))
        rows: Iterable[dict[str, Any]] = speakers(session=s, filt=filt, limit=limit or None)
        columns = ("speaker", "statements", "first", "last", "score")
        if fmt != "table":
            columns = ("speaker", "official_id", "institution_id", *columns[1:])
        elif sys.stdout.isatty():
            rows = map(_in_words, rows)
        write_rows(rows, fmt, columns, raw_csv=raw_csv)
