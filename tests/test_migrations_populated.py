"""Upgrading a database full of data, from every earlier revision, keeps every row.

A schema test on an empty database proves little about an upgrade in the
field: table rebuilds on SQLite (batch mode) copy rows, and a migration that
backfills (full-text search) must see the old rows. Each earlier revision is
populated with one record of every kind the revision has, upgraded to head,
and compared row by row.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import MetaData, create_engine, select

from tests.conftest import Cli
from tests.test_archive import ORDER, RECORDS
from tracker import migrate, schema

EARLIER = schema.KNOWN_REVISIONS[:-1]


def _populate_at_revision(url: str) -> None:
    """Insert RECORDS through the tables as they are at this revision (reflected)."""
    engine = create_engine(url)
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.begin() as conn:
        for name in ORDER:
            if name not in metadata.tables:
                continue
            table = metadata.tables[name]
            rows = [{k: v for k, v in r.items() if k in table.columns} for r in RECORDS[name]]
            full = [{c.name: row.get(c.name) for c in table.columns} for row in rows]
            for row in full:
                for column in ("created_at", "updated_at", "added_at"):
                    if column in row and row[column] is None:
                        row[column] = datetime(2021, 1, 1)
                for column, value in (
                    ("kind", "direct"),
                    ("status", "proposed"),
                    ("origin", "manual"),
                    ("said_precision", "day"),
                    ("start_precision", "unknown"),
                    ("end_precision", "unknown"),
                    ("version", 1),
                ):
                    if column in row and row[column] is None:
                        row[column] = value
            conn.execute(table.insert(), full)
    engine.dispose()


def _rows(url: str) -> dict[str, list[dict]]:
    """Every row of every tracked table, in primary-key order."""
    engine = create_engine(url)
    metadata = MetaData()
    metadata.reflect(engine)
    found = {}
    with engine.connect() as conn:
        for name in ORDER:
            if name not in metadata.tables:
                continue
            table = metadata.tables[name]
            keys = list(table.primary_key.columns)
            found[name] = [
                {k: v for k, v in row._mapping.items() if k != "search_vector"}
                for row in conn.execute(select(table).order_by(*keys))
            ]
    engine.dispose()
    return found


def _same_columns(before: dict, after: dict) -> dict:
    """`after` cut down to the tables and columns that existed before."""
    return {
        name: [{k: row[k] for k in rows[0]} for row in after[name]] if rows else after[name]
        for name, rows in before.items()
    }


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrade_keeps_every_row(empty_db_url, revision):
    migrate.upgrade(empty_db_url, revision)
    _populate_at_revision(empty_db_url)
    before = _rows(empty_db_url)
    # every record of RECORDS the revision has a table for (statement_review: from 0004)
    assert sum(len(rows) for rows in before.values()) == (
        23 if "statement_review" in before else 22
    )

    migrate.upgrade(empty_db_url, "head")

    after = _rows(empty_db_url)
    assert _same_columns(before, after) == before
    migrate.check(empty_db_url)


@pytest.mark.parametrize("revision", EARLIER)
def test_old_statements_are_searchable_after_the_upgrade(empty_db_url, revision):
    migrate.upgrade(empty_db_url, revision)
    _populate_at_revision(empty_db_url)
    migrate.upgrade(empty_db_url, "head")

    result = Cli(empty_db_url)("search", "unacceptable", "--format", "jsonl")
    assert '"id": 100' in result.stdout
    assert '"id": 101' not in result.stdout


@pytest.mark.parametrize("revision", EARLIER)
def test_sqlite_database_is_upgraded_on_first_use_with_a_backup(
    engine_name, empty_db_url, revision
):
    if engine_name != "sqlite":
        pytest.skip("only the embedded SQLite database is upgraded automatically")
    migrate.upgrade(empty_db_url, revision)
    _populate_at_revision(empty_db_url)
    before = _rows(empty_db_url)

    result = Cli(empty_db_url)("official", "list", "--format", "jsonl")

    assert "upgraded the database schema (backup at" in result.stderr
    assert "Sergey Ryabkov" in result.stdout
    assert _same_columns(before, _rows(empty_db_url)) == before
    backup = empty_db_url.removeprefix("sqlite:///") + f".before-{schema.HEAD}.bak"
    assert _rows(f"sqlite:///{backup}") == before


@pytest.mark.parametrize("revision", EARLIER)
def test_postgres_database_at_an_old_revision_asks_for_an_upgrade(
    engine_name, empty_db_url, revision
):
    if engine_name != "postgres":
        pytest.skip("PostgreSQL databases are upgraded by `tracker db upgrade` only")
    migrate.upgrade(empty_db_url, revision)
    _populate_at_revision(empty_db_url)
    before = _rows(empty_db_url)

    result = Cli(empty_db_url)("official", "list", expect=1)

    assert "run `tracker db upgrade`" in result.stderr
    assert "Traceback" not in result.output
    assert _rows(empty_db_url) == before
    Cli(empty_db_url)("db", "upgrade")
    assert _same_columns(before, _rows(empty_db_url)) == before
