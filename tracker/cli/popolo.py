"""`tracker import popolo` and `tracker export popolo`: people data as Popolo JSON."""

from __future__ import annotations

import typer

from tracker.cli.archive import ArchiveDefaultGroup

# ArchiveDefaultGroup: `tracker import FILE.jsonl` / `tracker export --all FILE` run `archive`.
import_app = typer.Typer(
    cls=ArchiveDefaultGroup, help="Import data into the database.", no_args_is_help=True
)
export_app = typer.Typer(
    cls=ArchiveDefaultGroup, help="Export data from the database.", no_args_is_help=True
)
