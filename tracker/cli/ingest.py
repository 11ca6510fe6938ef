"""`tracker ingest`: find the statements in articles and record them."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add `ingest` to the root command group."""
