"""Listing plans: the SELECTs that answer a Filter, page by page, in the order asked.

A page sorted by date over several alternatives (Branches) is taken as the union
of each one's own first page, so no query sorts more than (offset + limit) rows
per alternative; an institution's page is read as tracker.query.institutions
says. A page sorted by relevance ranks every match in the full-text index alone
(as a bare ranked MATCH would) and joins the listing to the page's rows only:
exact, no approximation. Statements are placed by the latest day they may have
been said (said_to): "on or before 17 Dec 2021" sorts at 17 December, "December
2021" at 31 December; statements with no latest day come last. Rows are
streamed (read in batches; a server-side cursor on PostgreSQL), never collected.

The SQL of the commonest listings is built once per shape and kept in a
module-level cache (_SHAPED; see the note above it). It stays one module past 400
lines: the cache keys and fills exactly the plans built here, and apart the two could drift.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from datetime import date
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    Date,
    Integer,
    Select,
    String,
    bindparam,
    case,
    cast,
    func,
    literal_column,
    select,
    text,
    true,
    type_coerce,
    union,
    union_all,
)

from tracker.errors import InvalidInput
from tracker.prepared import Prepared
from tracker.query.conditions import (
    FTS,
    Branch,
    Resolved,
    S,
    _any,
    _dialect,
    _from_condition,
    _split,
    _tsquery,
    build,
    full_text_values,
    resolve,
    said_to_bounds,
)
from tracker.query.filters import Filter
from tracker.query.institutions import InstitutionListing
from tracker.query.rows import EXTRA, statement_rows
from tracker.query.rows import statement_records as statement_records_of
from tracker.search import compile_query
from tracker.tables import citation, institution, official, reading, role, source, statement

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

SORTS = ("date", "relevance", "chronological")
MAX_BRANCHES = 200  # beyond this a page is one OR query (SQLite caps compound selects at 500)
STREAM_BATCH = 500

OUTLET = institution.alias("outlet")


def _order(sort: str, *, dated: bool | None = None) -> list:
    """ORDER BY terms; `dated` True/False orders a part known to have/lack said_to, which an
    index serves on both engines (PostgreSQL cannot serve NULLS LAST from a plain index)."""
    if sort == "chronological":
        said, ident = S.said_to.asc(), S.id.asc()
    else:
        said, ident = S.said_to.desc(), S.id.desc()
    if dated is None:
        return [said.nulls_last(), ident]
    return [said, ident] if dated else [ident]


def _sqlite_walk(dialect: str, filt: Filter, sort: str) -> bool:
    """True where SQLite can walk an index backwards in exactly "said_to DESC NULLS LAST"
    order, so that dated and undated statements need not be read apart."""
    return sort == "date" and filt.date_from is None and dialect == "sqlite"


def _parts(dialect: str, filt: Filter, sort: str) -> tuple:
    """How to split a branch so that an index gives each part's order."""
    return ((None, true()),) if _sqlite_walk(dialect, filt, sort) else _split(filt)


@cache
def _listing(dialect: str) -> Select:
    """The columns every listing shows (built once: SQLAlchemy selects are immutable).

    A statement's first source is the lowest source id among its citations, read from the
    (statement_id, source_id, ...) index: a scalar subquery on SQLite, a LATERAL one on
    PostgreSQL (which would otherwise run it again for every index probe of source).
    """
    if dialect == "sqlite":
        first_source = (
            select(func.min(citation.c.source_id))
            .where(citation.c.statement_id == S.id)
            .scalar_subquery()
        )
        source_on = source.c.id == first_source
        first = None
    else:
        first = (
            select(citation.c.source_id)
            .where(citation.c.statement_id == S.id)
            .order_by(citation.c.source_id)
            .limit(1)
            .lateral("first_source")
        )
        source_on = source.c.id == first.c.source_id
    query = (
        select(
            S.id,
            S.said_from,
            S.said_to,
            S.said_precision,
            S.text,
            S.kind,
            S.status,
            S.occasion,
            S.place,
            S.official_id,
            S.institution_id,
            official.c.name.label("official"),
            institution.c.name.label("institution"),
            role.c.title.label("role"),
            source.c.id.label("source_id"),
            source.c.url.label("source_url"),
            source.c.title.label("source_title"),
            # as EDTF text: the day, or 2020-09 / 2020 for a source known only so far (as
            # dates.publication_edtf renders it in Python: keep the two in step)
            func.substr(
                cast(source.c.published, String),
                1,
                case(
                    (source.c.published_precision == "month", 7),
                    (source.c.published_precision == "year", 4),
                    else_=10,
                ),
            ).label("source_published"),
            OUTLET.c.name.label("outlet"),
        )
        .select_from(statement)
        .outerjoin(official, official.c.id == S.official_id)
        .outerjoin(institution, institution.c.id == S.institution_id)
        .outerjoin(role, role.c.id == S.role_id)
    )
    if first is not None:
        query = query.outerjoin(first, true())
    return query.outerjoin(source, source_on).outerjoin(OUTLET, OUTLET.c.id == source.c.outlet_id)


def _ranked_page(filt: Filter, resolved: Resolved, dialect: str, *, limit: int | None, offset: int):
    """(id, score) of the page of matches, best first, as a subquery.

    Only the full-text index and statement itself are read for every match (as a bare
    "MATCH ... ORDER BY rank LIMIT n" would); the listing's joins and the excerpts run on
    the page's rows only. Ties in score are broken by date, then id.
    """
    found = build(replace(filt, about=None), resolved, dialect)  # the match is the join
    where = [*found.common, *_from_condition(filt)]
    if found.branches:
        where.append(_any(found.branches))
    if found.scope is not None:
        dated = [condition for dated, condition in _split(filt) if dated]
        where.append(S.id.in_(found.scope.members(dated)))
    if dialect == "sqlite":
        match = compile_query(filt.about, "sqlite", text_only=not filt.about_speakers)
        # bm25: lower is better; ordered by the label, so computed once a match
        score = (-literal_column("bm25(statement_fts, 1.0, 0.4)")).label("score")
        ranked = (
            select(S.id.label("id"), score)
            .select_from(FTS)
            .join(statement, S.id == FTS.c.rowid)
            .where(text("statement_fts MATCH :rank_query").bindparams(rank_query=match))
            .order_by(score.desc(), *_order("date"))
        )
    else:
        vector = literal_column("statement.search_vector")
        tsquery = _tsquery(filt)
        score = func.ts_rank_cd(vector, tsquery).label("score")
        ranked = select(S.id.label("id"), score).where(vector.op("@@")(tsquery))
        ranked = ranked.order_by(score.desc(), *_order("date"))
    ranked = ranked.where(*where)
    if limit is not None:
        ranked = ranked.limit(limit).offset(offset)
    return ranked.subquery("ranked")


def _check(sort: str, limit: int | None, offset: int) -> None:
    if sort not in SORTS:
        raise InvalidInput(f"unknown sort {sort!r}; use one of: {', '.join(SORTS)}")
    if limit is not None and limit < 0 or offset < 0:
        raise InvalidInput("--limit and --offset cannot be negative")


def statement_queries(
    session: Session | Connection,
    filt: Filter,
    *,
    sort: str = "date",
    limit: int | None = None,
    offset: int = 0,
) -> list[Select]:
    """The SELECTs whose results, one after the other, are the matching statements in order
    (a page of an institution is read in steps first: see _Plan)."""
    _check(sort, limit, offset)
    if sort == "relevance" and not filt.about:
        raise InvalidInput("sorting by relevance needs a full-text query (--about)")
    dialect = _dialect(session)
    return _plan(filt, resolve(session, filt), dialect, sort, limit, offset).queries


def _plan(
    filt: Filter, resolved: Resolved, dialect: str, sort: str, limit: int | None, offset: int
) -> _Plan:
    """How to read a listing. By relevance: rank the matches, join the page. By date: a
    page of an institution in steps; else one SELECT: the union of each alternative's own
    first (offset + limit) rows, dated and undated apart, then sorted and cut. Without a
    limit, dated statements and then undated ones are read in index order, never sorted
    whole."""
    if sort == "relevance":
        page = _ranked_page(filt, resolved, dialect, limit=limit, offset=offset)
        query = _listing(dialect).join(page, page.c.id == S.id).add_columns(page.c.score)
        return _Plan([query.order_by(page.c.score.desc(), *_order("date"))])
    found = build(filt, resolved, dialect)
    query = _listing(dialect)
    common, branches = found.common, found.branches
    if found.scope is not None:
        if limit is None:
            # one statement, dated and undated together: the members are collected and
            # sorted whatever the order, and a second statement costs a round trip (five
            # through a server-side cursor) for no rows read in order
            parts = _split(filt)
            dated_parts = [part for dated, part in parts if dated]
            undated = any(not dated for dated, _ in parts)
            members = S.id.in_(found.scope.members(dated_parts, undated=undated))
            where = [*common, members, *_from_condition(filt)]
            return _Plan([query.where(*where).order_by(*_order(sort))])
        parts = dict(_split(filt))
        shown = query.order_by(*_order(sort))
        institution = InstitutionListing(
            found.scope,
            newest_first=sort == "date",
            common=common,
            dated=[parts[True]],
            undated=[parts[False]] if False in parts else None,
            shown={False: shown, True: _as_stored(shown)},
        )
        page = bindparam("page", expanding=True)  # for statement_queries: the page's ids
        return _Plan([shown.where(S.id.in_(page))], institution)
    where = [*common, _any(branches)] if branches else common
    if limit is None:
        return _Plan(
            [
                query.where(*where, part).order_by(*_order(sort, dated=dated))
                for dated, part in _split(filt)
            ]
        )
    # One branch walked in order needs no union; too many would pass SQLite's limit on
    # compound selects.
    single = len(branches) <= 1 and _sqlite_walk(dialect, filt, sort)
    if single or len(branches) > MAX_BRANCHES:
        # the page's ids first, from the indexes alone; the joins for display run on those
        # rows only (an IN list read value by value would otherwise join every match)
        page = (
            select(S.id)
            .where(*where, *_from_condition(filt))
            .order_by(*_order(sort))
            .limit(limit)
            .offset(offset)
        )
        return _Plan([query.where(S.id.in_(page)).order_by(*_order(sort))])
    if found.per_institution is not None:
        page = _per_institution_page(found.per_institution, common, filt, sort, limit, offset)
        return _Plan([query.where(S.id.in_(page)).order_by(*_order(sort))])
    pages = [
        select(S.id, S.said_to)
        .where(*common, branch.condition, part)
        .order_by(*_order(sort, dated=dated))
        .limit(offset + limit)
        .subquery()
        for branch in branches or [Branch(true())]
        for dated, part in _parts(dialect, filt, sort)
        if (branch.dated if dated else branch.undated) or dated is None
    ]
    candidates = union(*(select(page.c.id, page.c.said_to) for page in pages)).subquery()
    said = candidates.c.said_to.asc() if sort == "chronological" else candidates.c.said_to.desc()
    ident = candidates.c.id.asc() if sort == "chronological" else candidates.c.id.desc()
    page = select(candidates.c.id).order_by(said.nulls_last(), ident).limit(limit).offset(offset)
    # the joins for display run on the page's rows only
    return _Plan([query.where(S.id.in_(page)).order_by(*_order(sort))])


def _per_institution_page(
    ids: list, common: list, filt: Filter, sort: str, limit: int, offset: int
) -> Select:
    """PostgreSQL: the page's ids over many institutions, as the first (offset + limit)
    dated statements of each, read by a LATERAL subquery over the array of their ids (one
    subquery to plan, however many institutions), and their undated ones by one IN list;
    merged, sorted and cut."""
    from sqlalchemy.dialects import postgresql  # PostgreSQL only: not loaded for SQLite

    institutions = func.unnest(postgresql.array(ids)).table_valued("id").render_derived("inst")
    pages = []
    for dated, part in _split(filt):
        order = _order(sort, dated=dated)
        if dated:
            each = (
                select(S.id, S.said_to)
                .where(S.institution_id == institutions.c.id, *common, part)
                .order_by(*order)
                .limit(offset + limit)
                .lateral("each_page")
            )
            pages.append(
                select(each.c.id, each.c.said_to).select_from(institutions.join(each, true()))
            )
        else:
            pages.append(
                select(S.id, S.said_to)
                .where(S.institution_id.in_(ids), *common, part)
                .order_by(*order)
                .limit(offset + limit)
            )
    candidates = union_all(*(page.subquery().select() for page in pages)).subquery()
    said = candidates.c.said_to.asc() if sort == "chronological" else candidates.c.said_to.desc()
    ident = candidates.c.id.asc() if sort == "chronological" else candidates.c.id.desc()
    return select(candidates.c.id).order_by(said.nulls_last(), ident).limit(limit).offset(offset)


@dataclass(frozen=True)
class _Plan:
    """The SELECTs of a listing, run one after the other; a page of an institution is read
    in steps instead (`institution`; its SELECT, given the page's ids, is statement_queries').

    Each SELECT runs as a Prepared statement (compiled once, run on the driver's cursor):
    a page's query costs SQLite less than SQLAlchemy's work on executing it would."""

    queries: list[Select]
    institution: InstitutionListing | None = None
    prepared: dict[tuple, Prepared] = dataclasses.field(default_factory=dict)

    def run(self, query: Select, *, as_stored: bool) -> Prepared:
        """The query (with its days read as stored: see _as_stored) as run, built once."""
        key = (id(query), as_stored)
        found = self.prepared.get(key)
        if found is None:
            found = self.prepared[key] = Prepared(_as_stored(query) if as_stored else query)
        return found


def _as_stored(query: Select) -> Select:
    """The query with its date columns read without conversion: ISO text on SQLite, dates on
    PostgreSQL (its driver makes them). Text exports write both alike, and a million dates
    parsed only to be written back cost a fifth of an export."""
    return query.with_only_columns(
        *[
            type_coerce(column, String).label(column.key)
            if isinstance(column.type, Date)
            else column
            for column in query.selected_columns
        ]
    )


def statements(
    *,
    session: Session | Connection,
    filt: Filter,
    sort: str = "date",
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[dict[str, Any]]:
    """Matching statements as plain rows, streamed from the database.

    The SQL runs on the session's connection, on the driver's cursor (tracker.prepared:
    SQLAlchemy's per-statement work costs more than a page's query). A page up to
    STREAM_BATCH rows is fetched whole; a longer listing is streamed (a server-side cursor
    on PostgreSQL, which costs round trips a page does not need).
    """
    for keys, rows in _results(session, filt, sort, limit, offset, as_stored=False):
        yield from statement_rows(keys, rows)


def statement_records(
    *,
    session: Session | Connection,
    filt: Filter,
    sort: str = "date",
    limit: int | None = None,
    offset: int = 0,
) -> tuple[tuple[str, ...], Iterator[tuple]]:
    """(columns, rows): the statements of `statements` as tuples, for writers of text (CSV):
    days as the database stores them (ISO text on SQLite), no dict per row."""
    results = _results(session, filt, sort, limit, offset, as_stored=True)
    keys, rows = next(results)
    columns = (*keys, *EXTRA)

    def records() -> Iterator[tuple]:
        yield from statement_records_of(keys, rows)
        for more_keys, more in results:
            yield from statement_records_of(more_keys, more)

    return columns, records()


def _results(
    session, filt: Filter, sort: str, limit: int | None, offset: int, *, as_stored: bool
) -> Iterator[tuple[tuple[str, ...], Iterable]]:
    """(keys, rows) of each SELECT of the listing, in order (see statements)."""
    _check(sort, limit, offset)
    if sort == "relevance" and not filt.about:
        raise InvalidInput("sorting by relevance needs a full-text query (--about)")
    connection = reading(session)  # what the session added is listed too
    stream = limit is None or limit > STREAM_BATCH
    resolved = resolve(connection, filt)
    dialect = connection.dialect.name
    described, values = _described(filt, resolved)
    shape = (dialect, sort, limit, offset, *described)
    plan = _SHAPED.get(shape)
    if plan is None:
        if len(_SHAPED) >= MAX_SHAPES:
            _SHAPED.clear()
        plan = _SHAPED[shape] = _plan(_template(filt), resolved, dialect, sort, limit, offset)
    if plan.institution is not None:
        first, last = said_to_bounds(filt)
        yield plan.institution.page(
            connection,
            values,
            offset + limit,
            offset=offset,
            first=first,
            last=last,
            as_stored=as_stored,
            roles=resolved.roles,
        )
        return
    for query in plan.queries:
        prepared = plan.run(query, as_stored=as_stored)
        if stream:
            yield prepared.keys, prepared.stream(connection, values, batch=STREAM_BATCH)
        else:
            yield prepared.keys, prepared.all(connection, values)


# Every listing is built once per shape -- which filters, how many values each, sort, limit,
# offset -- with its values as named parameters, and kept here: building the SQL (and its
# cache key) costs more than running a page. What a listing reads from the database first
# (the institutions under another) is read every time (tracker.query.conditions.resolve);
# only the SQL is kept. _template turns a Filter's values into named parameters, _described
# gives their values: every value of a Filter goes through both, so none is kept by mistake.
_SHAPED: dict[tuple, _Plan] = {}


MAX_SHAPES = 256
RESOLVED = ("institution", "country", "about")  # kept as they are: SQL built from them names
# its own parameters (institution_N, country_N; fts_query, rank_query, ts_query)


FIELDS = tuple(field.name for field in fields(Filter))
_field_values = attrgetter(*FIELDS)  # a Filter's values in FIELDS' order, in one C call


def _described(filt: Filter, resolved: Resolved) -> tuple[tuple, dict[str, Any]]:
    """(what the SQL of a listing depends on besides its values, and those values): the
    values of the named parameters of _template, of the institutions and of the full-text
    query. One pass over the filter: a page's own SQL costs little more."""
    described: list = []
    values: dict[str, Any] = full_text_values(filt) if filt.about else {}
    for name, value in zip(FIELDS, _field_values(filt), strict=True):
        if value is None or value.__class__ is bool:
            described.append(value)
            continue
        if value.__class__ is tuple:
            described.append(len(value))
        else:
            described.append(value.__class__.__name__)
        if name in RESOLVED:
            continue
        if value.__class__ is tuple:
            for n, item in enumerate(value):
                values[f"{name}_{n}"] = item
        else:
            values[name] = value
    for prefix, ids in (("institution", resolved.institutions), ("country", resolved.country)):
        described.append(len(ids))
        for n, item in enumerate(ids):
            values[f"{prefix}_{n}"] = item
    return tuple(described), values


def _template(filt: Filter) -> Filter:
    """The filter with each value a named parameter: field_0, field_1, ... for repeated
    values, the field's name for one (see _described)."""
    named = {}
    for field in fields(Filter):
        value = getattr(filt, field.name)
        if field.name in RESOLVED or value is None or isinstance(value, bool):
            continue
        if isinstance(value, tuple):
            named[field.name] = tuple(
                bindparam(f"{field.name}_{n}", item, type_=_type(item))
                for n, item in enumerate(value)
            )
        else:
            named[field.name] = bindparam(field.name, value, type_=_type(value))
    return replace(filt, **named)


def _type(value: Any):
    if isinstance(value, date):
        return Date
    return Integer if isinstance(value, int) else String
