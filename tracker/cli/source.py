"""`tracker source`: record and inspect sources by hand."""

from __future__ import annotations

from typing import Literal

import typer

from tracker.cli.common import (
    DbOption,
    FormatOption,
    RawCsvOption,
    confirm_or_stop,
    echo,
    id_ranges,
    output,
    session,
)

app = typer.Typer(help="Record and inspect sources.", no_args_is_help=True)


@app.command("add")
def add(
    file: str = typer.Argument(..., help="A UTF-8 text file, or - to read standard input."),
    url: str | None = typer.Option(None, help="Where the source was published."),
    outlet: str | None = typer.Option(
        None, help="The outlet (name or id); an unknown name is added as a media outlet."
    ),
    title: str | None = typer.Option(None, help="The headline or title."),
    published: str | None = typer.Option(
        None,
        metavar="DATE",
        help="When it was published: a day (2021-12-17), or only the month (2021-12) or year.",
    ),
    language: str | None = typer.Option(None, help="Language code of the text, e.g. en."),
    max_size: float = typer.Option(
        5.0, "--max-size", min=0.001, metavar="MB", help="Refuse files larger than this."
    ),
    db: DbOption = None,
) -> None:
    """Store an article, transcript or press release with its full text.

    The text is kept as read (citations point at its characters), less any
    control and invisible characters, and identified by its sha256: adding the
    same text again only reports its id. Read as `tracker ingest` reads text,
    with the same size limit.

    Example: tracker source add article.txt --outlet TASS --published 2021-12-17 --title "..."
    """
    from tracker.dates import publication_date
    from tracker.services.sources import add_source

    text = _read_text(file, max_bytes=int(max_size * 1024 * 1024))
    day = publication_date(published) if published else None
    with session(db) as s:
        source, created = add_source(
            session=s,
            text=text,
            url=url,
            outlet=outlet,
            title=title,
            published=day,
            language=language,
        )
    if created:
        typer.echo(
            f"added source {source.id} ({len(text)} characters, sha256 {source.sha256[:12]})"
        )
    else:
        typer.echo(f"already stored as source {source.id} (same text, sha256 {source.sha256[:12]})")


def _read_text(file: str, *, max_bytes: int) -> str:
    import os

    from tracker import reader
    from tracker.errors import InvalidInput

    if file == "-":
        item = reader.Input("-", "stdin")
    else:
        item = reader.Input(file, "file" if os.path.exists(file) else "missing")
    try:
        return reader.read_text(
            item, max_bytes=max_bytes, stdin=typer.get_binary_stream("stdin")
        ).text
    except InvalidInput as exc:
        raise InvalidInput(f"{file}: {exc}") from None


@app.command("list")
def list_(
    limit: int | None = typer.Option(None, "--limit", "-n", min=1, help="At most this many."),
    published: str | None = typer.Option(
        None,
        metavar="DATE",
        help="Only those published on this day, or in this month (2021-12) or year (2021).",
    ),
    fmt: FormatOption = "table",
    raw_csv: RawCsvOption = False,
    db: DbOption = None,
) -> None:
    """List sources, latest published first.

    Fields: id, published (2021-12-17, or 2021-12 for a source known only to the month),
    outlet, title, url, chars (length of the text), statements (citations of it), sha256.
    --published 2021-12 lists the sources published in December 2021: those known to the
    day and those known only to the month; a day lists only sources known to the day.

    Example: tracker source list --limit 20 --format jsonl
    """
    from tracker.dates import parse_publication
    from tracker.services.sources import SOURCE_COLUMNS, source_rows

    within = parse_publication(published) if published is not None else None
    with session(db, write=False) as s:
        output(
            source_rows(session=s, limit=limit, published=within),
            fmt,
            SOURCE_COLUMNS,
            title="Sources",
            raw_csv=raw_csv,
        )


@app.command("show")
def show(
    source_id: str = typer.Argument(..., help="The source's id."),
    full: bool = typer.Option(False, "--full", help="Print the whole text, not an excerpt."),
    fmt: Literal["text", "json"] = typer.Option(
        "text", "--format", "-f", help="Output format: text or json."
    ),
    db: DbOption = None,
) -> None:
    """Show a source's metadata and the start of its text.

    Example: tracker source show 3 --full
    """
    from tracker.services.sources import get_source, source_detail

    with session(db, write=False) as s:
        detail = source_detail(
            session=s, source=get_source(session=s, source_id=source_id), full=full
        )
    if fmt == "json":
        from tracker.export.rows import json_document

        typer.echo(json_document(detail))
        return
    echo(f"Source {detail['id']}: {detail['title'] or '(no title)'}")
    for label, key in (
        ("Outlet", "outlet"),
        ("Published", "published"),
        ("URL", "url"),
        ("Dateline", "dateline_place"),
        ("Language", "language"),
    ):
        if detail[key]:
            echo(f"  {label}: {detail[key]}")
    echo(f"  Length: {detail['chars']} characters; sha256 {detail['sha256']}")
    echo(f"  Citations: {detail['citations']}")
    echo("")
    echo(detail["text"].rstrip() + (" […]" if detail["truncated"] else ""))


@app.command("edit")
def edit(
    source_id: str = typer.Argument(..., help="The source's id."),
    title: str | None = typer.Option(None, help="New title ('' clears it)."),
    url: str | None = typer.Option(None, help="New URL ('' clears it)."),
    outlet: str | None = typer.Option(None, help="New outlet, name or id ('' clears it)."),
    published: str | None = typer.Option(
        None,
        metavar="DATE",
        help="New publication date: a day, or a month (2021-12) or year ('' clears it).",
    ),
    dateline: str | None = typer.Option(None, help="New dateline place ('' clears it)."),
    language: str | None = typer.Option(None, help="New language code ('' clears it)."),
    db: DbOption = None,
) -> None:
    """Correct a source's title, URL, outlet, publication date, dateline or language.
    The text itself stays: citations point at its characters.

    A new --published does not re-date the statements already recorded from the source:
    their dates were worked out from the old one ("on Tuesday", "earlier", "today"), may
    have been reviewed or edited since, and may come from another source citing them too,
    so tracker cannot tell which to move, nor safely how. The command says which
    statements may keep such dates (those whose date came from their own words or from
    another source do not depend on it): check them with `tracker said --source ID` and
    correct a date with `tracker statement edit ID --on DATE`. Removing the source
    (`tracker source rm ID --force`) and ingesting it again with the right --published
    re-dates only the statements no other source cites (when none was reviewed): the
    statements cited elsewhere too stay, with their dates.

    Example: tracker source edit 12 --title "Ryabkov: Russia needs guarantees now"
    """
    from tracker.dates import publication_date, publication_edtf
    from tracker.services.sources import edit_source, get_source, source_removal

    day = publication_date(published) if published else None
    with session(db) as s:
        source = get_source(session=s, source_id=source_id)
        before = publication_edtf(source.published, source.published_precision)
        changed = edit_source(
            session=s,
            source=source,
            url=url,
            outlet=outlet,
            title=title,
            published=day,
            clear_published=published == "",
            dateline_place=dateline,
            language=language,
        )
        after = publication_edtf(source.published, source.published_precision)
        removal = source_removal(session=s, source=source) if after != before else None
    typer.echo(f"updated source {source.id}: {', '.join(changed)}")
    if removal is not None and removal.statements:
        typer.echo(_not_redated(source.id, removal, before), err=True)


def _not_redated(source_id: int, removal, before: str | None) -> str:
    """What a new publication date may leave as it was: the dates of the statements cited
    (those dated from their own words or another source never depended on it), and what
    removing and ingesting the source again would re-date: the statements cited only here."""
    from tracker.cli.common import id_ranges

    cited, only_here = removal.statements, removal.only_here
    which = f"its statement {cited[0]}" if len(cited) == 1 else f"its {len(cited)} statements"
    if len(cited) > 1:
        which += f" ({id_ranges(cited)})"
    old = f"the old publication date ({before})" if before else "no publication date"
    if not only_here:
        again = (
            f"`tracker source rm {source_id} --force` and ingesting the text again would "
            "re-date none: another source cites each too"
        )
    elif len(only_here) == len(cited):
        again = (
            f"or, if none was reviewed, `tracker source rm {source_id} --force` and ingest the "
            "text again"
        )
    else:
        again = (
            f"or, if none was reviewed, `tracker source rm {source_id} --force` and ingest the "
            f"text again, which re-dates only the {len(only_here)} cited by no other source "
            f"({id_ranges(only_here)})"
        )
    return (
        f"note: {which} may keep dates worked out from {old}: tracker does not re-date them; "
        f"check with `tracker said --source {source_id}`, correct a date with "
        f"`tracker statement edit ID --on DATE`; {again}"
    )


@app.command("rm")
def rm(
    source_id: str = typer.Argument(..., help="The source's id."),
    force: bool = typer.Option(
        False, "--force", help="Also delete the statements it leaves citing no source."
    ),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
    db: DbOption = None,
) -> None:
    """Delete a source and its citations, saying first what will go and asking to confirm.
    Statements it leaves citing no source stay (without a source) unless --force deletes
    them too; statements cited elsewhere keep their other citations.

    Example: tracker source rm 12 --force
    """
    from tracker.services.sources import get_source, remove_source, source_removal

    with session(db, write=False) as s:  # no write lock held while the user reads
        source = get_source(session=s, source_id=source_id)
        title = source.title or "(no title)"
        plan = source_removal(session=s, source=source)
    cited = _count(len(plan.statements), "statement")
    lines = [f"Source {source_id}: {title}", f"  {_count(plan.citations, 'citation')} of {cited}"]
    lines[-1] += " will go"
    if plan.only_here:
        fate = "will be deleted" if force else "will stay, citing no source (--force: deleted)"
        lines.append(
            f"  {_count(len(plan.only_here), 'statement')} cite no other source and {fate}: "
            f"{id_ranges(plan.only_here)}"
        )
    echo("\n".join(lines), err=True)
    confirm_or_stop(f"Delete source {source_id}?", yes=yes)
    with session(db) as s:
        done = remove_source(
            session=s, source=get_source(session=s, source_id=source_id), force=force
        )
    gone = f" and {_count(len(done.only_here), 'statement')}" if force and done.only_here else ""
    typer.echo(f"deleted source {source_id} with {_count(done.citations, 'citation')}{gone}")


def _count(n: int, what: str) -> str:
    return f"{n} {what}{'s' * (n != 1)}"
