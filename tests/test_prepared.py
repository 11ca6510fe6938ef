"""Prepared statements run on the driver's cursor give what Core would: the values a
statement holds itself, a parameter repeated, days in and out, rows streamed in batches."""

from __future__ import annotations

from datetime import date

import pytest


def _statements(db_url: str, days: list[date | None]) -> None:
    from sqlalchemy import insert

    from tracker.db import session_scope
    from tracker.models import Institution, Statement

    with session_scope(db_url) as s:
        ministry = Institution(name="Ministry", kind="ministry")
        s.add(ministry)
        s.flush()
        common = {"institution_id": ministry.id, "kind": "direct", "status": "proposed"}
        common |= {"origin": "manual", "said_precision": "day"}
        s.execute(
            insert(Statement),
            [
                {**common, "text": f"Statement {n}.", "said_from": day, "said_to": day}
                for n, day in enumerate(days)
            ],
        )


def test_a_prepared_page_binds_its_own_limit_and_a_repeated_day_once(db_url):
    from sqlalchemy import Date, bindparam, or_, select

    from tracker.db import session_scope
    from tracker.prepared import Prepared
    from tracker.tables import statement

    days = [date(2021, 12, d) for d in (1, 5, 9, 13, 17)] + [None]
    _statements(db_url, days)
    s = statement.c
    start = bindparam("start", type_=Date)
    # "start" twice in the SQL (twice a positional parameter on SQLite); LIMIT 2 written in
    query = (
        select(s.text, s.said_to)
        .where(or_(s.said_to >= start, s.said_from == start))
        .order_by(s.said_to.desc())
        .limit(2)
    )
    prepared = Prepared(query)
    with session_scope(db_url, write=False) as session:
        connection = session.connection()
        rows = prepared.all(connection, {"start": date(2021, 12, 9)})
        expected = connection.execute(query, {"start": date(2021, 12, 9)}).all()
    assert rows == [tuple(row) for row in expected]
    assert rows == [("Statement 4.", date(2021, 12, 17)), ("Statement 3.", date(2021, 12, 13))]
    assert prepared.keys == ("text", "said_to")


def test_a_prepared_stream_reads_every_row_in_batches(db_url):
    from sqlalchemy import select

    from tracker.db import session_scope
    from tracker.prepared import Prepared
    from tracker.tables import statement

    days = [date(2020, 1, 1 + n % 28) for n in range(23)]
    _statements(db_url, days)
    s = statement.c
    prepared = Prepared(select(s.id, s.said_to).order_by(s.id))
    with session_scope(db_url, write=False) as session:
        connection = session.connection()
        streamed = list(prepared.stream(connection, {}, batch=5))
        whole = prepared.all(connection, {})
    assert streamed == whole
    assert [day for _, day in streamed] == days


def test_a_prepared_stream_stops_at_its_first_short_batch(db_url):
    # asking a server-side cursor for more after a short batch costs a round trip for none
    from types import SimpleNamespace

    from sqlalchemy import select

    from tracker.db import session_scope
    from tracker.prepared import Prepared
    from tracker.tables import statement

    _statements(db_url, [date(2020, 1, 1 + n) for n in range(7)])
    fetched = []

    class Counting:
        """The driver's own cursor, its batches counted."""

        def __init__(self, cursor) -> None:
            self.cursor = cursor

        def __getattr__(self, name):
            return getattr(self.cursor, name)

        def __setattr__(self, name, value):
            if name == "cursor":
                object.__setattr__(self, name, value)
            else:
                setattr(self.cursor, name, value)

        def fetchmany(self, size):
            rows = self.cursor.fetchmany(size)
            fetched.append(len(rows))
            return rows

    s = statement.c
    prepared = Prepared(select(s.id).order_by(s.id))
    with session_scope(db_url, write=False) as session:
        connection = session.connection()
        driver = connection.connection.driver_connection
        counting = SimpleNamespace(
            dialect=connection.dialect,
            connection=SimpleNamespace(
                driver_connection=SimpleNamespace(
                    cursor=lambda *a, **k: Counting(driver.cursor(*a, **k))
                )
            ),
        )
        assert len(list(prepared.stream(counting, {}, batch=5))) == 7
        assert fetched == [5, 2]  # not asked a third time
        fetched.clear()
        assert len(list(prepared.stream(counting, {}, batch=7))) == 7
        assert fetched == [7, 0]  # a full batch may not be the last


def test_a_prepared_family_binds_each_items_values_the_shared_ones_and_its_own_limit(db_url):
    from sqlalchemy import Date, bindparam, select

    from tracker.db import session_scope
    from tracker.prepared import PreparedFamily
    from tracker.tables import statement

    days = [date(2021, 12, d) for d in (1, 5, 9, 13, 17)]
    _statements(db_url, days)
    s = statement.c

    def build(n: int):
        # the ids in an IN list, a shared day twice, and a LIMIT held as a parameter whose
        # name ("param_1") looks like an item's
        texts = [bindparam(f"text_{i}") for i in range(n)]
        since = bindparam("since", type_=Date)
        return (
            select(s.text, s.said_to)
            .where(s.text.in_(texts), (s.said_to >= since) | (s.said_from == since))
            .order_by(s.said_to.desc())
            .limit(2)
        )

    family = PreparedFamily(build)
    items = [{"text": f"Statement {n}."} for n in (0, 2, 3, 4)]
    with session_scope(db_url, write=False) as session:
        connection = session.connection()
        rows = family.all(connection, items, {"since": date(2021, 12, 5)})
        again = family.all(connection, items[:2], {"since": date(2021, 12, 5)})
        values = {f"text_{i}": item["text"] for i, item in enumerate(items)}
        expected = connection.execute(build(4), values | {"since": date(2021, 12, 5)}).all()
    assert rows == [tuple(row) for row in expected]
    assert rows == [("Statement 4.", date(2021, 12, 17)), ("Statement 3.", date(2021, 12, 13))]
    assert again == [("Statement 2.", date(2021, 12, 9))]
    assert family.all(connection, []) == []


def test_expanding_parameters_are_refused_when_the_sql_is_made():
    from sqlalchemy import bindparam, select
    from sqlalchemy.dialects import sqlite

    from tracker.prepared import Prepared
    from tracker.tables import statement

    prepared = Prepared(
        select(statement.c.id).where(statement.c.id.in_(bindparam("ids", expanding=True)))
    )
    with pytest.raises(ValueError, match="expanding"):
        prepared._plan(sqlite.dialect())


def test_a_driver_error_is_raised_as_sqlalchemy_s_for_a_page_and_a_stream(db_url):
    """Callers (and the CLI's one-line errors) know SQLAlchemy's exceptions, not each
    driver's: a statement the database refuses raises DBAPIError either way it runs."""
    from sqlalchemy import column, select, table
    from sqlalchemy.exc import DBAPIError

    from tracker.db import session_scope
    from tracker.prepared import Prepared

    _statements(db_url, [date(2021, 12, 1)])
    missing = Prepared(select(column("x")).select_from(table("no_such_table")))
    with session_scope(db_url, write=False) as session:
        connection = session.connection()
        with pytest.raises(DBAPIError):
            missing.all(connection, {})
    with session_scope(db_url, write=False) as session:
        connection = session.connection()
        with pytest.raises(DBAPIError):
            list(missing.stream(connection, {}, batch=10))
