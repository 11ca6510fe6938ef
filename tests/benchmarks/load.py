"""Loading the archive, each engine against a baseline doing the same work on the bare driver.

SQLite: tracker.bulk (executemany in batches, the full-text index filled set-wise
per batch with its per-row trigger set aside) against sqlite3 executemany into a
second database with the same schema, its full-text trigger also set aside and
the index rebuilt once at the end: full-text triggers off in both, the index
complete in both. PostgreSQL: tracker.bulk (COPY) against psycopg's COPY of
the same rows into a second database, the search_vector trigger on in both.
Each table is loaded by both, one after the other, before the next table, so
that load on the machine falls on both alike; only the inserts are timed, not
generating the rows.
"""

from __future__ import annotations

import sqlite3
import time
from datetime import date, datetime
from pathlib import Path
from typing import Any

from generate import Archive
from measure import Figure, Report

LOAD_TARGET_SQLITE = ">= 0.5x"
LOAD_TARGET_POSTGRES = ">= 0.8x"


def _stored(value: Any) -> Any:
    """A value as SQLAlchemy stores it in SQLite (dates as ISO text)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def load_sqlite(archive: Archive, url: str, raw_path: Path, report: Report, scale: int) -> int:
    """Load through tracker.bulk and, for the baseline, raw sqlite3; rows loaded."""
    from tracker import bulk
    from tracker.db import make_engine
    from tracker.migrate import upgrade
    from tracker.services.archive_format import tables

    upgrade(url)
    upgrade(f"sqlite:///{raw_path}")
    engine = make_engine(url)
    raw = sqlite3.connect(raw_path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):
        raw.execute(f"PRAGMA {pragma}")
    trigger = raw.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'statement_fts_insert'"
    ).fetchone()[0]
    ours = theirs = 0.0
    total = 0
    with engine.connect() as conn:
        transaction = conn.begin()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("DROP TRIGGER statement_fts_insert")
        for name, generated in archive.tables():
            rows = list(generated)
            table = tables()[name]
            columns = [c.name for c in table.columns]
            tuples = [tuple(_stored(row.get(c)) for c in columns) for row in rows]
            sql = (
                f"INSERT INTO {name} ({', '.join(f'[{c}]' for c in columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            t = time.perf_counter()
            bulk.insert_rows(conn, table, rows)
            ours += time.perf_counter() - t
            t = time.perf_counter()
            raw.executemany(sql, tuples)
            theirs += time.perf_counter() - t
            total += len(rows)
            del rows, tuples
        t = time.perf_counter()
        transaction.commit()
        ours += time.perf_counter() - t
    t = time.perf_counter()
    raw.execute("INSERT INTO statement_fts(statement_fts) VALUES ('rebuild')")
    raw.execute(trigger)
    raw.execute("COMMIT")
    theirs += time.perf_counter() - t
    raw.close()
    engine.dispose()
    report.add(
        Figure(
            "sqlite",
            "bulk_import",
            total / ours,
            "rows/s",
            total / theirs,
            "sqlite3 executemany, full-text index rebuilt at the end",
            target=LOAD_TARGET_SQLITE,
            note=f"{total:,} rows in {ours:.1f} s; full-text triggers off in both",
            statements=scale,
        )
    )
    return total


def load_postgres(archive: Archive, url: str, raw_url: str, report: Report, scale: int) -> int:
    """Load through tracker.bulk (COPY) and, for the baseline, psycopg COPY; rows loaded."""
    import psycopg

    from tracker import bulk
    from tracker.db import make_engine
    from tracker.migrate import upgrade
    from tracker.services.archive_format import tables

    upgrade(url)
    upgrade(raw_url)
    engine = make_engine(url)
    raw = psycopg.connect(_libpq(raw_url))
    ours = theirs = 0.0
    total = 0
    with engine.begin() as conn, raw.cursor() as cursor:
        for name, generated in archive.tables():
            rows = list(generated)
            table = tables()[name]
            columns = [c.name for c in table.columns]
            tuples = [tuple(row.get(c) for c in columns) for row in rows]
            names = ", ".join(f'"{c}"' for c in columns)
            t = time.perf_counter()
            bulk.insert_rows(conn, table, rows)
            ours += time.perf_counter() - t
            t = time.perf_counter()
            with cursor.copy(f'COPY "{name}" ({names}) FROM STDIN') as copy:
                for row in tuples:
                    copy.write_row(row)
            theirs += time.perf_counter() - t
            total += len(rows)
            del rows, tuples
        t = time.perf_counter()
        bulk.reset_sequences(conn, tables().values())
        ours += time.perf_counter() - t
    t = time.perf_counter()
    raw.commit()
    theirs += time.perf_counter() - t
    raw.close()
    engine.dispose()
    report.add(
        Figure(
            "postgresql",
            "bulk_import",
            total / ours,
            "rows/s",
            total / theirs,
            "psycopg COPY of the same rows",
            target=LOAD_TARGET_POSTGRES,
            note=f"{total:,} rows in {ours:.1f} s; search_vector trigger on in both",
            statements=scale,
        )
    )
    return total


def _libpq(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def analyze(url: str) -> float:
    """Planner statistics after a load (as `tracker import` does after a big one); on
    PostgreSQL VACUUM too, which sets the visibility map that index-only scans read."""
    from sqlalchemy import create_engine, text

    from tracker.db import make_engine

    postgres = url.startswith("postgresql")
    engine = create_engine(url, isolation_level="AUTOCOMMIT") if postgres else make_engine(url)
    t = time.perf_counter()
    with engine.connect() as conn:
        conn.execute(text("VACUUM ANALYZE" if postgres else "ANALYZE"))
        if not postgres:
            conn.commit()
    engine.dispose()
    return time.perf_counter() - t
