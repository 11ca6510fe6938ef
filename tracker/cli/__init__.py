"""The `tracker` command line: a thin layer that parses, calls a service and formats.

Only Typer is imported at start-up; each command imports SQLAlchemy and the
services it needs when it runs, so `tracker --help` stays quick. Errors from
the layers below reach the user as one line on stderr (exit 1); usage errors
exit 2; nothing prints a traceback unless TRACKER_DEBUG is set.
"""

from __future__ import annotations

import os
import sys

import typer
from typer.core import TyperGroup

from tracker import __version__
from tracker.cli import (
    archive,
    db,
    ingest,
    institution,
    official,
    popolo,
    query,
    role,
    serve,
    source,
    statement,
)
from tracker.cli.common import DB_HELP


class TrackerGroup(TyperGroup):
    """The root group: turns every error below it into one clean line."""

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise
        except KeyboardInterrupt:
            typer.echo("Interrupted; nothing more was written.", err=True)
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the one place errors become messages
            if os.environ.get("TRACKER_DEBUG") or is_parser_signal(exc):
                raise
            typer.echo(f"Error: {error_line(exc)}", err=True)
            raise typer.Exit(1) from None


def is_parser_signal(exc: BaseException) -> bool:
    """A usage error, exit or abort raised by Click, which reports it itself.

    Typer carries its own copy of Click (typer._click) and older Typers use the click
    package; both define these in a `click.exceptions` module. Nothing here imports
    click: it is no dependency of tracker.
    """
    return any(cls.__module__.endswith("click.exceptions") for cls in type(exc).__mro__)


def error_line(exc: BaseException) -> str:
    """One line for any error: TrackerError messages as they are, others with their type."""
    from tracker.errors import TrackerError

    if isinstance(exc, TrackerError):
        text = str(exc)
    elif type(exc).__module__.startswith("sqlalchemy"):
        orig = getattr(exc, "orig", None)
        text = f"database error: {orig or exc}"
    elif isinstance(exc, OSError):
        text = f"{exc.strerror or exc}: {exc.filename}" if exc.filename else str(exc)
    else:
        text = f"{type(exc).__name__}: {exc} (set TRACKER_DEBUG=1 for the traceback)"
    return " ".join(text.split())


app = typer.Typer(
    cls=TrackerGroup,
    help="Who said what, when: a database of diplomatic statements.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"tracker {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Show the version and exit."
    ),
    db: str | None = typer.Option(None, "--db", help=DB_HELP + " For every command."),
) -> None:
    """Who said what, when: record diplomatic statements from articles and by hand, then
    query them and export timelines.

    --db URL goes before or after the command (tracker --db team.db said ...), or set
    TRACKER_DATABASE_URL; the default is a SQLite file in your user data directory.
    `tracker db info` says which database that is.
    """


app.add_typer(db.app, name="db")
app.add_typer(official.app, name="official")
app.add_typer(institution.app, name="institution")
app.add_typer(role.app, name="role")
app.add_typer(source.app, name="source")
app.add_typer(statement.app, name="statement")
app.add_typer(popolo.import_app, name="import")
app.add_typer(popolo.export_app, name="export")
archive.register(popolo.import_app, popolo.export_app)
ingest.register(app)
query.register(app)
serve.register(app)


def main() -> None:
    """Console-script entry point."""
    app(prog_name="tracker")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
