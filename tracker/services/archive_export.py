"""Writing the database as an archive (the format: archive_format)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import IO, Any

from sqlalchemy import Connection, Table, select
from sqlmodel import Session

from tracker.dates import plain
from tracker.schema import HEAD
from tracker.services.archive_format import FORMAT, PROGRESS_EVERY, VERSION, Progress, tables


def export_archive(
    *, session: Session, out: IO[str], progress: Progress | None = None
) -> dict[str, int]:
    """Write every record to `out` as JSON Lines; returns how many of each type."""
    conn = session.connection()
    header = {
        "type": FORMAT,
        "version": VERSION,
        "schema": HEAD,
        "exported_at": datetime.now().isoformat(timespec="seconds"),
    }
    out.write(json.dumps(header) + "\n")
    counts: dict[str, int] = {}
    written = 0
    for name, table in tables().items():
        counts[name] = 0
        for row in _export_rows(conn, name, table):
            record = {"type": name}
            record.update((key, plain(value, exact=True)) for key, value in row.items())
            out.write(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
            out.write("\n")
            counts[name] += 1
            written += 1
            if progress and written % PROGRESS_EVERY == 0:
                progress(written)
    return counts


def _export_rows(conn: Connection, name: str, table: Table) -> Iterator[dict[str, Any]]:
    query = select(table).order_by(*table.primary_key.columns)
    if name == "institution":
        yield from _parents_first(dict(row._mapping) for row in conn.execute(query))
        return
    result = conn.execute(query, execution_options={"yield_per": 2_000})
    for row in result:
        yield dict(row._mapping)


def _parents_first(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Institutions ordered so that each parent precedes its children (a parent may be newer)."""
    pending = list(rows)
    done: set[int] = set()
    while pending:
        ready = [r for r in pending if r["parent_id"] is None or r["parent_id"] in done]
        if not ready:  # a cycle of parents: emit the rest as they are
            ready = pending
        for row in ready:
            done.add(row["id"])
            yield row
        ready_ids = {id(r) for r in ready}
        pending = [r for r in pending if id(r) not in ready_ids]
