"""`tracker said`, `search`, `timeline`, `stats` and `who`: answer who said what, when."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the query commands to the root command group."""
