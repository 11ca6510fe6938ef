"""What the pasted-copy tests share: a copy's contract and statements, read as ingest reads
a text given whole (`ingest --dry-run --json`), so a copy and its original compare alike."""

from __future__ import annotations

import datetime

from tracker import reader
from tracker.article import Overrides
from tracker.services.ingest import prepare_document


def contract_of(text: str, published: datetime.date) -> dict:
    """The extraction contract of ``text`` given whole, as `ingest --dry-run --json` gives it."""
    document = reader.text_document(text)
    item = reader.Input("copy", "text")
    return prepare_document(item, document, overrides=Overrides(published=published)).contract()


def statements_of(text: str, published: datetime.date) -> list[tuple[str | None, str | None, str]]:
    """Each statement's speaker, day and first six words."""
    return [
        (s["speaker"], s["said_on"], " ".join(s["text"].split()[:6]))
        for s in contract_of(text, published)["statements"]
    ]
