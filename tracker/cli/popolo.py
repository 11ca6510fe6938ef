"""`tracker import popolo` and `tracker export popolo`: people data as Popolo JSON."""

from __future__ import annotations

import typer

import_app = typer.Typer(help="Import data into the database.", no_args_is_help=True)
export_app = typer.Typer(help="Export data from the database.", no_args_is_help=True)
