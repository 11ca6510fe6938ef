"""`tracker institution`: record and inspect institutions by hand."""

from __future__ import annotations

from typing import Literal

import typer

from tracker.cli.common import DbOption, FormatOption, RawCsvOption, echo, output, session

app = typer.Typer(help="Record and inspect institutions.", no_args_is_help=True)
alias_app = typer.Typer(help="Other names of an institution.")
app.add_typer(alias_app, name="alias", no_args_is_help=True)

KINDS_HELP = (
    "state, government, ministry, agency, legislature, party, "
    "'international organisation', alliance, 'media outlet' or other"
)
NameArg = typer.Argument(..., help="Name (any alias, spelling or script) or id.")
DetailFormat = typer.Option("text", "--format", "-f", help="Output format: text or json.")


@app.command("add")
def add(
    name: str = typer.Argument(..., help="The name to show, e.g. 'Russian Foreign Ministry'."),
    kind: str = typer.Option(..., "--kind", "-k", help=f"Kind: {KINDS_HELP}."),
    country: str | None = typer.Option(None, help="ISO 3166-1 alpha-2 code, e.g. RU."),
    parent: str | None = typer.Option(None, help="The institution it is part of (name or id)."),
    alias: list[str] = typer.Option([], "--alias", "-a", help="Another name (repeatable)."),
    wikidata: str | None = typer.Option(None, help="Wikidata item id, e.g. Q1143445."),
    db: DbOption = None,
) -> None:
    """Add an institution: a state, ministry, agency, party, alliance, outlet...

    Example: tracker institution add "Russian Foreign Ministry" -k ministry --country RU -a MFA
    """
    from tracker.models import INSTITUTION_KINDS, Institution
    from tracker.services.institutions import add_institution
    from tracker.services.resolve import find_institution
    from tracker.services.validate import (
        check_choice,
        check_country,
        check_wikidata,
        ensure_wikidata_free,
    )

    check_choice(kind, INSTITUTION_KINDS, "institution kind")
    check_country(country)
    code = check_wikidata(wikidata)
    with session(db) as s:
        ensure_wikidata_free(session=s, model=Institution, wikidata=code)
        parent_row = find_institution(session=s, name=parent) if parent else None
        institution = add_institution(
            session=s,
            name=name,
            kind=kind,
            country=country,
            parent=parent_row,
            aliases=alias,
            wikidata=code,
        )
    typer.echo(f"added institution {institution.name} (id {institution.id})")


@app.command("list")
def list_(
    kind: str | None = typer.Option(None, "--kind", "-k", help=f"Only this kind: {KINDS_HELP}."),
    fmt: FormatOption = "table",
    raw_csv: RawCsvOption = False,
    db: DbOption = None,
) -> None:
    """List institutions by name.

    Fields: id, name, kind, country, parent_id, parent (name), wikidata,
    aliases (other names joined by "; "), roles, statements (counts).

    Example: tracker institution list --kind ministry --format json
    """
    from tracker.services.institutions import INSTITUTION_COLUMNS, institution_rows

    with session(db, write=False) as s:
        rows = institution_rows(session=s, kind=kind)
        output(rows, fmt, INSTITUTION_COLUMNS, title="Institutions", raw_csv=raw_csv)


@app.command("show")
def show(
    name: str = NameArg,
    fmt: Literal["text", "json"] = DetailFormat,
    db: DbOption = None,
) -> None:
    """Show an institution: kind, country, parent, parts, aliases, roles and statement count.

    Example: tracker institution show MFA
    """
    from tracker.services.institutions import institution_detail
    from tracker.services.resolve import find_institution

    with session(db, write=False) as s:
        detail = institution_detail(session=s, institution=find_institution(session=s, name=name))
    if fmt == "json":
        _echo_json(detail)
        return
    echo(f"{detail['name']} (id {detail['id']})")
    echo(f"  Kind: {detail['kind']}")
    for label, key in (("Country", "country"), ("Wikidata", "wikidata"), ("Notes", "notes")):
        if detail[key]:
            echo(f"  {label}: {detail[key]}")
    if detail["parent"]:
        echo(f"  Part of: {detail['parent']['name']} (id {detail['parent']['id']})")
    if detail["parts"]:
        echo("  Parts: " + "; ".join(f"{p['name']} (id {p['id']})" for p in detail["parts"]))
    if detail["aliases"]:
        echo("  Aliases: " + "; ".join(a["alias"] for a in detail["aliases"]))
    echo("  Roles:" if detail["roles"] else "  Roles: none recorded")
    for role in detail["roles"]:
        echo(
            f"    [{role['id']}] {role['official']}, {role['title']}"
            f" ({role['start'] or '?'} – {role['end'] or 'now'})"
        )
    echo(f"  Statements: {detail['statements']}")
    if detail["sources"]:
        echo(f"  Sources published: {detail['sources']}")


@app.command("edit")
def edit(
    name: str = NameArg,
    new_name: str | None = typer.Option(None, "--name", help="New display name."),
    kind: str | None = typer.Option(None, "--kind", "-k", help=f"New kind: {KINDS_HELP}."),
    country: str | None = typer.Option(None, help="New ISO country code ('' clears it)."),
    parent: str | None = typer.Option(None, help="New parent institution ('' clears it)."),
    wikidata: str | None = typer.Option(None, help="New Wikidata id ('' clears it)."),
    notes: str | None = typer.Option(None, help="New notes ('' clears them)."),
    db: DbOption = None,
) -> None:
    """Change an institution's name, kind, country, parent, Wikidata id or notes.
    The old name stays an alias.

    Example: tracker institution edit MFA --parent "Russian Government"
    """
    from tracker.services.institutions import edit_institution
    from tracker.services.resolve import find_institution

    with session(db) as s:
        institution = find_institution(session=s, name=name)
        parent_row = find_institution(session=s, name=parent) if parent else None
        changed = edit_institution(
            session=s,
            institution=institution,
            name=new_name,
            kind=kind,
            country=country,
            parent=parent_row,
            clear_parent=parent == "",
            wikidata=wikidata,
            notes=notes,
        )
    typer.echo(f"updated {institution.name} (id {institution.id}): {', '.join(changed)}")


@alias_app.command("add")
def alias_add(
    name: str = NameArg,
    alias: str = typer.Argument(..., help="The other name, e.g. 'MFA'."),
    language: str | None = typer.Option(None, help="Language code of the name, e.g. ru."),
    db: DbOption = None,
) -> None:
    """Record another name of an institution.

    Example: tracker institution alias add "Russian Foreign Ministry" "МИД России" --language ru
    """
    from tracker.services.institutions import add_institution_alias
    from tracker.services.resolve import find_institution

    with session(db) as s:
        institution = find_institution(session=s, name=name)
        row = add_institution_alias(
            session=s, institution=institution, alias=alias, language=language
        )
    label = f"{institution.name} (id {institution.id})"
    if row is None:
        typer.echo(f"{label} is already known as {alias!r}")
    else:
        typer.echo(f"added alias {row.alias!r} to {label}")


@alias_app.command("rm")
def alias_rm(
    name: str = NameArg,
    alias: str = typer.Argument(..., help="The name to forget, e.g. 'Skip to main content'."),
    db: DbOption = None,
) -> None:
    """Forget another name of an institution (that spelling, else every alias with the
    same key). Its display name stays: change it with `institution edit --name` first.

    Example: tracker institution alias rm "Russian Foreign Ministry" "MFA"
    """
    from tracker.services.institutions import remove_institution_alias
    from tracker.services.resolve import find_institution

    with session(db) as s:
        institution = find_institution(session=s, name=name)
        removed = remove_institution_alias(session=s, institution=institution, alias=alias)
    gone = ", ".join(repr(a) for a in removed)
    typer.echo(f"removed {gone} from {institution.name} (id {institution.id})")


@app.command("merge")
def merge(
    keep: str = typer.Argument(..., help="The institution to keep (name or id)."),
    duplicate: str = typer.Argument(..., help="The duplicate to fold into it (name or id)."),
    db: DbOption = None,
) -> None:
    """Merge a duplicate institution into another: aliases, roles, statements, mentions,
    sources and parts move over and its name becomes an alias. One transaction.

    Example: tracker institution merge "Russian Foreign Ministry" 12
    """
    from tracker.services.institutions import merge_institutions
    from tracker.services.references import describe_counts
    from tracker.services.resolve import find_institution

    with session(db) as s:
        kept = find_institution(session=s, name=keep)
        dup = find_institution(session=s, name=duplicate)
        label = f"{dup.name} (id {dup.id})"
        moved = merge_institutions(session=s, keep=kept, duplicate=dup)
    folded = moved.pop("folded", 0)
    echo(
        f"merged {label} into {kept.name} (id {kept.id}); moved {describe_counts(moved)}"
        + (f"; {folded} statement(s) both had recorded now one, cited by both" if folded else "")
    )


@app.command("rm")
def rm(
    name: str = NameArg,
    force: bool = typer.Option(
        False,
        "--force",
        help="Also delete its roles, statements and mentions; its sources lose their outlet "
        "and its parts their parent.",
    ),
    db: DbOption = None,
) -> None:
    """Delete an institution. Refuses while anything refers to it (and lists what)
    unless --force.

    Example: tracker institution rm "Foreign Ministry (duplicate)" --force
    """
    from tracker.services.institutions import remove_institution
    from tracker.services.references import describe_counts
    from tracker.services.resolve import find_institution

    with session(db) as s:
        institution = find_institution(session=s, name=name)
        label = f"{institution.name} (id {institution.id})"
        counts = remove_institution(session=s, institution=institution, force=force)
    extra = f" (it had {describe_counts(counts)})" if any(counts.values()) else ""
    typer.echo(f"deleted institution {label}{extra}")


def _echo_json(data: object) -> None:
    from tracker.export.rows import json_document

    typer.echo(json_document(data))
