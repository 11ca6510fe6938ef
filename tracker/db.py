"""The connection: which database, its SQLite pragmas, and whether its schema is current.

SQLite (the embedded default) gets foreign keys, WAL and a busy timeout on
every connection, and its write transactions begin IMMEDIATE so that two
processes writing at once queue on the lock instead of failing half-way with
"database is locked". Read-only sessions begin DEFERRED so that a long export
does not hold writers back.

PostgreSQL write transactions queue the same way, on a transaction-level
advisory lock taken as they begin (WRITE_LOCK). Recording an article is a
read-then-write: is this text stored, is this speaker known, did another
outlet already report these words (a 90% fuzzy match no unique key can
express)? Two teams' processes doing that at once under READ COMMITTED both
see "no" and both write: duplicated statements, officials and outlets, and
unique-key failures on the source's sha256. With one writer at a time every
such check sees everything committed before it, as on SQLite, so a source
that another process was recording is found as already ingested. Readers
take no lock, and reading and extracting happen before the write
transaction, so processes still overlap in all but the short write. A writer
waits at most LOCK_WAIT_S for its turn, as SQLite's busy timeout does.

Read-only commands never create a database: on a SQLite path that does not
exist they say so (instead of leaving an empty file and folders behind).
`sqlite:///:memory:` works for one process (the Python API, tests): its one
connection is kept and migrated in place.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import StaticPool

from tracker.errors import SchemaOutOfDate, TrackerError

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlmodel import Session

ENV_VAR = "TRACKER_DATABASE_URL"
BUSY_TIMEOUT_MS = 60_000
LOCK_WAIT_S = BUSY_TIMEOUT_MS // 1000
WRITE_LOCK = 0x747261636B6572  # "tracker": the advisory lock every PostgreSQL writer takes


def default_url() -> str:
    """A SQLite file in the user data directory (platformdirs)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("tracker", appauthor=False))
    return f"sqlite:///{folder / 'tracker.db'}"


def resolve_url(url: str | None = None) -> str:
    """--db URL, else TRACKER_DATABASE_URL, else the embedded default; a bare path means SQLite."""
    chosen = url or os.environ.get(ENV_VAR) or default_url()
    if "://" not in chosen:
        chosen = f"sqlite:///{Path(chosen).expanduser()}"
    if chosen.startswith("postgresql://") or chosen.startswith("postgres://"):
        chosen = "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for in-memory databases)."""
    database = make_url(url).database
    if not database or database == ":memory:":
        return None
    return Path(database)


def make_engine(url: str, *, create: bool = True) -> Engine:
    """An engine with tracker's connection settings for either backend.

    create=False (read-only use): a SQLite file that does not exist is an error,
    and no folder is made for it.
    """
    if is_sqlite(url):
        path = sqlite_path(url)
        if path is not None and create:
            _prepare_sqlite_folder(path)
        elif path is not None and not path.exists():
            raise TrackerError(
                f"no database at {path}: nothing has been recorded there yet "
                "(commands that record create it; `tracker db upgrade` makes an empty one)"
            )
        memory = path is None
        engine = create_engine(
            url,
            # check_same_thread=False as SQLAlchemy sets it for files: the pool hands a
            # connection to one thread at a time (`tracker serve` answers from a thread pool)
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            # an in-memory database lives as long as its one connection
            **({"poolclass": StaticPool} if memory else {}),
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    # prepare_threshold=None: psycopg's automatic server-side prepared statements
    # switch to generic plans that are very slow on skewed data (one speaker with
    # most statements), so every query is planned with its own parameters.
    engine = create_engine(
        url,
        connect_args={"prepare_threshold": None, "connect_timeout": 10},
        pool_pre_ping=False,
    )
    event.listen(engine, "begin", _postgres_on_begin)
    return engine


def _prepare_sqlite_folder(path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TrackerError(f"cannot create database folder {path.parent}: {exc.strerror}") from None
    if path.exists() and not os.access(path, os.W_OK):
        return  # read-only use is still possible; writes fail with a clear message
    if not os.access(path.parent, os.W_OK):
        raise TrackerError(
            f"database folder {path.parent} is not writable "
            "(SQLite needs to write its journal beside the file)"
        )


def _sqlite_on_connect(dbapi_connection, _record) -> None:
    # Let SQLAlchemy's "begin" event decide how transactions begin.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_on_begin(connection) -> None:
    # on the driver's connection: Core's execution of the statement cost a fifth of an
    # empty transaction, which ingest opens for every article; its errors raised as Core's
    readonly = connection.get_execution_options().get("tracker_readonly")
    sql = "BEGIN" if readonly else "BEGIN IMMEDIATE"
    try:
        connection.connection.driver_connection.execute(sql)
    except sqlite3.Error as error:
        dialect = connection.dialect
        raise DBAPIError.instance(sql, (), error, sqlite3.Error, dialect=dialect) from error


def _postgres_on_begin(connection) -> None:
    """A write transaction waits for its turn (see the module's docstring)."""
    if connection.get_execution_options().get("tracker_readonly"):
        return
    connection.exec_driver_sql(f"SET LOCAL lock_timeout = '{LOCK_WAIT_S}s'")
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


class Database:
    """One engine for a command's whole run; one transaction per `transaction()` block.

    Keeping the engine (and SQLAlchemy's cache of compiled SQL) for the run makes
    a command that writes many articles several times faster than an engine per
    article; the schema is checked (and a new embedded database created) once.
    """

    def __init__(self, url: str | None = None, *, create: bool = True) -> None:
        self.url = resolve_url(url)
        self.engine = make_engine(self.url, create=create)
        with self._errors():
            ensure_schema(self.engine)

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except OperationalError as exc:
            raise TrackerError(describe_operational_error(exc, self.url)) from None

    @contextmanager
    def transaction(self, *, write: bool = True) -> Iterator[Session]:
        """A session whose work commits when the block ends and is rolled back on error."""
        from sqlmodel import Session  # not at start-up: reading needs neither it nor the ORM

        bind = self.engine if write else self.engine.execution_options(tracker_readonly=True)
        with self._errors(), Session(bind, expire_on_commit=False) as s, s.begin():
            yield s

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only transaction on a Core connection, for code that reads through Core
        (tracker.query): a query command then imports neither SQLModel nor the ORM, which
        cost more than its query."""
        engine = self.engine.execution_options(tracker_readonly=True)
        with self._errors(), engine.connect() as connection, connection.begin():
            yield connection

    def close(self) -> None:
        self.engine.dispose()


@contextmanager
def session_scope(url: str | None = None, *, write: bool = True) -> Iterator[Session]:
    """One session, one transaction, for a command that needs just one (a read-only one
    never creates the database)."""
    database = Database(url, create=write)
    try:
        with database.transaction(write=write) as session:
            yield session
    finally:
        database.close()


@contextmanager
def reading_scope(url: str | None = None) -> Iterator[Connection]:
    """One read-only connection, one transaction (see Database.reading); like every
    read-only scope, it never creates the database."""
    database = Database(url, create=False)
    try:
        with database.reading() as connection:
            yield connection
    finally:
        database.close()


def describe_operational_error(exc: OperationalError, url: str) -> str:
    """One line for a database that cannot be reached, read or written."""
    message = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
    where = make_url(url).render_as_string(hide_password=True)
    if "readonly" in message or "read-only" in message:
        return f"database {where} is read-only: {message}"
    if "lock timeout" in message:
        return (
            f"database {where}: another tracker has been writing for over {LOCK_WAIT_S} s; "
            "try again when it is done"
        )
    path = sqlite_path(url) if is_sqlite(url) else None
    if "unable to open" in message and path is not None and path.exists():
        return (
            f"database {where}: {message} (the file or its folder is read-only; "
            "SQLite needs to write both)"
        )
    return f"database {where}: {message}"


def current_revision(engine: Engine) -> str | None:
    """The Alembic revision the database is at (None for an empty database); read without
    waiting for writers."""
    with _reading(engine) as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def has_tables(engine: Engine) -> bool:
    with _reading(engine) as conn:
        return bool(inspect(conn).get_table_names())


def _reading(engine: Engine):
    """A connection whose transactions only read (no write lock taken on either engine)."""
    return engine.execution_options(tracker_readonly=True).connect()


def ensure_schema(engine: Engine) -> None:
    """Create a new database at head; upgrade an old SQLite one after a backup; else refuse.

    Comparing against the head revision recorded in tracker.schema keeps
    Alembic out of start-up; tests check that the recorded head is Alembic's.
    """
    from tracker.schema import HEAD, KNOWN_REVISIONS

    revision = current_revision(engine)
    if revision == HEAD:
        return
    url = engine.url.render_as_string(hide_password=False)
    if revision is None and not has_tables(engine):
        from tracker.migrate import upgrade

        if is_sqlite(url) and sqlite_path(url) is None:  # in memory: on its one connection
            with engine.connect() as connection:
                upgrade(url, "head", connection=connection)
            return
        upgrade(url, "head")
        return
    if revision not in KNOWN_REVISIONS:
        raise SchemaOutOfDate(
            f"the database is at revision {revision!r}, which this version of tracker does "
            "not know: it was made by a newer tracker; upgrade tracker to use it"
        )
    if is_sqlite(url) and (path := sqlite_path(url)) is not None:
        backup = path.with_name(f"{path.name}.before-{HEAD}.bak")
        _backup_sqlite(engine, backup)
        from tracker.migrate import upgrade

        upgrade(url, "head")
        print(f"tracker: upgraded the database schema (backup at {backup})", file=sys.stderr)
        return
    raise SchemaOutOfDate(
        f"the database is at revision {revision}, tracker needs {HEAD}: "
        "run `tracker db upgrade` (back it up first)"
    )


def _backup_sqlite(engine: Engine, backup: Path) -> None:
    """A consistent copy made through SQLite's backup API (safe with WAL)."""
    with engine.connect() as conn:
        raw = conn.connection.driver_connection
        target = sqlite3.connect(backup)
        try:
            raw.backup(target)
        finally:
            target.close()
