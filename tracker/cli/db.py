"""`tracker db`: create, upgrade, downgrade and inspect the database schema."""

from __future__ import annotations

from typing import Literal

import typer

from tracker.cli.common import DbOption

app = typer.Typer(help="Create, upgrade and inspect the database schema.", no_args_is_help=True)


@app.command()
def upgrade(
    revision: str = typer.Argument("head", help="Target revision (default: the latest)."),
    db: DbOption = None,
) -> None:
    """Upgrade the schema to REVISION (default: head).

    Example: tracker db upgrade --db postgresql://localhost/tracker
    """
    from tracker.db import resolve_url
    from tracker.migrate import upgrade as run_upgrade

    url = resolve_url(db)
    _prepare(url)
    _run(run_upgrade, url, revision)
    typer.echo(f"database at revision {_current(url)}")


@app.command()
def downgrade(
    revision: str = typer.Argument(..., help="Target revision, or 'base' for an empty schema."),
    db: DbOption = None,
) -> None:
    """Downgrade the schema to REVISION. Data in dropped tables is lost.

    Example: tracker db downgrade base
    """
    from tracker.db import resolve_url
    from tracker.migrate import downgrade as run_downgrade

    url = resolve_url(db)
    _run(run_downgrade, url, revision)
    typer.echo(f"database at revision {_current(url) or 'base'}")


@app.command()
def current(db: DbOption = None) -> None:
    """Print the revision the database is at, and whether it is the latest.

    Example: tracker db current
    """
    from tracker.db import resolve_url
    from tracker.schema import HEAD

    url = resolve_url(db)
    revision = _current(url)
    state = "latest" if revision == HEAD else f"tracker expects {HEAD}"
    typer.echo(f"{revision or 'empty (no schema)'} ({state})")


@app.command()
def info(
    fmt: Literal["text", "json"] = typer.Option(
        "text", "--format", "-f", help="Output format: text or json."
    ),
    db: DbOption = None,
) -> None:
    """Which database commands use: where it is, its engine, schema revision, size on disk
    and how many rows each table holds. Creates nothing.

    Example: tracker db info --db postgresql://localhost/tracker
    """
    from tracker.services.database_info import database_info

    details = database_info(db)
    if fmt == "json":
        import json

        typer.echo(json.dumps(details, indent=2))
        return
    typer.echo(f"Database: {details['path'] or details['url']}")
    if details["path"]:
        typer.echo(f"  URL: {details['url']}")
    typer.echo(f"  Engine: {details['engine']} {details['engine_version'] or ''}".rstrip())
    if not details["exists"]:
        typer.echo("  Not created yet: the first command that uses it creates it.")
        return
    state = "latest" if details["up_to_date"] else f"tracker expects {details['latest_revision']}"
    typer.echo(f"  Revision: {details['revision'] or 'empty (no schema)'} ({state})")
    typer.echo(f"  Size: {_size(details['size_bytes'])}")
    if details["rows"]:
        typer.echo("  Rows:")
        width = max(len(name) for name in details["rows"])
        for name, count in details["rows"].items():
            typer.echo(f"    {name:<{width}}  {count:>10,}")


def _size(size: float) -> str:
    """1,536 -> "1.5 KB"."""
    if size < 1024:
        return f"{int(size)} bytes"
    for unit in ("KB", "MB", "GB", "TB"):
        size /= 1024
        if size < 1024 or unit == "TB":
            break
    return f"{size:,.1f} {unit}"


@app.command()
def history() -> None:
    """List the schema revisions from the first to the latest.

    Example: tracker db history
    """
    from tracker.migrate import history as revisions

    for revision, down, message in revisions():
        typer.echo(f"{down or 'base'} -> {revision}  {message.strip()}")


@app.command("datasette-metadata")
def datasette_metadata(
    name: str | None = typer.Option(
        None, "--name", help="The database's name in Datasette (default: the file name)."
    ),
    db: DbOption = None,
) -> None:
    """Print Datasette metadata that makes search, labels and facets work on a tracker
    SQLite file (its statement search index is not one Datasette finds by itself).
    Then: datasette tracker.db -m metadata.json

    Example: tracker db datasette-metadata --db tracker.db > metadata.json
    """
    import json

    from tracker.datasette import metadata
    from tracker.db import is_sqlite, resolve_url, sqlite_path
    from tracker.errors import InvalidInput

    url = resolve_url(db)
    path = sqlite_path(url) if is_sqlite(url) else None
    if path is None and name is None:
        raise InvalidInput("Datasette opens SQLite files: give --db FILE.db (or --name)")
    typer.echo(json.dumps(metadata(name or path.stem), indent=2))


def _prepare(url: str) -> None:
    from tracker.db import make_engine

    make_engine(url).dispose()  # creates the SQLite folder or explains why it cannot


def _current(url: str) -> str | None:
    from sqlalchemy.exc import OperationalError

    from tracker.db import current_revision, describe_operational_error, make_engine
    from tracker.errors import TrackerError

    engine = make_engine(url, create=False)  # looking never makes a database
    try:
        return current_revision(engine)
    except OperationalError as exc:
        raise TrackerError(describe_operational_error(exc, url)) from None
    finally:
        engine.dispose()


def _run(step, url: str, revision: str) -> None:
    """Run an Alembic step; its errors (unknown revision, unreachable server) become one line."""
    from alembic.util import CommandError
    from sqlalchemy.exc import OperationalError

    from tracker.db import describe_operational_error
    from tracker.errors import TrackerError

    try:
        step(url, revision)
    except CommandError as exc:
        raise TrackerError(str(exc)) from None
    except OperationalError as exc:
        raise TrackerError(describe_operational_error(exc, url)) from None
