"""`tracker source`: record and inspect sources by hand."""

from __future__ import annotations

import typer

app = typer.Typer(help="Record and inspect sources.", no_args_is_help=True)
