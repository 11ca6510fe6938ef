"""`tracker role`: record and inspect roles by hand."""

from __future__ import annotations

import typer

app = typer.Typer(help="Record and inspect roles.", no_args_is_help=True)
