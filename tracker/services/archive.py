"""The whole database as JSON Lines, and back: backup, and moving between SQLite and PostgreSQL.

An archive is one JSON object per line, each named by its "type" (the table)
and carrying every column, ids included, so that a round trip loses nothing
and references stay valid. A header line names the format and the schema
revision. Records come in dependency order (institutions, parents first;
officials; roles; sources; topics; statements; citations; tags; mentions; reviews), so
that a reader can check every reference against what came before it.

Import validates every line (type, fields, required values, references),
skips records already present with the same content, and loads the rest
through tracker.bulk in batches. A line that fails is reported by number and
left out; the caller decides whether the good ones are kept.

Whatever tracker wrote imports back whole, on either engine: a number is
checked against the column's range (a 32-bit integer on both engines, as
PostgreSQL stores it) before any database sees it; a NUL, which SQLite kept
in databases made by older versions and PostgreSQL refuses, becomes U+FFFD
(one character for one, so citation offsets stay right, the source's sha256
recomputed); and an institution whose parent comes later in the file (a cycle
of parents left by an older merge) is linked once every institution is in.

Writing and reading the format are kept in this one module (past 400 lines) so
that the two cannot drift apart: the order, the fields and the types of each
record are defined once and used both ways.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import IO, Any

from sqlalchemy import (
    BigInteger,
    Connection,
    Date,
    DateTime,
    Float,
    Integer,
    String,
    Table,
    select,
    text,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session, SQLModel

import tracker.models  # noqa: F401  (registers every table on SQLModel.metadata)
from tracker import bulk
from tracker.dates import plain
from tracker.errors import InvalidInput
from tracker.schema import HEAD

FORMAT = "tracker-archive"
VERSION = 1
ORDER = (
    "institution",
    "institution_alias",
    "official",
    "official_alias",
    "role",
    "source",
    "topic",
    "statement",
    "citation",
    "statement_topic",
    "mention",
    "statement_review",
)
BATCH_SIZE = 5_000
LOOKUP_CHUNK = 900
PROGRESS_EVERY = 10_000
ANALYZE_AFTER = 50_000

Progress = Callable[[int], None]
BadLine = Callable[[int, str], None]


def tables() -> dict[str, Table]:
    """The archived tables by name, in dependency order."""
    metadata = SQLModel.metadata.tables
    return {name: metadata[name] for name in ORDER}


# --- export -----------------------------------------------------------------------------


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


# --- import -----------------------------------------------------------------------------


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


class _BadRecord(Exception):
    pass


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
        self.shapes = {name: _Shape(table) for name, table in self.tables.items()}
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
        except _BadRecord as exc:
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
            raise _BadRecord("not UTF-8 text") from None
        try:
            record = json.loads(line)
        except ValueError as exc:
            raise _BadRecord(f"not JSON ({exc})") from None
        except RecursionError:
            raise _BadRecord("JSON nested too deeply") from None
        if not isinstance(record, dict):
            raise _BadRecord("not a JSON object")
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
            raise _BadRecord(f"unknown record type {kind!r} (expected one of {', '.join(ORDER)})")
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


class _Shape:
    """How one table's records are checked and converted: types, required fields, references."""

    def __init__(self, table: Table) -> None:
        self.name = table.name
        self.columns = {c.name: c for c in table.columns}
        has_default = bulk.defaults(table)
        self.required = [
            c.name
            for c in table.columns
            if not c.nullable and c.name not in has_default and c.server_default is None
        ]
        self.references = [
            (c.name, next(iter(c.foreign_keys)).column.table.name)
            for c in table.columns
            if c.foreign_keys
        ]
        self.converters = {c.name: _converter(c) for c in table.columns}

    def convert(self, record: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(record) - set(self.columns))
        if unknown:
            raise _BadRecord(f"{self.name}: unknown field(s) {', '.join(map(repr, unknown))}")
        values = {}
        for key, value in record.items():
            if value is None:
                if key in self.required:
                    raise _BadRecord(f"{self.name}: field {key!r} must not be null")
                if self.columns[key].nullable:
                    values[key] = None
                continue  # a column with a default gets it
            try:
                values[key] = self.converters[key](value)
            except (TypeError, ValueError) as exc:
                raise _BadRecord(f"{self.name}: field {key!r}: {exc}") from None
        missing = [k for k in self.required if k not in values]
        if missing:
            raise _BadRecord(f"{self.name}: missing field(s) {', '.join(map(repr, missing))}")
        return values


INT32 = (-(2**31), 2**31 - 1)
INT64 = (-(2**63), 2**63 - 1)


def _converter(column) -> Callable[[Any], Any]:
    kind = column.type
    if isinstance(kind, Integer):
        return _integer(INT64 if isinstance(kind, BigInteger) else INT32)
    if isinstance(kind, Float):
        return _number
    if isinstance(kind, DateTime):
        return _datetime
    if isinstance(kind, Date):
        return _date
    if isinstance(kind, String):
        return _string(kind.length)
    raise TypeError(f"no archive converter for {column.table.name}.{column.name}: {kind!r}")


def _integer(bounds: tuple[int, int]) -> Callable[[Any], int]:
    low, high = bounds

    def convert(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"expected an integer, got {value!r}")
        if not low <= value <= high:
            raise ValueError(f"{value} is out of range (the column holds {low} to {high})")
        return value

    return convert


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise TypeError(f"expected a number, got {value!r}")
    try:
        number = float(value)
    except OverflowError:
        raise ValueError(f"{value} is out of range") from None
    if not math.isfinite(number):
        raise ValueError(f"expected a finite number, got {value!r}")
    return number


def _date(value: Any) -> date:
    try:
        if isinstance(value, str) and len(value) == 10:
            return date.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError(f"expected a date YYYY-MM-DD, got {value!r}")


def _datetime(value: Any) -> datetime:
    try:
        if isinstance(value, str):
            return datetime.fromisoformat(value)
    except ValueError:
        pass
    raise ValueError(f"expected a date and time YYYY-MM-DDTHH:MM:SS, got {value!r}")


def _string(length: int | None) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        if not isinstance(value, str):
            raise TypeError(f"expected text, got {value!r}")
        if length is not None and len(value) > length:
            raise ValueError(f"longer than {length} characters")
        return value.replace("\x00", "\ufffd")  # PostgreSQL cannot store NUL

    return convert


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
