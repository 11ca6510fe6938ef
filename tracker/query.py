"""One filter object -> one SQL statement, shared by said, search, timeline, stats, who and export.

A Filter holds ids and values only; build_filter() resolves what a user typed
(names in any spelling, partial dates) into one. The SQL is built so that each
filter is served by an index: --by uses (official_id, said_to) or
(institution_id, said_to); --institution is resolved first into the set of
(official, role interval) pairs of the institution and everything under it,
one index-friendly predicate per official (an institution with many role
holders instead walks the date index, checking each statement's roles). A page
sorted by date over several such predicates is taken as the union of each
predicate's own first page, so no query sorts more than (offset + limit) rows
per predicate. A page sorted by relevance ranks every match in the full-text
index alone (as a bare ranked MATCH would) and joins the listing to the page's
rows only: exact, no approximation.

Dates: a statement matches --from/--to when its [said_from, said_to] interval
overlaps the filter's ("on or before X" overlaps every range starting by X, "on
or after X" every range ending from X); an undated statement matches no date
filter. Statements are placed by the latest day they may have been said
(said_to): "on or before 17 Dec 2021" sorts at 17 December, "December 2021" at
31 December; statements with no latest day come last.
Rows are streamed (yield_per / a server-side cursor), never collected.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Integer,
    Select,
    and_,
    bindparam,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    true,
    union,
)
from sqlalchemy.orm import aliased
from sqlmodel import Session

from tracker.dates import DateSpan, parse_date
from tracker.errors import InvalidInput, NotFound
from tracker.models import (
    STATEMENT_KINDS,
    STATUSES,
    Citation,
    Institution,
    Mention,
    Official,
    Role,
    Source,
    Statement,
    StatementTopic,
    Topic,
)
from tracker.search import compile_query

SORTS = ("date", "relevance", "chronological")
MAX_BRANCHES = 200  # beyond this a page is one OR query (SQLite caps compound selects at 500)
MANY_HOLDERS = 60  # an institution with more role holders is read by walking the date index
STREAM_BATCH = 500
SNIPPET_MARK = "**"
PG_CONFIG = "tracker_search"

S = Statement.__table__.c
Outlet = aliased(Institution)
HELD = Role.__table__.alias("held")  # a role looked up per statement (the listing joins role)
FTS = table("statement_fts", column("rowid"))  # the FTS5 index of statement (SQLite)


@dataclass(frozen=True)
class Filter:
    """Which statements to answer with; empty fields do not filter."""

    officials: tuple[int, ...] = ()
    speaking_for: tuple[int, ...] = ()
    institution: int | None = None
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    about: str | None = None
    about_speakers: bool = True  # the full-text query also matches speakers' names
    mentions_officials: tuple[int, ...] = ()
    mentions_institutions: tuple[int, ...] = ()
    topics: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    source_id: int | None = None


@dataclass(frozen=True)
class Branch:
    """One alternative of a filter, and whether it can match statements with a latest day
    (dated) and without one (undated), so that a page reads no part that cannot match."""

    condition: ColumnElement[bool]
    dated: bool = True
    undated: bool = True
    apart: tuple | None = None  # (condition on dated, on undated statements) when simpler

    def on(self, dated: bool | None) -> ColumnElement[bool]:
        """The condition for a part read apart (dated True/False) or for all (None)."""
        if dated is None or self.apart is None:
            return self.condition
        return self.apart[0] if dated else self.apart[1]


def build_filter(
    *,
    session: Session,
    by: tuple[str, ...] | list[str] = (),
    institution: str | None = None,
    country: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    about: str | None = None,
    mentions: tuple[str, ...] | list[str] = (),
    topic: str | None = None,
    kinds: tuple[str, ...] | list[str] = (),
    statuses: tuple[str, ...] | list[str] = (),
    source_id: int | None = None,
) -> Filter:
    """A Filter from what a user typed: names resolved, dates read, values checked."""
    from tracker.services.resolve import find_institution
    from tracker.services.validate import check_choice, check_country

    officials, speaking_for = _speakers(session, by)
    mentioned_officials, mentioned_institutions = _speakers(session, mentions)
    start = parse_date(date_from).start if date_from else None
    end = parse_date(date_to).end if date_to else None
    if start and end and start > end:
        raise InvalidInput(f"--from {date_from} is after --to {date_to}")
    if about is not None:
        compile_query(about, "sqlite")  # refuse an empty query before any SQL runs
    for kind in kinds:
        check_choice(kind, STATEMENT_KINDS, "kind")
    for status in statuses:
        check_choice(status, STATUSES, "status")
    if source_id is not None and session.get(Source, source_id) is None:
        raise NotFound(f"no source with id {source_id}")
    return Filter(
        officials=officials,
        speaking_for=speaking_for,
        institution=find_institution(session=session, name=institution).id if institution else None,
        country=check_country(country),
        date_from=start,
        date_to=end,
        about=about,
        mentions_officials=mentioned_officials,
        mentions_institutions=mentioned_institutions,
        topics=_topics(session, topic) if topic else (),
        kinds=tuple(kinds),
        statuses=tuple(statuses),
        source_id=source_id,
    )


def _topics(session: Session, name: str) -> tuple[int, ...]:
    """The topic called `name` (case and accents aside, as tracker.services.statements keys it)."""
    from tracker.names import fold

    found = tuple(session.scalars(select(Topic.id).where(Topic.key == fold(name))))
    if not found:
        raise NotFound(f"no topic {name!r}")
    return found


def _speakers(session: Session, names) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Each name as an official or else an institution: (official ids, institution ids)."""
    from tracker.services.resolve import (
        find_institution,
        find_official,
        institution_candidates,
        official_candidates,
    )

    officials, institutions = [], []
    for name in names:
        people = official_candidates(session=session, name=name)
        bodies = institution_candidates(session=session, name=name)
        if people and bodies and not name.strip().isdigit():
            listed = "; ".join(
                [f"official {o.name} (id {o.id})" for o in people]
                + [f"institution {i.name} (id {i.id})" for i in bodies]
            )
            raise InvalidInput(f"{name!r} is ambiguous: {listed}; give the official's id")
        if people:
            officials.append(find_official(session=session, name=name).id)
        elif bodies:
            institutions.append(find_institution(session=session, name=name).id)
        else:
            try:
                find_official(session=session, name=name)
            except NotFound as exc:  # its message suggests close names
                message = str(exc).replace("no official", "no official or institution", 1)
                raise NotFound(message) from None
    return tuple(officials), tuple(institutions)


# ---- conditions ---------------------------------------------------------------------------


def _subtree(session: Session, roots: list[int]) -> list[int]:
    """The institutions and every institution under them (parent_id, followed down)."""
    seen = set(roots)
    frontier = list(roots)
    while frontier:
        children = session.connection().scalars(
            select(Institution.id).where(Institution.parent_id.in_(frontier))
        )
        frontier = [c for c in children if c not in seen]
        seen.update(frontier)
    return sorted(seen)


def _fts_condition(session: Session, filt: Filter) -> ColumnElement[bool]:
    if _dialect(session) == "sqlite":
        match = compile_query(filt.about, "sqlite", text_only=not filt.about_speakers)
        return S.id.in_(
            text("SELECT rowid FROM statement_fts WHERE statement_fts MATCH :fts_query").bindparams(
                fts_query=match
            )
        )
    return literal_column("statement.search_vector").op("@@")(_tsquery(filt))


def _tsquery(filt: Filter) -> ColumnElement:
    query = compile_query(filt.about, "postgresql", text_only=not filt.about_speakers)
    return func.to_tsquery(literal_column(f"'{PG_CONFIG}'"), query)


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _institution_branches(session: Session, institution_ids: list[int]) -> list[Branch]:
    """Statements speaking for one of the institutions, or made while holding a role in one.

    A statement falls in a role when the latest day it may have been said (said_to, where
    timelines place it too) lies within the role's span; an undated statement when it is
    tied to the role. With few role holders there is one predicate per official
    (official_id first, so the (official_id, said_to) index serves each and a page reads
    only each one's first rows); with many, their statements are frequent, so a page walks
    the said_to index and checks each statement's roles (the (official_id, start_date)
    index) until it is full.
    """
    own = Branch(S.institution_id.in_(institution_ids))
    at_institutions = Role.institution_id.in_(institution_ids)
    holders = _holders(session, institution_ids)
    if not holders:
        return [own]
    if holders > MANY_HOLDERS:
        return [_many_holders(tuple(institution_ids))]
    roles = session.execute(
        select(Role.id, Role.official_id, Role.start_date, Role.end_date).where(at_institutions)
    ).all()
    officials = sorted({official_id for _, official_id, _, _ in roles})
    undated = and_(S.said_to.is_(None), S.role_id.in_([role_id for role_id, *_ in roles]))
    by_official: dict[int, list[ColumnElement[bool]]] = {}
    for _, official_id, start, end in roles:
        parts = [S.said_to >= start if start is not None else S.said_to.is_not(None)]
        if end is not None:
            parts.append(S.said_to <= end)
        by_official.setdefault(official_id, []).append(and_(*parts))
    held = [
        Branch(and_(S.official_id == official_id, or_(*spans)), undated=False)
        for official_id, spans in sorted(by_official.items())
    ]
    return [own, *held, Branch(and_(S.official_id.in_(officials), undated), dated=False)]


def _holders(session: Session, institution_ids) -> int:
    """How many officials held a role at the institutions, counted up to MANY_HOLDERS + 1:
    enough to tell few from many (read from the (institution_id, official_id) index)."""
    found = select(Role.official_id).where(Role.institution_id.in_(institution_ids))
    return len(session.connection().scalars(found.distinct().limit(MANY_HOLDERS + 1)).all())


@lru_cache(maxsize=64)
def _many_holders(institution_ids: tuple[int, ...]) -> Branch:
    """Speaking for the institutions, in a role at one of them that day, or (undated) tied to
    one of their roles: no list of every role or holder, so the SQL stays small, and the
    branch, immutable, is built once for a set of institutions. Dated and undated
    statements read apart each check only what can match them (less for PostgreSQL to plan).
    """
    ids = list(institution_ids)
    own = S.institution_id.in_(ids)
    held = _held_role(ids)
    tied = _tied_to_role(ids)
    undated = and_(S.said_to.is_(None), tied)
    return Branch(or_(own, held, undated), apart=(or_(own, held), or_(own, tied)))


def _tied_to_role(institution_ids: list[int]) -> ColumnElement[bool]:
    """The statement is tied to a role in one of the institutions (its role_id)."""
    return (
        select(HELD.c.id)
        .where(HELD.c.id == S.role_id, HELD.c.institution_id.in_(institution_ids))
        .correlate(Statement)
        .exists()
    )


def _held_role(institution_ids: list[int]) -> ColumnElement[bool]:
    """The speaker held a role in one of the institutions on the statement's latest day."""
    role = HELD.c  # the listing joins role for the title: correlate statement only
    return (
        select(role.id)
        .where(
            role.official_id == S.official_id,
            role.institution_id.in_(institution_ids),
            S.said_to.is_not(None),
            or_(role.start_date.is_(None), role.start_date <= S.said_to),
            or_(role.end_date.is_(None), role.end_date >= S.said_to),
        )
        .correlate(Statement)
        .exists()
    )


def conditions(session: Session, filt: Filter) -> tuple[list[ColumnElement[bool]], list[Branch]]:
    """(conditions every row meets, alternatives of which a row meets at least one)."""
    session.flush()  # the lookups below run on the connection: what was added counts too
    common: list[ColumnElement[bool]] = []
    branches: list[Branch] = []
    by = [S.official_id == o for o in filt.officials] + [
        S.institution_id == i for i in filt.speaking_for
    ]
    if filt.institution is not None:
        ids = _subtree(session, [filt.institution])
        branches = _institution_branches(session, ids)
        if by:
            common.append(or_(*by))
    else:
        branches = [Branch(condition) for condition in by]
    if filt.country:
        roots = session.scalars(select(Institution.id).where(Institution.country == filt.country))
        common.append(S.institution_id.in_(_subtree(session, list(roots))))
    if filt.date_to is not None:
        common.append(
            or_(S.said_from <= filt.date_to, and_(S.said_from.is_(None), S.said_to.is_not(None)))
        )
    if filt.about:
        common.append(_fts_condition(session, filt))
    if filt.mentions_officials or filt.mentions_institutions:
        mentioned = select(Mention.statement_id).where(
            or_(
                Mention.official_id.in_(filt.mentions_officials),
                Mention.institution_id.in_(filt.mentions_institutions),
            )
        )
        common.append(S.id.in_(mentioned))
    if filt.topics:
        tagged = select(StatementTopic.statement_id).where(StatementTopic.topic_id.in_(filt.topics))
        common.append(S.id.in_(tagged))
    if filt.kinds:
        common.append(S.kind.in_(filt.kinds))
    if filt.statuses:
        common.append(S.status.in_(filt.statuses))
    if filt.source_id is not None:
        cited = select(Citation.statement_id).where(Citation.source_id == filt.source_id)
        common.append(S.id.in_(cited))
    return common, branches


def where_clause(session: Session, filt: Filter) -> ColumnElement[bool]:
    """The whole filter as one condition on statement."""
    common, branches = conditions(session, filt)
    parts = [*common, _any(branches)] if branches else common
    return and_(true(), *parts, *_from_condition(filt))


def _any(branches: list[Branch]) -> ColumnElement[bool]:
    return or_(*(branch.condition for branch in branches))


def _split(filt: Filter) -> tuple[tuple[bool, ColumnElement[bool]], ...]:
    """(dated part, undated part): statements with a latest day and without one, each part
    meeting --from. A dated statement meets it when its latest day is on or after --from;
    one with only a first day ("on or after X") may have been said any day after, so it does.
    """
    if filt.date_from is None:
        return ((True, S.said_to.is_not(None)), (False, S.said_to.is_(None)))
    return (
        (True, S.said_to >= filt.date_from),
        (False, and_(S.said_to.is_(None), S.said_from.is_not(None))),
    )


def _from_condition(filt: Filter) -> list[ColumnElement[bool]]:
    """--from as one condition (both parts of _split), for queries that are not split."""
    if filt.date_from is None:
        return []
    return [or_(*(condition for _, condition in _split(filt)))]


# ---- listing ------------------------------------------------------------------------------


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


def _relevance(session: Session, filt: Filter):
    """(a FROM item to join or None, its join condition, the score: higher is better)."""
    if _dialect(session) == "sqlite":
        match = compile_query(filt.about, "sqlite", text_only=not filt.about_speakers)
        ranked = (
            select(
                literal_column("rowid").label("fts_id"),
                literal_column("bm25(statement_fts, 1.0, 0.4)").label("fts_rank"),
            )
            .select_from(text("statement_fts"))
            .where(text("statement_fts MATCH :rank_query"))
            .params(rank_query=match)
            .cte("fts")
            .prefix_with("MATERIALIZED")  # bm25() cannot run inside a flattened aggregate
        )
        return ranked, ranked.c.fts_id == S.id, -ranked.c.fts_rank
    score = func.ts_rank_cd(literal_column("statement.search_vector"), _tsquery(filt))
    return None, None, score


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
        if _holders(session, ids) > MANY_HOLDERS:
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


def statement_row(row) -> dict[str, Any]:
    """A result row with its date as EDTF and as words, and its speaker's name."""
    values = dict(row)
    values["date"], values["when"] = _date_texts(
        row["said_from"], row["said_to"], row["said_precision"]
    )
    values["speaker"] = row["official"] or row["institution"]
    return values


@lru_cache(maxsize=8192)
def _date_texts(said_from: date | None, said_to: date | None, precision: str) -> tuple:
    """(EDTF, words) of stored bounds; days repeat from row to row, so each is worked out once."""
    span = span_of(said_from, said_to, precision)
    return span.edtf(), span.display()


def span_of(said_from: date | None, said_to: date | None, precision: str) -> DateSpan:
    """The DateSpan of stored bounds; bounds that do not fit their precision read as an interval."""
    fits = {
        "day": said_from is not None and said_from == said_to,
        "month": said_from is not None and said_to is not None,
        "year": said_from is not None and said_to is not None,
    }
    if not fits.get(precision, False):
        precision = "unknown" if said_from is None and said_to is None else "interval"
    return DateSpan(said_from, said_to, precision)


def snippets(*, session: Session, about: str, ids: list[int]) -> dict[int, str]:
    """The matching words of each statement highlighted **like this**, for one page of ids."""
    if not ids:
        return {}
    if _dialect(session) == "sqlite":
        rows = session.execute(
            text(
                "SELECT rowid, snippet(statement_fts, 0, :mark, :mark, '…', 24) "
                "FROM statement_fts WHERE statement_fts MATCH :q AND rowid IN "
                f"({', '.join(str(int(i)) for i in ids)})"
            ),
            {"mark": SNIPPET_MARK, "q": compile_query(about, "sqlite")},
        )
        return dict(rows.all())
    options = (
        f"StartSel={SNIPPET_MARK}, StopSel={SNIPPET_MARK}, MaxWords=24, MinWords=12, ShortWord=0, "
        'MaxFragments=2, FragmentDelimiter=" … "'
    )
    headline = func.ts_headline(
        literal_column(f"'{PG_CONFIG}'"), S.text, _tsquery(Filter(about=about)), options
    )
    rows = session.execute(select(S.id, headline).where(S.id.in_(ids)))
    return dict(rows.all())


# ---- aggregates ---------------------------------------------------------------------------

STATS_DIMENSIONS = ("official", "institution", "month")


def _month(session: Session, column) -> ColumnElement[str]:
    if _dialect(session) == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def stats(*, session: Session, filt: Filter, dimension: str) -> Iterator[dict[str, Any]]:
    """Statement counts per official, institution spoken for, or month, with the first and
    last day (statements are counted at the latest day they may have been said)."""
    where = where_clause(session, filt)
    count = func.count(S.id)
    first, last = func.min(S.said_to), func.max(S.said_to)
    if dimension == "official":
        key, name = Official.id, Official.name
        query = select(key, name, count, first, last).join(Official, Official.id == S.official_id)
        query = query.group_by(key, name).order_by(count.desc(), name)
    elif dimension == "institution":
        key, name = Institution.id, Institution.name
        query = select(key, name, count, first, last).join(
            Institution, Institution.id == S.institution_id
        )
        query = query.group_by(key, name).order_by(count.desc(), name)
    elif dimension == "month":
        month = _month(session, S.said_to)
        query = select(month, month, count, first, last).select_from(Statement)
        query = query.group_by(month).order_by(month.asc().nulls_last())
    else:
        raise InvalidInput(f"unknown grouping {dimension!r}; use one of: {STATS_DIMENSIONS}")
    result = session.execute(query.where(where), execution_options={"yield_per": STREAM_BATCH})
    for key_value, label, n, start, end in result:
        yield {
            "group": dimension,
            "id": key_value if dimension != "month" else None,
            "name": label if label is not None else "date unknown",
            "statements": n,
            "first": start,
            "last": end,
        }


def who(*, session: Session, filt: Filter, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Who spoke on the filter's subject: speakers by matching statements, then relevance.

    The subject is looked for in what was said only: a speaker's own name is no subject.
    """
    if not filt.about:
        raise InvalidInput("tracker who needs --about TEXT")
    filt = replace(filt, about_speakers=False)
    ranked, on, score = _relevance(session, filt)
    count = func.count(S.id)
    total = func.sum(score)
    query = (
        select(
            Official.id.label("official_id"),
            Official.name.label("official"),
            Institution.id.label("institution_id"),
            Institution.name.label("institution"),
            count.label("statements"),
            total.label("score"),
            func.min(S.said_to).label("first"),
            func.max(S.said_to).label("last"),
        )
        .select_from(Statement)
        .outerjoin(Official, Official.id == S.official_id)
        .outerjoin(Institution, and_(Institution.id == S.institution_id, S.official_id.is_(None)))
    )
    if ranked is not None:
        query = query.join(ranked, on)
    query = (
        query.where(where_clause(session, filt))
        .group_by(Official.id, Official.name, Institution.id, Institution.name)
        .order_by(count.desc(), total.desc(), Official.name, Institution.name)
    )
    if limit is not None:
        query = query.limit(limit)
    for row in session.execute(query).mappings():
        values = dict(row)
        values["speaker"] = row["official"] or row["institution"]
        values["score"] = round(float(row["score"] or 0), 4)
        yield values
