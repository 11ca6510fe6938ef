"""Reading an archive into the database (the format: archive_format).

Import validates every line (type, fields, required values: archive_records;
references), skips records already present with the same content, and loads the rest
through tracker.bulk in batches. A line that fails is reported by number and
left out; the caller decides whether the good ones are kept.

Whatever tracker wrote imports back whole, on either engine: a number is
checked against the column's range (a 32-bit integer on both engines, as
PostgreSQL stores it) before any database sees it; a NUL, which SQLite kept
in databases made by older versions and PostgreSQL refuses, becomes U+FFFD
(one character for one, so citation offsets stay right, the source's sha256
recomputed); and an institution whose parent comes later in the file (a cycle
of parents left by an older merge) is linked once every institution is in.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Table, select, text, update
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from tracker import bulk
from tracker.errors import InvalidInput
from tracker.services.archive_format import FORMAT, ORDER, PROGRESS_EVERY, VERSION, Progress, tables
from tracker.services.archive_records import BadRecord, RecordShape

BATCH_SIZE = 5_000
LOOKUP_CHUNK = 900
ANALYZE_AFTER = 50_000

BadLine = Callable[[int, str], None]


@dataclass
class ArchiveImportReport:
    """What an import did: records inserted per type, records already present, bad lines."""

    inserted: dict[str, int] = field(default_factory=dict)
    unchanged: int = 0
    bad: list[tuple[int, str]] = field(default_factory=list)

    @property
    def total_inserted(self) -> int:
        return sum(self.inserted.values())


@dataclass
class _Record:
    line: int
    values: dict[str, Any]
    parent_later: int | None = None  # an institution's parent, linked at the end


def import_archive(
    *,
    session: Session,
    lines: Iterable[bytes],
    all_or_nothing: bool = False,
    on_bad: BadLine | None = None,
    progress: Progress | None = None,
) -> ArchiveImportReport:
    """Load an archive's lines (bytes, as read from the file) into the session's transaction.

    Bad lines are passed to on_bad(number, message) and left out. With
    all_or_nothing, any bad line raises InvalidInput at the end, so the
    caller's transaction writes nothing.
    """
    loader = _Loader(session.connection(), on_bad)
    for number, raw in enumerate(lines, 1):
        loader.read(number, raw)
        if progress and number % PROGRESS_EVERY == 0:
            progress(number)
    if not loader.saw_content:
        raise InvalidInput("the archive is empty: nothing to import")
    loader.flush()
    loader.link_parents()
    report = loader.report
    if report.bad and all_or_nothing:
        raise InvalidInput(
            f"{len(report.bad)} bad line(s) in the archive; nothing was imported (--all-or-nothing)"
        )
    if report.total_inserted:
        names = [name for name, count in report.inserted.items() if count]
        bulk.reset_sequences(loader.conn, [loader.tables[name] for name in names])
    if report.total_inserted >= ANALYZE_AFTER:  # fresh planner statistics for a big load
        loader.conn.execute(text("ANALYZE"))
    return report


class _Loader:
    """Reads records line by line and writes them in per-table batches."""

    def __init__(self, conn: Connection, on_bad: BadLine | None) -> None:
        self.conn = conn
        self.on_bad = on_bad
        self.tables = tables()
        self.shapes = {name: RecordShape(table) for name, table in self.tables.items()}
        self.report = ArchiveImportReport(inserted={name: 0 for name in ORDER})
        self.known: dict[str, set[int]] = {name: set() for name in ORDER}
        self.batch_table: str | None = None
        self.batch: list[_Record] = []
        self.saw_content = False
        self.parents_later: list[_Record] = []

    def bad(self, line: int, message: str) -> None:
        self.report.bad.append((line, message))
        if self.on_bad:
            self.on_bad(line, message)

    def read(self, number: int, raw: bytes) -> None:
        if not raw.strip():
            return
        self.saw_content = True
        try:
            kind, values = self.parse(raw)
        except BadRecord as exc:
            self.bad(number, str(exc))
            return
        if kind == FORMAT:
            return
        if kind != self.batch_table or len(self.batch) >= BATCH_SIZE:
            self.flush()
            self.batch_table = kind
        self.batch.append(_Record(number, values))

    def parse(self, raw: bytes) -> tuple[str, dict[str, Any]]:
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRecord("not UTF-8 text") from None
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise BadRecord(f"not JSON ({exc})") from None
        except RecursionError:
            raise BadRecord("JSON nested too deeply") from None
        if not isinstance(record, dict):
            raise BadRecord("not a JSON object")
        kind = record.pop("type", None)
        if kind == FORMAT:
            version = record.get("version")
            if not isinstance(version, int) or version > VERSION:
                raise InvalidInput(
                    f"the archive is in format version {version!r}, and this tracker reads "
                    f"version {VERSION}: upgrade tracker to import it; nothing was imported"
                )
            return kind, record
        if kind not in self.shapes:
            raise BadRecord(f"unknown record type {kind!r} (expected one of {', '.join(ORDER)})")
        values = self.shapes[kind].convert(record)
        if kind == "source" and "text" in values and "\ufffd" in values["text"]:
            values["sha256"] = hashlib.sha256(values["text"].encode("utf-8")).hexdigest()
        return kind, values

    def flush(self) -> None:
        if not self.batch:
            return
        name, batch = self.batch_table, self.batch
        self.batch = []
        batch = self.check_references(name, batch)
        batch = self.drop_present(name, batch)
        for record in batch:
            if record.parent_later is not None:
                record.values["parent_id"] = None
                self.parents_later.append(record)
        inserted = self.insert(name, batch)
        self.report.inserted[name] += len(inserted)
        if "id" in self.tables[name].columns:
            self.known[name].update(r.values["id"] for r in inserted)

    def check_references(self, name: str, batch: list[_Record]) -> list[_Record]:
        """Records whose references name a record earlier in the file or in the database."""
        references = self.shapes[name].references
        wanted: dict[str, set[int]] = {}
        for record in batch:
            for column, target in references:
                value = record.values.get(column)
                if value is not None and value not in self.known[target]:
                    wanted.setdefault(target, set()).add(value)
        for target, ids in wanted.items():
            self.known[target].update(_existing_ids(self.conn, self.tables[target], ids))
        earlier: set[int] = set()  # a parent institution earlier in this batch
        good = []
        for record in batch:
            missing = [
                (column, record.values[column])
                for column, target in references
                if record.values.get(column) is not None
                and record.values[column] not in self.known[target]
                and not (target == name and record.values[column] in earlier)
            ]
            if name == "institution" and [c for c, _ in missing] == ["parent_id"]:
                record.parent_later, missing = record.values["parent_id"], []
            if missing:
                missing = [f"{column}={value}" for column, value in missing]
                self.bad(
                    record.line,
                    f"{name} refers to a record that is neither earlier in the file nor in "
                    f"the database: {', '.join(missing)}",
                )
                continue
            good.append(record)
            if "id" in record.values:
                earlier.add(record.values["id"])
        return good

    def link_parents(self) -> None:
        """Give institutions the parents that came after them in the file."""
        table = self.tables["institution"]
        wanted = {r.parent_later for r in self.parents_later} - self.known["institution"]
        self.known["institution"].update(_existing_ids(self.conn, table, wanted))
        for record in self.parents_later:
            if record.parent_later not in self.known["institution"]:
                self.bad(
                    record.line,
                    f"institution {record.values['id']} has parent_id={record.parent_later}, "
                    "which is neither in the file nor in the database (imported without it)",
                )
                continue
            self.conn.execute(
                update(table)
                .where(table.c.id == record.values["id"])
                .values(parent_id=record.parent_later)
            )

    def drop_present(self, name: str, batch: list[_Record]) -> list[_Record]:
        """Leave out records already in the database: equal ones count as done, others are bad."""
        table = self.tables[name]
        keys = [c.name for c in table.primary_key.columns]
        present = _present_rows(self.conn, table, keys, batch)
        if name == "source":
            present_sha = _sources_by_sha(self.conn, [r.values["sha256"] for r in batch])
        fresh = []
        for record in batch:
            key = tuple(record.values.get(k) for k in keys)
            existing = present.get(key)
            if existing is not None:
                differences = [
                    column
                    for column, value in record.values.items()
                    if _comparable(existing[column]) != _comparable(value)
                ]
                if differences:
                    self.bad(
                        record.line,
                        f"{name} {_key_text(keys, key)} is already in the database with other "
                        f"values ({', '.join(differences)})",
                    )
                else:
                    self.report.unchanged += 1
                    if "id" in record.values:
                        self.known[name].add(record.values["id"])
                continue
            if name == "source" and (other := present_sha.get(record.values["sha256"])):
                self.bad(
                    record.line,
                    f"source {record.values['id']} has the same text (sha256) as source "
                    f"{other} already in the database",
                )
                continue
            fresh.append(record)
        return fresh

    def insert(self, name: str, batch: list[_Record]) -> list[_Record]:
        """Insert a batch at once; if the database refuses it, row by row to name the bad ones."""
        if not batch:
            return []
        table = self.tables[name]
        try:
            with self.conn.begin_nested():
                bulk.insert_rows(self.conn, table, [r.values for r in batch])
            return batch
        except DBAPIError:
            pass
        inserted = []
        for record in batch:
            try:
                with self.conn.begin_nested():
                    bulk.insert_rows(self.conn, table, [record.values])
                inserted.append(record)
            except DBAPIError as exc:
                self.bad(record.line, f"rejected by the database: {_first_line(exc)}")
        return inserted


def _comparable(value: Any) -> Any:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else value


def _key_text(keys: list[str], key: tuple) -> str:
    if keys == ["id"]:
        return f"id {key[0]}"
    return ", ".join(f"{k}={v}" for k, v in zip(keys, key, strict=True))


def _first_line(exc: DBAPIError) -> str:
    message = str(exc.orig) if exc.orig is not None else str(exc)
    return message.strip().splitlines()[0]


def _chunks(values: list, size: int = LOOKUP_CHUNK) -> Iterator[list]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _existing_ids(conn: Connection, table: Table, ids: set[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(sorted(ids)):
        found.update(conn.execute(select(table.c.id).where(table.c.id.in_(chunk))).scalars())
    return found


def _present_rows(
    conn: Connection, table: Table, keys: list[str], batch: list[_Record]
) -> dict[tuple, dict[str, Any]]:
    """The rows of the database that have the primary keys of the batch, by key."""
    first = table.c[keys[0]]
    wanted = {tuple(r.values.get(k) for k in keys) for r in batch}
    present = {}
    for chunk in _chunks(sorted({key[0] for key in wanted if key[0] is not None})):
        for row in conn.execute(select(table).where(first.in_(chunk))):
            mapping = dict(row._mapping)
            key = tuple(mapping[k] for k in keys)
            if key in wanted:
                present[key] = mapping
    return present


def _sources_by_sha(conn: Connection, hashes: list[str]) -> dict[str, int]:
    table = tables()["source"]
    found = {}
    for chunk in _chunks(sorted(set(hashes))):
        query = select(table.c.sha256, table.c.id).where(table.c.sha256.in_(chunk))
        found.update((sha, id_) for sha, id_ in conn.execute(query))
    return found
