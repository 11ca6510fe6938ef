"""`tracker export --all FILE.jsonl` and `tracker import FILE.jsonl`: lossless backup and move."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import typer
from typer.core import TyperGroup

from tracker.cli.common import DbOption

DEFAULT_COMMAND = "archive"


class ArchiveDefaultGroup(TyperGroup):
    """A group that runs its `archive` command when the first argument names no other command.

    So `tracker import FILE.jsonl` means `tracker import archive FILE.jsonl`, and
    `tracker export --all FILE.jsonl` means `tracker export archive --all FILE.jsonl`,
    beside named subcommands such as `tracker import popolo FILE`.
    """

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        if (
            args
            and DEFAULT_COMMAND in self.commands
            and args[0] not in self.commands
            and args[0] not in ctx.help_option_names
        ):
            args = [DEFAULT_COMMAND, *args]
        return super().parse_args(ctx, args)


def register(import_app: typer.Typer, export_app: typer.Typer) -> None:
    """Add the JSON Lines archive commands to the import and export groups."""
    import_app.command(DEFAULT_COMMAND)(import_archive)
    export_app.command(DEFAULT_COMMAND)(export_archive)


def export_archive(
    file: str = typer.Argument(..., help="The archive to write (.jsonl), or - for stdout."),
    everything: bool = typer.Option(
        False, "--all", help="Export every record (required: the archive is the whole database)."
    ),
    db: DbOption = None,
) -> None:
    """Write the whole database to FILE as JSON Lines, ids included, to back it up or move it.

    Example: tracker export --all backup.jsonl
    """
    from tracker.cli.common import session
    from tracker.services.archive_export import export_archive as export

    if not everything:
        raise typer.BadParameter(
            "say --all: the archive holds the whole database", param_hint="--all"
        )
    progress = _progress("exported", "records")
    if file == "-":
        with session(db, write=False) as s:
            counts = export(session=s, out=sys.stdout, progress=progress)
    else:
        target = Path(file)
        partial = target.with_name(f".{target.name}.partial")
        try:
            with session(db, write=False) as s, partial.open("w", encoding="utf-8") as out:
                counts = export(session=s, out=out, progress=progress)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)
    _clear_progress()
    typer.echo(f"exported {_summary(counts)}", err=True)


def import_archive(
    file: str = typer.Argument(..., help="An archive written by `tracker export --all`, or -."),
    all_or_nothing: bool = typer.Option(
        False, "--all-or-nothing", help="Write nothing when any line is bad."
    ),
    db: DbOption = None,
) -> None:
    """Load an archive written by `tracker export --all`, ids included.

    Records already present are checked and skipped, so importing twice changes
    nothing. Bad lines are reported by number and left out; the exit status is
    then 1, and the good lines are kept unless --all-or-nothing is given.

    Example: tracker import backup.jsonl --db postgresql://localhost/tracker
    """
    from tracker.cli.common import session
    from tracker.errors import InvalidInput
    from tracker.services.archive_import import import_archive as load

    def report_bad(line: int, message: str) -> None:
        _clear_progress()
        typer.echo(f"line {line}: {message}", err=True)

    if file == "-":
        stream = sys.stdin.buffer
    else:
        path = Path(file)
        if path.is_dir():
            raise InvalidInput(f"{file} is a folder, not an archive file")
        stream = path.open("rb")
    try:
        with session(db) as s:
            report = load(
                session=s,
                lines=stream,
                all_or_nothing=all_or_nothing,
                on_bad=report_bad,
                progress=_progress("read", "lines"),
            )
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()
    _clear_progress()
    typer.echo(
        f"imported {_summary(report.inserted)}; {report.unchanged} already present", err=True
    )
    if report.bad:
        typer.echo(f"{len(report.bad)} bad line(s) were not imported (see above)", err=True)
        raise typer.Exit(1)


def _summary(counts: dict[str, int]) -> str:
    total = sum(counts.values())
    parts = ", ".join(f"{name} {count}" for name, count in counts.items() if count)
    return f"{total} records ({parts})" if parts else "0 records"


def _progress(verb: str, unit: str):
    """A progress callback that rewrites one stderr line, only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(count: int) -> None:
        sys.stderr.write(f"\r{verb} {count:,} {unit}")
        sys.stderr.flush()

    return show


def _clear_progress() -> None:
    if sys.stderr.isatty():
        sys.stderr.write("\r\x1b[K")
        sys.stderr.flush()
