"""`tracker export --all FILE.jsonl` and `tracker import FILE.jsonl`: lossless backup and move."""

from __future__ import annotations

import typer


def register(import_app: typer.Typer, export_app: typer.Typer) -> None:
    """Add the JSON Lines archive commands to the import and export groups."""
