"""The `tracker` command line: a thin layer that parses, calls a service and formats.

Only Typer is imported at start-up, and a command's module only when that
command runs (pip's way): the root lists the commands from COMMANDS, each
with the summary its help opens with, and builds just the one invoked; each
command imports SQLAlchemy and the services it needs when it runs, so
`tracker --help` stays quick. Help is plain text (no rich markup mode, which
would import rich for every --help) and click is reached through Typer alone
(it vendors its own). Errors from
the layers below reach the user as one line on stderr (exit 1); usage errors
exit 2; nothing prints a traceback unless TRACKER_DEBUG is set.
"""

from __future__ import annotations

import os
import sys
from functools import cache

import typer
from typer.core import TyperCommand, TyperGroup

from tracker import __version__
from tracker.cli.common import DB_HELP

# Every command: the module of tracker.cli that defines it, and the summary its help opens
# with (shown by `tracker --help` without importing the module; tests/test_docs.py checks
# that the two agree).
COMMANDS: dict[str, tuple[str, str]] = {
    "ingest": (
        "ingest",
        "Find who said what, when, in articles, and record the statements with their citations.",
    ),
    "said": ("query", "What was said: statements matching every filter given, newest first."),
    "search": (
        "query",
        "Full-text search over statements and their speakers, best matches first, with the "
        "matching words highlighted on a terminal.",
    ),
    "timeline": (
        "query",
        "A chronological timeline of the matching statements, for reading or another tool.",
    ),
    "stats": (
        "query",
        "How many statements match, per official, per institution spoken for and per month, "
        "with when the first and the last of each were said.",
    ),
    "who": (
        "query",
        "Who spoke on a subject: speakers ranked by how many matching statements they made "
        "(then by relevance), with when the first and the last were said.",
    ),
    "db": ("db", "Create, upgrade and inspect the database schema."),
    "official": ("official", "Record and inspect officials."),
    "institution": ("institution", "Record and inspect institutions."),
    "role": ("role", "Record and inspect roles."),
    "source": ("source", "Record and inspect sources."),
    "statement": ("statement", "Record and inspect statements."),
    "import": ("popolo", "Import data into the database."),
    "export": ("popolo", "Export data from the database."),
    "serve": ("serve", "Browse, search and review statements in a web browser."),
}


class TrackerGroup(TyperGroup):
    """The root group: builds only the command invoked, turns every error below it into one
    clean line, and prints each command's example as written."""

    def list_commands(self, ctx: typer.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: typer.Context, cmd_name: str):
        if cmd_name not in COMMANDS:
            return None
        command = _command(cmd_name)
        _examples_as_written(command)
        return command

    def format_commands(self, ctx: typer.Context, formatter) -> None:
        """The command list from the summaries, as click would write it from the commands."""
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = [
            (name, TyperCommand(name, help=summary).get_short_help_str(limit))
            for name, (_, summary) in COMMANDS.items()
        ]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

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


def _examples_as_written(command) -> None:
    """Mark each "Example:" paragraph of a command's help (and its subcommands') so that the
    plain help formatter prints it as written ("\\b"), not rewrapped: a command split over
    two lines cannot be copied."""
    help_text = command.help or ""
    if "Example:" in help_text and "\b\nExample:" not in help_text:
        command.help = help_text.replace("\nExample:", "\n\b\nExample:")
    for sub in getattr(command, "commands", {}).values():
        _examples_as_written(sub)


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
    db: str | None = typer.Option(None, "--db", help=DB_HELP + " For every command."),
) -> None:
    """Who said what, when: record diplomatic statements from articles and by hand, then
    query them and export timelines.

    --db URL goes before or after the command (tracker --db team.db said ...), or set
    TRACKER_DATABASE_URL; the default is a SQLite file in your user data directory.
    `tracker db info` says which database that is.
    """


@cache
def _command(name: str):
    """The click command `name`, built from its module as the root group would build it
    (once: click commands can run again)."""
    from importlib import import_module

    module = import_module(f"tracker.cli.{COMMANDS[name][0]}")
    part = typer.Typer(rich_markup_mode=None, add_completion=False)
    part.callback()(lambda: None)  # a group, even for a module with one command
    if hasattr(module, "register"):  # commands of the root itself
        module.register(part)
    elif name in ("import", "export"):
        part.add_typer(_transfer_apps()[name], name=name)
    else:
        part.add_typer(module.app, name=name)
    return typer.main.get_command(part).commands[name]


@cache
def _transfer_apps() -> dict[str, typer.Typer]:
    """The import and export groups, with the archive commands added to them (once)."""
    from tracker.cli import archive, popolo

    archive.register(popolo.import_app, popolo.export_app)
    return {"import": popolo.import_app, "export": popolo.export_app}


def main() -> None:
    """Console-script entry point."""
    app(prog_name="tracker")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
