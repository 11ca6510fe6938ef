"""`tracker official`: record and inspect officials by hand."""

from __future__ import annotations

from typing import Literal

import typer

from tracker.cli.common import DbOption, FormatOption, RawCsvOption, echo, output, session

app = typer.Typer(help="Record and inspect officials.", no_args_is_help=True)
alias_app = typer.Typer(help="Other spellings and scripts of an official's name.")
app.add_typer(alias_app, name="alias", no_args_is_help=True)

NameArg = typer.Argument(..., help="Name (any alias, spelling or script) or id.")
DetailFormat = typer.Option("text", "--format", "-f", help="Output format: text or json.")


@app.command("add")
def add(
    name: str = typer.Argument(..., help="The name to show, e.g. 'Sergey Ryabkov'."),
    alias: list[str] = typer.Option([], "--alias", "-a", help="Another spelling (repeatable)."),
    wikidata: str | None = typer.Option(None, help="Wikidata item id, e.g. Q4419410."),
    sort_name: str | None = typer.Option(None, help="Name to sort by, e.g. 'Ryabkov, Sergey'."),
    notes: str | None = typer.Option(None, help="Free-text notes."),
    db: DbOption = None,
) -> None:
    """Add an official, with other spellings of the name.

    Example: tracker official add "Sergey Ryabkov" --alias "Сергей Рябков" --wikidata Q4419410
    """
    from tracker.models import Official
    from tracker.services.officials import add_official
    from tracker.services.validate import check_wikidata, ensure_wikidata_free

    code = check_wikidata(wikidata)
    with session(db) as s:
        ensure_wikidata_free(session=s, model=Official, wikidata=code)
        official = add_official(
            session=s, name=name, aliases=alias, wikidata=code, notes=notes, sort_name=sort_name
        )
    typer.echo(f"added official {official.name} (id {official.id})")


@app.command("list")
def list_(fmt: FormatOption = "table", raw_csv: RawCsvOption = False, db: DbOption = None) -> None:
    """List officials by name.

    Fields: id, name, sort_name, wikidata, aliases (other names joined by "; "),
    roles, statements (counts).

    Example: tracker official list --format csv
    """
    from tracker.services.officials import OFFICIAL_COLUMNS, official_rows

    with session(db, write=False) as s:
        output(official_rows(session=s), fmt, OFFICIAL_COLUMNS, title="Officials", raw_csv=raw_csv)


@app.command("show")
def show(
    name: str = NameArg,
    fmt: Literal["text", "json"] = DetailFormat,
    db: DbOption = None,
) -> None:
    """Show an official: aliases, roles with dates, and how many statements, from when to when.

    "Placed first" and "placed last" are the statements placed, as `said --from/--to` place
    them, on the earliest and the latest of the days each may have been said at the latest,
    each with its date as `said` shows it (17 Dec 2021, December 2021, 30 Nov 2021 – 28 Dec
    2021); JSON gives them as EDTF. Placed first is no lower bound: a statement of 30 Nov –
    28 Dec may be older than one placed first on 17 Dec.

    Example: tracker official show "Sergey Ryabkov"
    """
    from tracker.services.officials import official_detail
    from tracker.services.resolve import find_official

    with session(db, write=False) as s:
        detail = official_detail(session=s, official=find_official(session=s, name=name))
    if fmt == "json":
        _echo_json(detail)
        return
    echo(f"{detail['name']} (id {detail['id']})")
    for label, key in (("Sort name", "sort_name"), ("Wikidata", "wikidata"), ("Notes", "notes")):
        if detail[key]:
            echo(f"  {label}: {detail[key]}")
    if detail["aliases"]:
        echo("  Aliases: " + "; ".join(a["alias"] for a in detail["aliases"]))
    echo("  Roles:" if detail["roles"] else "  Roles: none recorded")
    for role in detail["roles"]:
        echo(
            f"    [{role['id']}] {role['title']}, {role['institution']}"
            f" ({role['start'] or '?'} – {role['end'] or 'now'})"
        )
    echo(f"  Statements: {detail['statements']}{_first_and_last(detail)}")


def _first_and_last(detail: dict) -> str:
    """ ", placed first 30 Nov 2021 – 28 Dec 2021, placed last 17 Jan 2022": the statements
    placed first and last, with their dates as `said` shows them ("" with no dated statement)."""
    from tracker.query.bounds import shown

    first, last = detail["first_statement"], detail["last_statement"]
    if not detail["statements"] or first is None:
        return ""
    if detail["statements"] == 1:
        return f", {shown(first)}"
    return f", placed first {shown(first)}, placed last {shown(last)}"


@app.command("edit")
def edit(
    name: str = NameArg,
    new_name: str | None = typer.Option(None, "--name", help="New display name."),
    sort_name: str | None = typer.Option(None, help="New sort name ('' clears it)."),
    wikidata: str | None = typer.Option(None, help="New Wikidata id ('' clears it)."),
    notes: str | None = typer.Option(None, help="New notes ('' clears them)."),
    db: DbOption = None,
) -> None:
    """Change an official's name, sort name, Wikidata id or notes. The old name stays an alias.

    Example: tracker official edit "Sergey Ryabkov" --sort-name "Ryabkov, Sergey"
    """
    from tracker.services.officials import edit_official
    from tracker.services.resolve import find_official

    with session(db) as s:
        official = find_official(session=s, name=name)
        changed = edit_official(
            session=s,
            official=official,
            name=new_name,
            sort_name=sort_name,
            wikidata=wikidata,
            notes=notes,
        )
    typer.echo(f"updated {official.name} (id {official.id}): {', '.join(changed)}")


@alias_app.command("add")
def alias_add(
    name: str = NameArg,
    alias: str = typer.Argument(..., help="The other spelling, e.g. 'Sergei Riabkov'."),
    language: str | None = typer.Option(None, help="Language code of the spelling, e.g. ru."),
    db: DbOption = None,
) -> None:
    """Record another spelling or script of an official's name.

    Example: tracker official alias add "Sergey Ryabkov" "Сергей Рябков" --language ru
    """
    from tracker.services.officials import add_official_alias
    from tracker.services.resolve import find_official

    with session(db) as s:
        official = find_official(session=s, name=name)
        row = add_official_alias(session=s, official=official, alias=alias, language=language)
    if row is None:
        typer.echo(f"{official.name} (id {official.id}) is already known as {alias!r}")
    else:
        typer.echo(f"added alias {row.alias!r} to {official.name} (id {official.id})")


@alias_app.command("rm")
def alias_rm(
    name: str = NameArg,
    alias: str = typer.Argument(..., help="The spelling to forget, e.g. 'Travels'."),
    db: DbOption = None,
) -> None:
    """Forget another name of an official (that spelling, else every alias with the same
    key). Its display name stays: change it with `official edit --name` first.

    Example: tracker official alias rm "Antonio Guterres" "Travels"
    """
    from tracker.services.officials import remove_official_alias
    from tracker.services.resolve import find_official

    with session(db) as s:
        official = find_official(session=s, name=name)
        removed = remove_official_alias(session=s, official=official, alias=alias)
    gone = ", ".join(repr(a) for a in removed)
    typer.echo(f"removed {gone} from {official.name} (id {official.id})")


@app.command("merge")
def merge(
    keep: str = typer.Argument(..., help="The official to keep (name or id)."),
    duplicate: str = typer.Argument(..., help="The duplicate to fold into it (name or id)."),
    alias: list[str] = typer.Option(
        [], "--alias", "-a", help="Keep this name of the duplicate as an alias (repeatable)."
    ),
    no_aliases: bool = typer.Option(
        False, "--no-aliases", help="Keep none of the duplicate's names."
    ),
    db: DbOption = None,
) -> None:
    """Merge a duplicate official into another: its roles, statements and mentions move
    over, in one transaction. Its names become aliases when they can be the same person's
    ("Sergei Riabkov", "MR RYABKOV"); any other ("Travels") is dropped and named in the
    output, unless kept with --alias. --alias keeps only the names given; --no-aliases none.

    Example: tracker official merge "Sergey Ryabkov" 17

    Example: tracker official merge "Antonio Guterres" Travels --no-aliases
    """
    from tracker.errors import InvalidInput
    from tracker.services.duplicate_officials import resembles
    from tracker.services.officials import merge_officials, official_names
    from tracker.services.references import describe_counts
    from tracker.services.resolve import find_official

    if alias and no_aliases:
        raise InvalidInput("--alias and --no-aliases exclude each other")
    with session(db) as s:
        kept = find_official(session=s, name=keep)
        dup = find_official(session=s, name=duplicate)
        label = f"{dup.name} (id {dup.id})"
        theirs = official_names(session=s, official=dup)
        if no_aliases:
            chosen: list[str] = []
        elif alias:
            chosen = alias
        else:
            ours = official_names(session=s, official=kept)
            chosen = [n for n in theirs if resembles(n, ours)]
        moved = merge_officials(session=s, keep=kept, duplicate=dup, names=chosen)
    folded = moved.pop("folded", 0)
    echo(
        f"merged {label} into {kept.name} (id {kept.id}); moved {describe_counts(moved)}"
        + (f"; {folded} statement(s) both had recorded now one, cited by both" if folded else "")
    )
    dropped = [n for n in theirs if n not in chosen]
    if dropped:
        names = ", ".join(repr(n) for n in dropped)
        hint = "" if alias or no_aliases else " (unlike its names; keep one with --alias NAME)"
        echo(f"dropped the name{'s' * (len(dropped) > 1)} {names}{hint}")


@app.command("duplicates")
def duplicates(
    fmt: FormatOption = "table", raw_csv: RawCsvOption = False, db: DbOption = None
) -> None:
    """List officials that are likely one person recorded twice: the same surname, given
    names that can agree ("Miller", "J. Miller", "Jason Miller"), and roles that do not
    tell them apart. Each line ends with the merge command to run after a look.

    Fields: keep, keep_name, duplicate, duplicate_name, reason, command.

    Example: tracker official duplicates
    """
    from tracker.services.duplicate_officials import likely_duplicates

    with session(db, write=False) as s:
        rows = [
            {
                "keep": pair.keep.id,
                "keep_name": pair.keep.name,
                "duplicate": pair.duplicate.id,
                "duplicate_name": pair.duplicate.name,
                "reason": pair.reason,
                "command": pair.command,
            }
            for pair in likely_duplicates(session=s)
        ]
    columns = ("keep", "keep_name", "duplicate", "duplicate_name", "reason", "command")
    output(rows, fmt, columns, title="Likely duplicates", raw_csv=raw_csv)


@app.command("rm")
def rm(
    name: str = NameArg,
    force: bool = typer.Option(
        False, "--force", help="Also delete the roles, statements and mentions that refer to it."
    ),
    db: DbOption = None,
) -> None:
    """Delete an official. Refuses while roles, statements or mentions refer to it
    (and lists them) unless --force.

    Example: tracker official rm "Sergei Riabkov" --force
    """
    from tracker.services.officials import remove_official
    from tracker.services.references import describe_counts
    from tracker.services.resolve import find_official

    with session(db) as s:
        official = find_official(session=s, name=name)
        label = f"{official.name} (id {official.id})"
        counts = remove_official(session=s, official=official, force=force)
    extra = f" with {describe_counts(counts)}" if any(counts.values()) else ""
    typer.echo(f"deleted official {label}{extra}")


def _echo_json(data: object) -> None:
    from tracker.export.rows import json_document

    typer.echo(json_document(data))
