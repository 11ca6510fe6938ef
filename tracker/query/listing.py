"""Listing plans: the SELECTs that answer a Filter, page by page, in the order asked.

A page sorted by date over several alternatives (Branches) is taken as the union
of each one's own first page, so no query sorts more than (offset + limit) rows
per alternative. A page sorted by relevance ranks every match in the full-text
index alone (as a bare ranked MATCH would) and joins the listing to the page's
rows only: exact, no approximation. Statements are placed by the latest day
they may have been said (said_to): "on or before 17 Dec 2021" sorts at 17
December, "December 2021" at 31 December; statements with no latest day come
last. Rows are streamed (yield_per / a server-side cursor), never collected.

The SQL of the commonest listings is built once per shape and kept in a
module-level cache (_SHAPED; see the note above it).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from functools import cache
from typing import Any

from sqlalchemy import (
    Date,
    Integer,
    Select,
    bindparam,
    func,
    literal_column,
    select,
    text,
    true,
    union,
)
from sqlalchemy.orm import aliased
from sqlmodel import Session

from tracker.errors import InvalidInput
from tracker.models import Citation, Institution, Official, Role, Source, Statement
from tracker.query.conditions import (
    FTS,
    Branch,
    S,
    _any,
    _dialect,
    _from_condition,
    _has_many_holders,
    _split,
    _subtree,
    _tsquery,
    conditions,
)
from tracker.query.filters import Filter
from tracker.query.rows import statement_row
from tracker.search import compile_query

SORTS = ("date", "relevance", "chronological")
MAX_BRANCHES = 200  # beyond this a page is one OR query (SQLite caps compound selects at 500)
STREAM_BATCH = 500

Outlet = aliased(Institution)


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


def _sqlite_walk(session: Session, filt: Filter, sort: str) -> bool:
    """True where SQLite can walk an index backwards in exactly "said_to DESC NULLS LAST"
    order, so that dated and undated statements need not be read apart."""
    return sort == "date" and filt.date_from is None and _dialect(session) == "sqlite"


def _parts(session: Session, filt: Filter, sort: str) -> tuple:
    """How to split a branch so that an index gives each part's order."""
    return ((None, true()),) if _sqlite_walk(session, filt, sort) else _split(filt)


def _first_source():
    """The earliest recorded source of a statement (read from the citation index alone)."""
    return (
        select(func.min(Citation.source_id)).where(Citation.statement_id == S.id).scalar_subquery()
    )


@cache
def _listing() -> Select:
    """The columns every listing shows (built once: SQLAlchemy selects are immutable)."""
    return (
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
            Official.name.label("official"),
            Institution.name.label("institution"),
            Role.title.label("role"),
            Source.id.label("source_id"),
            Source.url.label("source_url"),
            Source.title.label("source_title"),
            Source.published.label("source_published"),
            Outlet.name.label("outlet"),
        )
        .select_from(Statement)
        .outerjoin(Official, Official.id == S.official_id)
        .outerjoin(Institution, Institution.id == S.institution_id)
        .outerjoin(Role, Role.id == S.role_id)
        .outerjoin(Source, Source.id == _first_source())
        .outerjoin(Outlet, Outlet.id == Source.outlet_id)
    )


def _ranked_page(session: Session, filt: Filter, *, limit: int | None, offset: int):
    """(id, score) of the page of matches, best first, as a subquery.

    Only the full-text index and statement itself are read for every match (as a bare
    "MATCH ... ORDER BY rank LIMIT n" would); the listing's joins and the excerpts run on
    the page's rows only. Ties in score are broken by date, then id.
    """
    common, branches = conditions(session, replace(filt, about=None))  # the match is the join
    where = [*common, *_from_condition(filt)] + ([_any(branches)] if branches else [])
    if _dialect(session) == "sqlite":
        match = compile_query(filt.about, "sqlite", text_only=not filt.about_speakers)
        # bm25: lower is better; ordered by the label, so computed once a match
        score = (-literal_column("bm25(statement_fts, 1.0, 0.4)")).label("score")
        ranked = (
            select(S.id.label("id"), score)
            .select_from(FTS)
            .join(Statement, S.id == FTS.c.rowid)
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


def statement_queries(
    session: Session, filt: Filter, *, sort: str = "date", limit: int | None = None, offset: int = 0
) -> list[Select]:
    """The SELECTs whose results, one after the other, are the matching statements in order.

    A page sorted by date is one SELECT: the union of each alternative's own first
    (offset + limit) rows, dated and undated apart, then sorted and cut. Without a limit,
    dated statements and then undated ones are read in index order, never sorted whole.
    """
    if sort not in SORTS:
        raise InvalidInput(f"unknown sort {sort!r}; use one of: {', '.join(SORTS)}")
    if limit is not None and limit < 0 or offset < 0:
        raise InvalidInput("--limit and --offset cannot be negative")
    common, branches = conditions(session, filt)
    query = _listing()
    if sort == "relevance":
        if not filt.about:
            raise InvalidInput("sorting by relevance needs a full-text query (--about)")
        page = _ranked_page(session, filt, limit=limit, offset=offset)
        query = query.join(page, page.c.id == S.id).add_columns(page.c.score)
        return [query.order_by(page.c.score.desc(), *_order("date"))]
    where = [*common, _any(branches)] if branches else common
    if limit is None:
        return [
            query.where(*where, part).order_by(*_order(sort, dated=dated))
            for dated, part in _split(filt)
        ]
    # One branch walked in order needs no union; too many would pass SQLite's limit on
    # compound selects.
    single = len(branches) <= 1 and _sqlite_walk(session, filt, sort)
    if single or len(branches) > MAX_BRANCHES:
        query = query.where(*where, *_from_condition(filt)).order_by(*_order(sort))
        return [query.limit(limit).offset(offset)]
    pages = [
        select(S.id, S.said_to)
        .where(*common, branch.on(dated), part)
        .order_by(*_order(sort, dated=dated))
        .limit(offset + limit)
        .subquery()
        for branch in branches or [Branch(true())]
        for dated, part in _parts(session, filt, sort)
        if (branch.dated if dated else branch.undated) or dated is None
    ]
    candidates = union(*(select(page.c.id, page.c.said_to) for page in pages)).subquery()
    said = candidates.c.said_to.asc() if sort == "chronological" else candidates.c.said_to.desc()
    ident = candidates.c.id.asc() if sort == "chronological" else candidates.c.id.desc()
    page = select(candidates.c.id).order_by(said.nulls_last(), ident).limit(limit).offset(offset)
    # the joins for display run on the page's rows only
    return [query.where(S.id.in_(page)).order_by(*_order(sort))]


def statements(
    *,
    session: Session,
    filt: Filter,
    sort: str = "date",
    limit: int | None = None,
    offset: int = 0,
) -> Iterator[dict[str, Any]]:
    """Matching statements as plain rows, streamed from the database.

    The SQL runs on the session's connection (Core: these are rows, not ORM objects, and
    the ORM's per-statement set-up costs more than a page's query). A page up to
    STREAM_BATCH rows is fetched whole; a longer listing is streamed (a server-side cursor
    on PostgreSQL, which costs round trips a page does not need).
    """
    session.flush()  # as session.execute would: what this session added is listed too
    connection = session.connection()
    stream = limit is None or limit > STREAM_BATCH
    options = {"yield_per": STREAM_BATCH} if stream else {}
    shape = _shape(session, filt, sort, limit, offset)
    if shape is None:
        values = None
        queries = statement_queries(session, filt, sort=sort, limit=limit, offset=offset)
    else:
        queries, values = _SHAPED.get(shape), _values(filt)
        if queries is None:
            if len(_SHAPED) >= MAX_SHAPES:
                _SHAPED.clear()
            queries = _SHAPED[shape] = statement_queries(
                session, _template(filt), sort=sort, limit=limit, offset=offset
            )
    for query in queries:
        for row in connection.execute(query, values, execution_options=options).mappings():
            yield statement_row(row)


# A listing by speakers and dates (said --by, the commonest question) is built once per shape
# -- how many speakers, which date bounds, sort, limit, offset -- with its values as named
# parameters: building the SQL (and its cache key) costs about as much as running a page.
# So is a listing for an institution with many role holders, per set of institutions under
# it (looked up each time). Only SQL that depends on nothing else read from the database is
# kept this way; everything else is built for each listing.
_SHAPED: dict[tuple, list[Select]] = {}


MAX_SHAPES = 256


def _shape(session: Session, filt: Filter, sort: str, limit: int | None, offset: int):
    if sort not in SORTS or sort == "relevance":
        return None
    if filt.institution is not None and replace(filt, institution=None) == Filter():
        # an institution with many holders: its SQL depends on the institutions under it
        # (read here, every time) and nothing else from the database
        ids = tuple(_subtree(session, [filt.institution]))
        if _has_many_holders(session, ids):
            return (_dialect(session), sort, limit, offset, "institutions", ids)
        return None
    plain = replace(filt, officials=(), speaking_for=(), date_from=None, date_to=None)
    if plain != Filter():
        return None
    return (
        _dialect(session),
        sort,
        limit,
        offset,
        len(filt.officials),
        len(filt.speaking_for),
        filt.date_from is None,
        filt.date_to is None,
    )


def _template(filt: Filter) -> Filter:
    """The filter with each value a named parameter (see _values)."""
    if filt.institution is not None:
        return filt  # its values are in the shape
    return Filter(
        officials=tuple(
            bindparam(f"official_{n}", type_=Integer) for n in range(len(filt.officials))
        ),
        speaking_for=tuple(
            bindparam(f"speaking_for_{n}", type_=Integer) for n in range(len(filt.speaking_for))
        ),
        date_from=None if filt.date_from is None else bindparam("date_from", type_=Date),
        date_to=None if filt.date_to is None else bindparam("date_to", type_=Date),
    )


def _values(filt: Filter) -> dict[str, Any]:
    values: dict[str, Any] = {f"official_{n}": o for n, o in enumerate(filt.officials)}
    values.update((f"speaking_for_{n}", i) for n, i in enumerate(filt.speaking_for))
    if filt.date_from is not None:
        values["date_from"] = filt.date_from
    if filt.date_to is not None:
        values["date_to"] = filt.date_to
    return values
