"""`tracker statement`: record and inspect statements by hand."""

from __future__ import annotations

import typer

app = typer.Typer(help="Record and inspect statements.", no_args_is_help=True)
