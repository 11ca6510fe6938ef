"""`tracker statement`: record and inspect statements by hand."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any, Literal

import typer

from tracker.cli.common import (
    DbOption,
    FormatOption,
    RawCsvOption,
    confirm_or_stop,
    id_ranges,
    output,
    session,
)
from tracker.cli.filters import filter_options

if TYPE_CHECKING:
    from tracker.query import Criteria

app = typer.Typer(help="Record and inspect statements.", no_args_is_help=True)

BY_HELP = (
    "Who said it: an official or an institution speaking as such (name, alias or id; "
    "a bare id is an official's, write institution:ID for an institution's)."
)
KIND_HELP = "direct (quoted), indirect (reported) or mixed."


@app.command("add")
def add(
    by: str = typer.Option(..., "--by", help=BY_HELP),
    on: str = typer.Option(
        ...,
        "--on",
        help="When: 2021-12-17, 2021-12, ../2021-12 (in or before December 2021), ...",
    ),
    text: str = typer.Option(..., "--text", help="What was said (the words, or their gist)."),
    kind: str = typer.Option("direct", "--kind", help=KIND_HELP),
    role: str | None = typer.Option(
        None, "--role", help="The speaker's role title (default: the role held on that day)."
    ),
    source: str | None = typer.Option(None, "--source", help="Id of the source reporting it."),
    span: str | None = typer.Option(
        None, "--span", help="START:END character offsets of the words in the source text."
    ),
    occasion: str | None = typer.Option(None, help="E.g. 'at a briefing'."),
    place: str | None = typer.Option(None, help="Where it was said."),
    topic: list[str] = typer.Option([], "--topic", help="A topic tag (repeatable)."),
    mentions: list[str] = typer.Option(
        [], "--mentions", help="An official or institution it is about (repeatable)."
    ),
    db: DbOption = None,
) -> None:
    """Record a statement by hand (confirmed, origin manual).

    The role the official held on that day is found from the recorded roles,
    and the statement speaks for that role's institution. Without --span, the
    text is looked for in the source and cited where it occurs once. Words the
    speaker is already recorded as saying then are that statement, not another
    (as ingest decides): it gets the citation instead.

    --on takes a date as `said` gives it: 2021-12-17, 2021-12, 2021-11-30/2021-12-28,
    ../2021-12-17 (on or before that day), ../2021-12 (in or before December 2021).

    Example: tracker statement add --by "Sergey Ryabkov" --on 2021-12-17 --text "..." --source 1
    """
    from tracker.dates import parse_said
    from tracker.models import STATEMENT_KINDS
    from tracker.services.statements import add_statement, parse_span
    from tracker.services.validate import check_choice

    day = parse_said(on)
    check_choice(kind, STATEMENT_KINDS, "statement kind")
    offsets = parse_span(span) if span else None
    with session(db) as s:
        statement, created = add_statement(
            session=s,
            by=by,
            on=day,
            text=text,
            kind=kind,
            role_title=role,
            source_id=source,
            span=offsets,
            occasion=occasion,
            place=place,
            topics=topic,
            mentions=mentions,
        )
    if created:
        typer.echo(f"added statement {statement.id} ({day.edtf()})")
    else:
        cited = " (its citation, topics and mentions added)" if source or topic or mentions else ""
        typer.echo(
            f"already recorded as statement {statement.id}: same speaker, a compatible date "
            f"and the same words; no new row{cited}"
        )


@app.command("list")
def list_(
    by: str | None = typer.Option(None, "--by", help="Only statements by this speaker."),
    status: str | None = typer.Option(None, "--status", help="proposed or confirmed."),
    source: str | None = typer.Option(None, "--source", help="Only those cited from this source."),
    limit: int | None = typer.Option(None, "--limit", "-n", min=1, help="At most this many."),
    fmt: FormatOption = "table",
    raw_csv: RawCsvOption = False,
    db: DbOption = None,
) -> None:
    """List statements, latest first.

    Fields: id, said_on (EDTF), official_id, official, role, institution_id,
    institution (the one it speaks for), kind, status, origin, text.

    Example: tracker statement list --by "Sergey Ryabkov" --status proposed --format jsonl
    """
    from tracker.export.quoting import shown
    from tracker.services.statement_listing import STATEMENT_COLUMNS, statement_rows

    with session(db, write=False) as s:
        rows = statement_rows(session=s, by=by, status=status, source_id=source, limit=limit)
        if fmt == "table":  # for reading: only a direct quotation in quotation marks
            rows = ({**row, "text": shown(row["text"], row["kind"])} for row in rows)
        output(rows, fmt, STATEMENT_COLUMNS, title="Statements", raw_csv=raw_csv)


@app.command("show")
def show(
    statement_id: str = typer.Argument(..., help="The statement's id."),
    fmt: Literal["text", "json"] = typer.Option(
        "text", "--format", "-f", help="Output format: text or json."
    ),
    db: DbOption = None,
) -> None:
    """Show a statement with its full provenance: speaker, role, date, kind, status, origin,
    topics, mentions, and every source citing it with the quoted words marked in their
    paragraph (highlighted on a terminal, between » and « otherwise).

    Example: tracker statement show 42
    """
    from tracker.services.provenance import statement_detail
    from tracker.services.statements import get_statement

    with session(db, write=False) as s:
        detail = statement_detail(
            session=s, statement=get_statement(session=s, statement_id=statement_id)
        )
    if fmt == "json":
        from tracker.export.rows import json_document

        typer.echo(json_document(detail))
        return
    _print_detail(detail)


def _print_detail(d: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.text import Text as RichText

    from tracker.export.quoting import shown
    from tracker.export.terminal import visible

    def Text(value: str, style: str = "") -> RichText:  # noqa: N802 - stands in for rich's
        return RichText(visible(value), style=style)

    console = Console(highlight=False, soft_wrap=True)
    marked = console.is_terminal

    def line(label: str, value: Any) -> None:
        if value not in (None, "", []):
            console.print(Text(f"  {label}: {value}"))

    console.print(Text(f"Statement {d['id']}", style="bold" if marked else ""))
    speaker = d["official"] or d["institution"]
    line("Speaker", f"{speaker['name']} (id {speaker['id']})")
    if d["role"]:
        line("Role", f"{d['role']['title']} (role {d['role']['id']})")
    if d["institution"]:
        line("For", f"{d['institution']['name']} (id {d['institution']['id']})")
    line("Said", f"{d['said_on_display']} ({d['said_on'] or 'unknown'})")
    line("Date evidence", d["date_evidence"])
    line("Kind", d["kind"])
    line("Status", f"{d['status']} (origin {d['origin']})")
    line("Occasion", d["occasion"])
    line("Place", d["place"])
    line("Topics", "; ".join(d["topics"]))
    line("Mentions", "; ".join(f"{m['name']} ({m['type']} {m['id']})" for m in d["mentions"]))
    console.print(Text(f"  Text: {shown(d['text'], d['kind'])}"))
    if not d["citations"]:
        console.print(Text("  Cited in: no source recorded"))
    for c in d["citations"]:
        where = ", ".join(
            str(v) for v in (c["outlet"], c["published"], c["url"]) if v not in (None, "")
        )
        console.print(Text(f"\n  Source {c['source_id']}: {c['title'] or '(no title)'}"))
        if where:
            console.print(Text(f"    {where}"))
        if c["cited"] is None:
            console.print(Text("    (no span recorded)"))
            continue
        console.print(Text(f"    characters {c['start']}–{c['end']}:"))
        quoted = Text("    " + c["before"])
        if marked:
            quoted.append(visible(c["cited"]), style="bold reverse")
        else:
            quoted.append(visible(f"»{c['cited']}«"))
        quoted.append(visible(c["after"]))
        console.print(quoted)


@app.command("edit")
def edit(
    statement_id: str = typer.Argument(..., help="The statement's id."),
    text: str | None = typer.Option(None, "--text", help="New text."),
    on: str | None = typer.Option(
        None,
        "--on",
        help="New date, as `said` gives it (the role is found again).",
    ),
    kind: str | None = typer.Option(None, "--kind", help=KIND_HELP),
    by: str | None = typer.Option(None, "--by", help=BY_HELP),
    role: str | None = typer.Option(None, "--role", help="The speaker's role title."),
    occasion: str | None = typer.Option(None, help="New occasion ('' clears it)."),
    place: str | None = typer.Option(None, help="New place ('' clears it)."),
    topic: list[str] | None = typer.Option(
        None, "--topic", help="Replace the topics with these (repeatable)."
    ),
    no_topics: bool = typer.Option(False, "--no-topics", help="Remove every topic."),
    db: DbOption = None,
) -> None:
    """Correct a statement: text, date, kind, speaker, role, occasion, place or topics.

    --on takes a date as `said` gives it (../2021-12 is in or before December 2021).

    Example: tracker statement edit 42 --on 2021-12-16 --kind indirect --topic NATO
    """
    from tracker.dates import parse_said
    from tracker.services.statements import edit_statement, get_statement

    day = parse_said(on) if on else None
    topics = [] if no_topics else (topic or None)
    with session(db) as s:
        statement = get_statement(session=s, statement_id=statement_id)
        changed = edit_statement(
            session=s,
            statement=statement,
            text=text,
            on=day,
            kind=kind,
            by=by,
            role_title=role,
            occasion=occasion,
            place=place,
            topics=topics,
        )
    typer.echo(f"updated statement {statement.id}: {', '.join(changed)}")


@app.command("rm")
@filter_options()
def rm(
    statement_ids: Annotated[
        list[str] | None,
        typer.Argument(help="Ids (each must exist), ranges (40-45) or lists (40,41)."),
    ] = None,
    *,
    criteria: Criteria,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Do not ask for confirmation.")] = False,
    db: DbOption = None,
) -> None:
    """Delete statements with their citations, topics and mentions (sources stay): by id,
    by ranges of ids, or every statement a filter matches (--source 12, --by, --status,
    --from ... as `tracker said` takes them; with ids too, the ids it matches). A range
    or a filter says how many will go and asks to confirm (--yes does not ask).

    Example: tracker statement rm 42 43 50-59

    Example: tracker statement rm --source 12 --status proposed
    """
    from tracker.errors import InvalidInput
    from tracker.query import Criteria
    from tracker.services.statement_batches import (
        parse_statement_ids,
        remove_statements,
        select_statements,
    )

    single, ranged = parse_statement_ids(statement_ids or [])
    filtered = criteria != Criteria()
    if not (single or ranged or filtered):
        raise InvalidInput("give the ids of the statements to delete, or a filter (--source 12)")
    with session(db, write=False) as s:  # no write lock held while the user reads
        chosen = select_statements(
            session=s, single=single, ranged=ranged, criteria=criteria if filtered else None
        )
    if not chosen:
        typer.echo("no statement matches; nothing deleted", err=True)
        return
    if ranged or filtered:
        many = f"{len(chosen)} statement{'s' * (len(chosen) != 1)}"
        typer.echo(f"{many}: {id_ranges(chosen)}", err=True)
        confirm_or_stop(f"Delete {many}?", yes=yes)
    with session(db) as s:
        count = remove_statements(session=s, ids=chosen)
    if count == 1:
        typer.echo(f"deleted statement {chosen[0]}")
    else:
        typer.echo(f"deleted {count} statements: {id_ranges(chosen)}")


@app.command("confirm")
def confirm(
    statement_ids: list[str] = typer.Argument(..., help="Ids of proposed statements."),
    db: DbOption = None,
) -> None:
    """Mark proposed statements as confirmed (all or, if an id is unknown, none).

    Example: tracker statement confirm 42 43 44
    """
    from tracker.services.statement_batches import confirm_statements

    with session(db) as s:
        confirmed, already = confirm_statements(session=s, ids=statement_ids)
    if confirmed:
        typer.echo(f"confirmed {len(confirmed)}: {', '.join(map(str, confirmed))}")
    if already:
        typer.echo(f"already confirmed: {', '.join(map(str, already))}")
