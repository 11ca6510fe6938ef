"""What `tracker db info` reports: which database a command would use, and what it holds.

Nothing here creates or upgrades a database: a SQLite file that does not exist yet
is reported as such (commands create it on first use), and a schema behind the
latest revision is reported, not changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import make_url

from tracker.db import current_revision, is_sqlite, make_engine, resolve_url, sqlite_path
from tracker.models import SQLModel  # the metadata holding every table of tracker
from tracker.schema import HEAD

SQLITE_FILES = ("", "-wal", "-shm")  # the database and the files WAL mode keeps beside it


def database_info(url: str | None = None) -> dict[str, Any]:
    """Where the database is, its engine and version, schema revision, size and row counts.

    `url` as --db takes it (None: TRACKER_DATABASE_URL, else the default file). Keys:
    url (password hidden), path (SQLite), exists, engine, engine_version, revision,
    latest_revision, up_to_date, size_bytes, rows (table -> count, tracker's tables only).
    """
    resolved = resolve_url(url)
    sqlite = is_sqlite(resolved)
    path = sqlite_path(resolved) if sqlite else None
    info: dict[str, Any] = {
        "url": make_url(resolved).render_as_string(hide_password=True),
        "path": str(path) if path is not None else None,
        "exists": path.exists() if path is not None else True,
        "engine": "SQLite" if sqlite else "PostgreSQL",
        "engine_version": None,
        "revision": None,
        "latest_revision": HEAD,
        "up_to_date": False,
        "size_bytes": None,
        "rows": {},
    }
    if not info["exists"]:
        return info
    engine = make_engine(resolved)
    try:
        info["revision"] = current_revision(engine)
        info["up_to_date"] = info["revision"] == HEAD
        with engine.connect() as conn:
            info["engine_version"] = _version(conn, sqlite)
            info["size_bytes"] = _size(conn, path)
            present = set(inspect(conn).get_table_names())
            for name in sorted(SQLModel.metadata.tables):
                if name in present:
                    table = SQLModel.metadata.tables[name]
                    count = select(func.count()).select_from(table)
                    info["rows"][name] = conn.execute(count).scalar_one()
    finally:
        engine.dispose()
    return info


def _version(conn, sqlite: bool) -> str:
    if sqlite:
        return conn.execute(text("SELECT sqlite_version()")).scalar_one()
    return conn.execute(text("SHOW server_version")).scalar_one().split()[0]


def _size(conn, path: Path | None) -> int:
    """Bytes on disk: the SQLite file with its WAL files, or PostgreSQL's database size."""
    if path is not None:
        files = (path.with_name(path.name + suffix) for suffix in SQLITE_FILES)
        return sum(f.stat().st_size for f in files if f.exists())
    return conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
