"""`tracker role`: record and inspect roles by hand."""

from __future__ import annotations

import typer

from tracker.cli.common import DbOption, FormatOption, RawCsvOption, output, session

app = typer.Typer(help="Record and inspect roles.", no_args_is_help=True)


@app.command("add")
def add(
    official: str = typer.Argument(..., help="The official (name or id)."),
    title: str = typer.Argument(..., help="The post, e.g. 'Deputy Foreign Minister'."),
    at: str = typer.Option(..., "--at", help="The institution of the post (name or id)."),
    start: str | None = typer.Option(None, "--from", help="First day, month or year held."),
    end: str | None = typer.Option(None, "--to", help="Last day, month or year held."),
    db: DbOption = None,
) -> None:
    """Record an official's post at an institution, from and to a (partial) date.

    Dates: 2021-12-17, 2021-12, 2021, 17 December 2021, Dec 17, 2021.

    Example: tracker role add "Sergey Ryabkov" "Deputy Foreign Minister" --at MFA --from 2008-05
    """
    from tracker.dates import parse_date
    from tracker.services.resolve import find_institution, find_official
    from tracker.services.roles import add_role

    start_span = parse_date(start) if start else None
    end_span = parse_date(end) if end else None
    with session(db) as s:
        person = find_official(session=s, name=official)
        institution = find_institution(session=s, name=at)
        role = add_role(
            session=s,
            official=person,
            institution=institution,
            title=title,
            start=start_span,
            end=end_span,
        )
    typer.echo(
        f"added role {role.id}: {person.name}, {role.title}, {institution.name}"
        f" ({start_span.edtf() if start_span else '?'} – {end_span.edtf() if end_span else 'now'})"
    )


@app.command("list")
def list_(
    official: str | None = typer.Option(None, "--official", help="Only this official's roles."),
    institution: str | None = typer.Option(None, "--institution", help="Only roles here."),
    fmt: FormatOption = "table",
    raw_csv: RawCsvOption = False,
    db: DbOption = None,
) -> None:
    """List roles by official, earliest first.

    Fields: id, official_id, official, title, institution_id, institution,
    start, end (partial dates as given: 2008, 2008-05 or 2008-05-21; empty = unknown/now).

    Example: tracker role list --official "Sergey Ryabkov" --format csv
    """
    from tracker.services.resolve import find_institution, find_official
    from tracker.services.roles import ROLE_COLUMNS, role_rows

    with session(db, write=False) as s:
        person = find_official(session=s, name=official) if official else None
        place = find_institution(session=s, name=institution) if institution else None
        rows = role_rows(session=s, official=person, institution=place)
        output(rows, fmt, ROLE_COLUMNS, title="Roles", raw_csv=raw_csv)


@app.command("end")
def end(
    role_id: str = typer.Argument(..., help="The role's id (see `tracker role list`)."),
    on: str = typer.Option(..., "--on", help="The last day (or month, year) it was held."),
    db: DbOption = None,
) -> None:
    """Record that a role ended.

    Example: tracker role end 12 --on 2024-03-31
    """
    from tracker.dates import parse_date
    from tracker.services.roles import end_role, get_role

    span = parse_date(on)
    with session(db) as s:
        role = end_role(session=s, role=get_role(session=s, role_id=role_id), on=span)
    typer.echo(f"role {role.id} ({role.title}) ended {span.edtf()}")
