"""Bulk loading: many rows in few round trips, inside the caller's transaction.

The ORM builds an object per row and flushes it with bookkeeping that costs
more than the insert itself; for archives of a million statements tracker
hands plain dicts to SQLAlchemy Core, which passes each batch to the driver's
executemany on SQLite; on PostgreSQL the rows stream through COPY. Nothing
here commits: the caller's one transaction makes the whole load appear at
once or not at all.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from itertools import groupby, islice
from typing import Any

from pydantic_core import PydanticUndefined
from sqlalchemy import Connection, Table, text
from sqlmodel import SQLModel

from tracker.models import DERIVED_COLUMNS

BATCH_SIZE = 10_000


def insert_rows(
    connection: Connection,
    table: Table,
    rows: Iterable[Mapping[str, Any]],
    *,
    batch_size: int = BATCH_SIZE,
) -> int:
    """Insert rows (dicts keyed by column name) in executemany batches; returns the count.

    Columns a row leaves out get their declared Python default (created_at) or
    NULL; an id left out is assigned by the database.
    """
    fill = _filler(table)
    if connection.dialect.name == "postgresql":
        return _copy_rows(connection, table, (fill(row) for row in rows))
    count = 0
    with _SetWiseIndex(connection, table) as index:
        for batch in _batches(rows, batch_size):
            completed = [fill(row) for row in batch]
            # executemany needs one set of keys per call: rows with and without ids apart.
            for _, group in groupby(completed, key=lambda row: tuple(row)):
                params = list(group)
                index.before(params)
                connection.execute(table.insert(), params)
                index.after(params)
                count += len(params)
    return count


# On SQLite the full-text index (migrations 0002, 0003) is kept by a per-row trigger, and FTS5
# writes a segment for every row a trigger adds: a million statements load at a tenth of
# the speed. During a bulk load the trigger is set aside and each batch is indexed by one
# INSERT ... SELECT over the same view the trigger reads; the trigger is put back before
# the load returns, in the same transaction, so no other connection ever sees it missing.
_SET_WISE = {
    "statement": (
        "statement_fts_insert",
        "INSERT INTO statement_fts(rowid, text, speaker, text_stems) "
        "SELECT id, text, speaker, text_stems "
        "FROM statement_fts_source WHERE id IN (SELECT value FROM json_each(:ids))",
    )
}


class _SetWiseIndex:
    """Suspends a table's per-row index trigger for batches with known ids, indexing each
    batch in one statement instead; rows without ids go through the trigger as usual."""

    def __init__(self, connection: Connection, table: Table) -> None:
        self.connection = connection
        self.trigger, self.index_sql = _SET_WISE.get(table.name, (None, None))
        self.create: str | None = None
        self.suspended = False

    def __enter__(self) -> _SetWiseIndex:
        if self.trigger and self.connection.dialect.name == "sqlite":
            self.create = self.connection.execute(
                text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = :name"),
                {"name": self.trigger},
            ).scalar()
        return self

    def before(self, params: list[dict[str, Any]]) -> None:
        if self.create is None:
            return
        known = all(p.get("id") is not None for p in params)
        if known and not self.suspended:
            self.connection.execute(text(f'DROP TRIGGER "{self.trigger}"'))
            self.suspended = True
        elif not known and self.suspended:
            self._restore()

    def after(self, params: list[dict[str, Any]]) -> None:
        if self.suspended:
            ids = json.dumps([p["id"] for p in params])
            self.connection.execute(text(self.index_sql), {"ids": ids})

    def __exit__(self, *exc: object) -> None:
        if self.suspended:
            self._restore()

    def _restore(self) -> None:
        self.connection.execute(text(self.create))
        self.suspended = False


def _copy_rows(connection: Connection, table: Table, rows: Iterable[dict[str, Any]]) -> int:
    """PostgreSQL: the rows streamed through COPY FROM STDIN (the server parses them in one
    pass; executemany sends and plans every row). Triggers run as for INSERT. Rows with and
    without ids go in separate COPYs, as their columns differ. A refused row raises the
    DBAPIError an INSERT would, so callers handle both paths alike."""
    from sqlalchemy.exc import DBAPIError

    cursor = connection.connection.driver_connection.cursor()
    count = 0
    try:
        for columns, group in groupby(rows, key=lambda row: tuple(row)):
            names = ", ".join(f'"{name}"' for name in columns)
            with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
                for row in group:
                    copy.write_row(tuple(row.values()))
                    count += 1
    except Exception as exc:
        dbapi = connection.dialect.loaded_dbapi
        if isinstance(exc, dbapi.Error):
            raise DBAPIError.instance(f"COPY {table.name}", None, exc, dbapi.Error) from exc
        raise
    finally:
        cursor.close()
    return count


def reset_sequences(connection: Connection, tables: Iterable[Table]) -> None:
    """On PostgreSQL, move each id sequence past the largest id: explicit ids do not advance it,
    and the next row added without an id would collide."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.columns:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f'COALESCE(MAX(id), 0) + 1, false) FROM "{table.name}"'
            )
        )


def _batches(rows: Iterable[Mapping[str, Any]], size: int) -> Iterator[list[Mapping[str, Any]]]:
    iterator = iter(rows)
    while batch := list(islice(iterator, size)):
        yield batch


def defaults(table: Table) -> dict[str, Callable[[], Any]]:
    """Each column's default value maker: the Column's own, else the SQLModel field's.

    SQLModel keeps `Field(default="direct", sa_column=...)` defaults on the model
    class, where Core never looks; bulk rows get them here.
    """
    found: dict[str, Callable[[], Any]] = {}
    model = _model_of(table)
    for column in table.columns:
        default = column.default
        if default is not None and default.is_callable:
            found[column.name] = lambda fn=default.arg: fn(None)
        elif default is not None and default.is_scalar:
            found[column.name] = lambda value=default.arg: value
        elif model is not None and column.name in model.model_fields:
            info = model.model_fields[column.name]
            if info.default_factory is not None:
                found[column.name] = info.default_factory
            elif info.default is not None and info.default is not PydanticUndefined:
                found[column.name] = lambda value=info.default: value
    return found


def _model_of(table: Table) -> type[SQLModel] | None:
    for mapper in SQLModel._sa_registry.mappers:
        if mapper.local_table is table:
            return mapper.class_
    return None


def _filler(table: Table):
    """A function that gives a row every column of the table, in the table's order."""
    known = defaults(table)
    columns = []
    for column in table.columns:
        if column.name in known:
            columns.append((column.name, True, known[column.name]))
        elif column.primary_key and column.autoincrement in (True, "auto"):
            columns.append((column.name, False, None))
        else:
            columns.append((column.name, True, lambda: None))

    derived = DERIVED_COLUMNS.get(table.name, {})

    def fill(row: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name, always, default in columns:
            if name in row:
                out[name] = row[name]
            elif always:
                out[name] = default()
        for name, make in derived.items():
            out[name] = make(out)  # statement.text_stems: always from the row's own text
        return out

    return fill
