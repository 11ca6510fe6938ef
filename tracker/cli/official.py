"""`tracker official`: record and inspect officials by hand."""

from __future__ import annotations

import typer

app = typer.Typer(help="Record and inspect officials.", no_args_is_help=True)
