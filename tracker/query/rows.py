"""A listing's rows as plain dicts, or as tuples for text exports: the date as EDTF and in
words, the speaker's name added."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from typing import Any

from tracker.dates import stored_span


def statement_rows(keys: Sequence[str], rows: Iterable[Sequence]) -> Iterator[dict[str, Any]]:
    """Result rows (tuples, in the order of `keys`) as dicts with the date as EDTF and as
    words, and the speaker's name. Plain tuples and positions: a row's mapping view costs
    more than the rest of its work."""
    said_from, said_to, precision = (
        keys.index(k) for k in ("said_from", "said_to", "said_precision")
    )
    official, institution = keys.index("official"), keys.index("institution")
    names = (*keys, *EXTRA)
    # one dict built whole: cheaper than filled in afterwards; not zipped strictly, which
    # costs a third of the row's work to check what the keys' own SELECT guarantees
    for row in rows:
        texts = _date_texts(row[said_from], row[said_to], row[precision])
        yield dict(zip(names, row + texts + (row[official] or row[institution],), strict=False))


EXTRA = ("date", "when", "speaker")  # what statement_records adds to each row


def statement_records(keys: Sequence[str], rows: Iterable[Sequence]) -> Iterator[tuple]:
    """Result rows as tuples with the EDTF date, the date in words and the speaker's name
    added (EXTRA), for writers of text, which need no dict per row. The days may be ISO
    text, as SQLite stores them: both read and write the same."""
    said_from, said_to = keys.index("said_from"), keys.index("said_to")
    precision = keys.index("said_precision")
    official, institution = keys.index("official"), keys.index("institution")
    for row in rows:
        yield (
            *row,
            *_stored_date_texts(row[said_from], row[said_to], row[precision]),
            row[official] or row[institution],
        )


@lru_cache(maxsize=8192)
def _stored_date_texts(said_from, said_to, precision: str) -> tuple:
    """_date_texts of bounds given as dates or as ISO text."""
    if isinstance(said_from, str):
        said_from = date.fromisoformat(said_from)
    if isinstance(said_to, str):
        said_to = date.fromisoformat(said_to)
    return _date_texts(said_from, said_to, precision)


@lru_cache(maxsize=8192)
def _date_texts(said_from: date | None, said_to: date | None, precision: str) -> tuple:
    """(EDTF, words) of stored bounds; days repeat from row to row, so each is worked out once."""
    span = stored_span(said_from, said_to, precision)
    return span.edtf(), span.display()
