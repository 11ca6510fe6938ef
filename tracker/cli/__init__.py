"""The `tracker` command line: a thin layer that parses, calls a service and formats.

Only Typer is imported at start-up; each command imports SQLAlchemy and the
services it needs when it runs, so `tracker --help` stays quick. Help is
plain text (no rich markup mode, which would import rich for every --help)
and click is reached through Typer alone (it vendors its own). Errors from
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
    source,
    statement,
)


class TrackerGroup(TyperGroup):
    """The root group: turns every error below it into one clean line, and prints each
    command's example as written."""

    def get_command(self, ctx: typer.Context, cmd_name: str):
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _examples_as_written(command)
        return command

    def invoke(self, ctx: typer.Context):
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            typer.echo("Interrupted; nothing more was written.", err=True)
            raise typer.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the one place errors become messages
            if _from_the_cli_framework(exc) or os.environ.get("TRACKER_DEBUG"):
                raise  # exits, aborts and usage errors: Typer (and click) report them
            typer.echo(f"Error: {error_line(exc)}", err=True)
            raise typer.Exit(1) from None


def _examples_as_written(command) -> None:
    """Mark each "Example:" paragraph of a command's help (and its subcommands') so that the
    plain help formatter prints it as written ("\\b"), not rewrapped: a command split over
    two lines cannot be copied."""
    help_text = command.help or ""
    if "Example:" in help_text and "\b\nExample:" not in help_text:
        command.help = help_text.replace("\nExample:", "\n\b\nExample:")
    for sub in getattr(command, "commands", {}).values():
        _examples_as_written(sub)


def _from_the_cli_framework(exc: BaseException) -> bool:
    """Typer's or click's own exceptions (Typer may vendor click: matched by module, so
    click is never imported just to be told apart)."""
    return type(exc).__module__.split(".")[0] in ("typer", "click")


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
    rich_markup_mode=None,
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
) -> None:
    """Who said what, when: record diplomatic statements from articles and by hand, then
    query them and export timelines.

    Every command takes --db URL (or TRACKER_DATABASE_URL); the default is a SQLite
    file in your user data directory.
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


def main() -> None:
    """Console-script entry point."""
    app(prog_name="tracker")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
