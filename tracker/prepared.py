"""Statements compiled once per dialect and run on the database driver's own cursor.

Ingest runs a dozen small statements for every article. For those, SQLAlchemy's work on
each execution (an execution context, parameter and result processing, events) costs
several times what SQLite spends answering them. A Prepared statement is still built with
SQLAlchemy Core and compiled by it for the connection's dialect, so its SQL, quoting and
parameter style are SQLAlchemy's; it then runs on the DBAPI connection of the caller's
transaction, with parameters and results converted by the columns' own SQLAlchemy types
(a date is stored exactly as Core stores it), and driver errors raised as SQLAlchemy's
(sqlalchemy.exc.IntegrityError and the like), as Core raises them. Nothing here begins
or ends a transaction: the caller's session does.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import BindParameter, Connection, Date
from sqlalchemy.engine import Dialect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.sql import Executable

_NO_VALUE = object()
_STREAMS = itertools.count()  # names of server-side cursors


@dataclass(frozen=True)
class _Plan:
    """A statement as one dialect runs it: its SQL, its parameters in the driver's order
    (each with its type's conversion, if any, and the value written into the statement
    itself, such as a LIMIT, used when none is given) and the result columns to convert."""

    sql: str
    named: bool  # parameters by name (psycopg), else by position (sqlite3)
    binds: tuple[tuple[str, Callable[[Any], Any] | None], ...]
    results: tuple[tuple[int, Callable[[Any], Any]], ...]
    defaults: dict[str, Any]
    order: tuple[str, ...]  # by position: the parameters' names in the driver's order


class Prepared:
    """One Core statement with named bind parameters, run on the driver's cursor."""

    def __init__(self, statement: Executable) -> None:
        self.statement = statement
        self._plans: dict[str, _Plan] = {}

    @functools.cached_property
    def keys(self) -> tuple[str, ...]:
        """The names of the result columns, as Core's result.keys() gives them."""
        return tuple(column.key for column in self.statement.selected_columns)

    def all(self, connection: Connection, values: Mapping[str, Any]) -> list[tuple]:
        """Run with `values` (by bind name); the rows it returns, converted ([] for none)."""
        plan = self._plans.get(connection.dialect.name) or self._plan(connection.dialect)
        return self._run(connection, plan, self._params(plan, values))

    def _run(self, connection: Connection, plan: _Plan, params: list | dict) -> list[tuple]:
        """Execute with parameters in the driver's form; the rows, converted."""
        dialect = connection.dialect
        cursor = connection.connection.driver_connection.cursor()
        try:  # not _as_sqlalchemy_errors: a context manager costs a tenth of a short page
            cursor.execute(plan.sql, params)
            rows = cursor.fetchall() if cursor.description else []
        except dialect.loaded_dbapi.Error as error:
            raise _sqlalchemy_error(dialect, plan.sql, params, error) from error
        finally:
            cursor.close()
        return _converted(plan, rows)

    def stream(
        self, connection: Connection, values: Mapping[str, Any], *, batch: int
    ) -> Iterator[tuple]:
        """Run with `values`; the rows, converted, read `batch` at a time (on PostgreSQL
        through a server-side cursor), so that memory stays flat however many there are."""
        dialect = connection.dialect
        plan = self._plans.get(dialect.name) or self._plan(dialect)
        params = self._params(plan, values)
        driver = connection.connection.driver_connection
        if dialect.name == "postgresql":
            cursor = driver.cursor(name=f"tracker_stream_{next(_STREAMS)}")
            cursor.itersize = batch
        else:
            cursor = driver.cursor()
        try:
            with _as_sqlalchemy_errors(dialect, plan.sql, params):
                cursor.execute(plan.sql, params)
                while rows := cursor.fetchmany(batch):
                    yield from _converted(plan, rows)
                    if len(rows) < batch:  # the last: asking again costs a round trip
                        break
        finally:
            cursor.close()

    @staticmethod
    def _params(plan: _Plan, values: Mapping[str, Any]) -> list | dict:
        """The values in the driver's order (or by name), converted by their types (each
        once, however often the SQL repeats it)."""
        converted = {}
        for name, convert in plan.binds:
            value = values.get(name, _NO_VALUE)
            if value is _NO_VALUE:
                value = plan.defaults[name]  # KeyError: a value the caller did not give
            converted[name] = convert(value) if convert else value
        if plan.named:
            return converted
        return [converted[name] for name in plan.order]

    def _plan(self, dialect: Dialect) -> _Plan:
        compiled = self.statement.compile(dialect=dialect)
        if "__[POSTCOMPILE_" in compiled.string:
            raise ValueError("a Prepared statement cannot have expanding parameters")
        named = compiled.positiontup is None
        # each parameter once, as rendered (compiled.binds also holds anonymous parameters
        # under their unrendered keys; by position, one may come up more than once)
        order = () if named else tuple(compiled.positiontup)
        names = dict.fromkeys(order or compiled.bind_names.values())
        binds = tuple((name, _bind_processor(compiled.binds[name], dialect)) for name in names)
        # values the statement holds itself (a LIMIT, a literal): bound with their own value
        defaults = {
            name: bind.effective_value
            for name, bind in compiled.binds.items()
            if bind.value is not None or bind.callable is not None
        }
        columns = getattr(self.statement, "exported_columns", ())
        results = tuple(
            (i, convert)
            for i, column in enumerate(columns)
            if (convert := column.type.dialect_impl(dialect).result_processor(dialect, None))
        )
        plan = _Plan(compiled.string, named, binds, results, defaults, order)
        self._plans[dialect.name] = plan
        return plan


def _bind_processor(bind: BindParameter, dialect: Dialect) -> Callable[[Any], Any] | None:
    """How the parameter's type converts a value for the driver. A day on SQLite is its
    ISO text, as SQLAlchemy's DATE stores it, written by date.isoformat() rather than by
    SQLAlchemy's formatting of each value (anything else still goes through that)."""
    convert = bind.type.dialect_impl(dialect).bind_processor(dialect)
    if convert is None or dialect.name != "sqlite" or not isinstance(bind.type, Date):
        return convert
    if bind.type.dialect_impl(dialect)._storage_format != _ISO_DAY:
        return convert

    def day(value: Any) -> Any:
        return value.isoformat() if value.__class__ is date else convert(value)

    return day


_ISO_DAY = "%(year)04d-%(month)02d-%(day)02d"  # SQLAlchemy's default storage of a SQLite DATE


def _converted(plan: _Plan, rows: Sequence) -> list[tuple]:
    """Rows with each column converted by its type (dates read from SQLite's text)."""
    if not rows:
        return []
    if not plan.results:  # the drivers' rows are tuples already
        return rows if rows[0].__class__ is tuple else [tuple(row) for row in rows]
    columns = list(zip(*rows, strict=True))  # converted a column at a time, in C
    for i, convert in plan.results:
        columns[i] = tuple(map(convert, columns[i]))
    return list(zip(*columns, strict=True))


class PreparedFamily:
    """Prepared statements for n items (n rows to insert, n values in an IN list), each
    built by `build(n)` the first time n comes up; values are bound as name_0, name_1 ...

    The values go to the driver straight from the items, in an order worked out once per
    statement (a row insert binds a hundred values: naming each one for every call cost
    more than running the statement)."""

    def __init__(self, build: Callable[[int], Executable]) -> None:
        self.build = build
        self._members: dict[int, Prepared] = {}
        self._layouts: dict[tuple, _Layout] = {}

    def all(
        self,
        connection: Connection,
        items: Sequence[Mapping[str, Any]],
        shared: Mapping[str, Any] | None = None,
    ) -> list[tuple]:
        """Run for `items` (dicts of values by name, suffixed here with their place) and the
        `shared` values, bound by their own names."""
        if not items:
            return []
        member = self._members.get(len(items))
        if member is None:
            member = self._members[len(items)] = Prepared(self.build(len(items)))
        shared = shared or {}
        dialect = connection.dialect
        plan = member._plans.get(dialect.name) or member._plan(dialect)
        key = (len(items), dialect.name, tuple(items[0]), *shared)
        layout = self._layouts.get(key)
        if layout is None:
            layout = self._layouts[key] = _layout(plan, items, shared)
        params = []
        for _, at, name, convert in layout:
            value = items[at][name] if at >= 0 else shared[name] if at == _SHARED else name
            params.append(value if convert is None else convert(value))
        if plan.named:
            params = dict(zip((bound for bound, *_ in layout), params, strict=True))
        return member._run(connection, plan, params)


_SHARED, _HELD = -1, -2  # a value given by its own name; one the statement holds itself
_Layout = tuple[tuple[str, int, Any, Callable[[Any], Any] | None], ...]


def _layout(plan: _Plan, items: Sequence[Mapping[str, Any]], shared: Mapping[str, Any]) -> _Layout:
    """Where each of a family member's parameters comes from, in the driver's order:
    (bound name, item index or _SHARED or _HELD, the item's or the shared value's name or
    the value held, the type's conversion)."""
    converts = dict(plan.binds)
    found = []
    for bound in plan.order or converts:
        name, _, place = bound.rpartition("_")
        if bound in shared:
            where: tuple[int, Any] = (_SHARED, bound)
        elif place.isdigit() and int(place) < len(items) and name in items[int(place)]:
            where = (int(place), name)
        else:
            where = (_HELD, plan.defaults[bound])  # KeyError: a value the caller did not give
        found.append((bound, *where, converts[bound]))
    return tuple(found)


@contextlib.contextmanager
def _as_sqlalchemy_errors(dialect: Dialect, sql: str, params: list | dict) -> Iterator[None]:
    """The driver's errors raised as SQLAlchemy's, as Core's own execute would raise them
    (callers and the CLI's error handling know only those)."""
    try:
        yield
    except dialect.loaded_dbapi.Error as error:
        raise _sqlalchemy_error(dialect, sql, params, error) from error


def _sqlalchemy_error(dialect: Dialect, sql: str, params: list | dict, error: Exception):
    """The driver's error as the SQLAlchemy error Core's own execute would raise."""
    return DBAPIError.instance(sql, params, error, dialect.loaded_dbapi.Error, dialect=dialect)
