"""A listing's rows as plain dicts: the date as EDTF and in words, the speaker's name."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import Any

from tracker.dates import stored_span


def statement_row(row) -> dict[str, Any]:
    """A result row with its date as EDTF and as words, and its speaker's name."""
    values = dict(row)
    values["date"], values["when"] = _date_texts(
        row["said_from"], row["said_to"], row["said_precision"]
    )
    values["speaker"] = row["official"] or row["institution"]
    return values


@lru_cache(maxsize=8192)
def _date_texts(said_from: date | None, said_to: date | None, precision: str) -> tuple:
    """(EDTF, words) of stored bounds; days repeat from row to row, so each is worked out once."""
    span = stored_span(said_from, said_to, precision)
    return span.edtf(), span.display()
