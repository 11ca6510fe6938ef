"""`tracker institution`: record and inspect institutions by hand."""

from __future__ import annotations

import typer

app = typer.Typer(help="Record and inspect institutions.", no_args_is_help=True)
