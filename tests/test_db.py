"""Which database is used, how SQLite connections are set up, and schema revision checks."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.conftest import drop_postgres, fresh_postgres, postgres_server_url
from tracker import db as tdb
from tracker import migrate, schema
from tracker.errors import SchemaOutOfDate


def test_url_comes_from_option_then_environment_then_user_data_dir(tmp_path, monkeypatch):
    assert tdb.resolve_url("sqlite:///x.db") == "sqlite:///x.db"
    monkeypatch.setenv("TRACKER_DATABASE_URL", "sqlite:///from-env.db")
    assert tdb.resolve_url(None) == "sqlite:///from-env.db"
    monkeypatch.delenv("TRACKER_DATABASE_URL")
    default = tdb.resolve_url(None)
    assert default.startswith("sqlite:///") and default.endswith("tracker.db")
    assert str(tmp_path / "data-home") in default  # the test's XDG_DATA_HOME


def test_a_bare_path_is_sqlite_and_postgres_urls_use_psycopg(tmp_path):
    assert tdb.resolve_url(str(tmp_path / "a.db")) == f"sqlite:///{tmp_path / 'a.db'}"
    assert tdb.resolve_url("postgresql://u@h/d") == "postgresql+psycopg://u@h/d"


def test_sqlite_connections_enable_foreign_keys_wal_and_busy_timeout(tmp_path):
    engine = tdb.make_engine(f"sqlite:///{tmp_path / 'p.db'}")
    with engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == tdb.BUSY_TIMEOUT_MS
    engine.dispose()


def test_write_sessions_begin_immediate_and_read_sessions_do_not(tmp_path):
    url = f"sqlite:///{tmp_path / 'lock.db'}"
    with tdb.session_scope(url, write=True) as session:
        session.execute(text("SELECT 1"))  # the transaction begins with the first statement
        other = sqlite3.connect(tmp_path / "lock.db", timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    with tdb.session_scope(url, write=False) as session:
        session.execute(text("SELECT 1"))
        other = sqlite3.connect(tmp_path / "lock.db", timeout=0)
        other.execute("BEGIN IMMEDIATE")  # a reader does not hold the write lock
        other.rollback()
        other.close()


def test_a_new_embedded_database_is_created_at_the_latest_revision(tmp_path):
    url = f"sqlite:///{tmp_path / 'new' / 'tracker.db'}"
    with tdb.session_scope(url) as session:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
    assert revision == schema.HEAD


def test_an_older_sqlite_database_is_upgraded_after_a_backup(tmp_path):
    if len(schema.KNOWN_REVISIONS) < 2:
        pytest.fail("needs at least two revisions to have an older one")
    path = tmp_path / "old.db"
    url = f"sqlite:///{path}"
    migrate.upgrade(url, schema.KNOWN_REVISIONS[0])
    with tdb.session_scope(url) as session:
        assert session.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            schema.HEAD
        )
    backups = list(tmp_path.glob("old.db.before-*.bak"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert (
        con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == (schema.KNOWN_REVISIONS[0])
    )
    con.close()


def test_a_database_from_a_newer_tracker_is_refused(db_url):
    engine = tdb.make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'from_the_future'"))
    with pytest.raises(SchemaOutOfDate, match="newer tracker"):
        tdb.ensure_schema(engine)
    engine.dispose()


def test_an_older_postgres_database_names_the_command_to_run():
    if postgres_server_url() is None:
        pytest.skip("PostgreSQL tests need TRACKER_TEST_POSTGRES_URL (set by .ci/run)")
    url, name = fresh_postgres()
    try:
        migrate.upgrade(url, schema.KNOWN_REVISIONS[0])
        engine = tdb.make_engine(url)
        with pytest.raises(SchemaOutOfDate, match="tracker db upgrade"):
            tdb.ensure_schema(engine)
        engine.dispose()
    finally:
        drop_postgres(name)


def test_default_database_lives_in_the_user_data_directory(tmp_path):
    with tdb.session_scope(None):
        pass
    assert (Path(tmp_path) / "data-home" / "tracker" / "tracker.db").exists()


def test_a_read_command_on_a_missing_database_says_so_and_creates_nothing(tmp_path):
    from tests.conftest import Cli

    missing = tmp_path / "nonexistent" / "dir" / "x.db"
    commands = (("said",), ("official", "list"), ("stats",), ("export", "--all", "-"))
    for command in (*commands, ("db", "current")):
        result = Cli(f"sqlite:///{missing}")(*command, expect=1)
        assert f"Error: no database at {missing}" in result.stderr, command
    assert not (tmp_path / "nonexistent").exists()
    result = Cli(str(missing))("said", "--db", str(missing), expect=1)
    assert "no database at" in result.stderr


def test_an_in_memory_database_works_for_the_length_of_one_process():
    from sqlmodel import select

    from tests.conftest import Cli
    from tracker.models import Official
    from tracker.services.officials import add_official

    # a fresh in-memory database is made and migrated: nothing found (piped: no line at all)
    assert Cli("sqlite:///:memory:")("said").stdout == ""
    database = tdb.Database("sqlite:///:memory:")
    with database.transaction() as session:
        add_official(session=session, name="Maria Zakharova")
    with database.transaction(write=False) as session:
        assert session.exec(select(Official.name)).all() == ["Maria Zakharova"]
    database.close()


def test_postgres_writers_take_their_turn_and_readers_do_not_wait():
    import threading

    if postgres_server_url() is None:
        pytest.skip("PostgreSQL tests need TRACKER_TEST_POSTGRES_URL (set by .ci/run)")
    url, name = fresh_postgres()
    try:
        database = tdb.Database(url)
        second = tdb.Database(url)
        order: list[str] = []
        with database.transaction() as first:
            first.execute(text("SELECT 1"))  # holds the write lock from here
            with second.transaction(write=False) as reader:
                reader.execute(text("SELECT 1"))  # a reader is not held back
                order.append("read")
            opened = tdb.Database(url, create=False)  # nor is opening (the schema check)
            opened.close()

            def write() -> None:
                with second.transaction() as other:
                    other.execute(text("SELECT 1"))
                    order.append("second writer")

            waiting = threading.Thread(target=write)
            waiting.start()
            waiting.join(1.0)
            assert waiting.is_alive()  # it waits for the first writer's commit
            order.append("first writer commits")
        waiting.join(30)
        assert order == ["read", "first writer commits", "second writer"]
        database.close()
        second.close()
    finally:
        drop_postgres(name)
