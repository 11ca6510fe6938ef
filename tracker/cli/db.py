"""`tracker db`: create, upgrade, downgrade and inspect the database schema."""

from __future__ import annotations

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
def history() -> None:
    """List the schema revisions from the first to the latest.

    Example: tracker db history
    """
    from tracker.migrate import history as revisions

    for revision, down, message in revisions():
        typer.echo(f"{down or 'base'} -> {revision}  {message.strip()}")


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
