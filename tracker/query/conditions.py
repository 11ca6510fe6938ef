"""A Filter as SQL conditions on statement: what every row meets, and the alternatives.

Reading what the conditions need from the database (the institutions under an
institution or a country) is kept apart from building them (`resolve` and
`build`), so that tracker.query.listing can build the SQL of a common shape of
listing once, with its values as named parameters. --institution is answered
by tracker.query.institutions: its own statements from the (institution_id,
said_to) index, its role holders' from the roles held.

Dates: a statement is placed on the latest day it may have been said (said_to),
as timelines show it, and matches --from/--to when that day lies in the range:
"on or before 17 Dec 2021" is in December 2021, not in 2014; "December 2021" is
in 2021-12 and in 2021-12-31..2022, not in 2021-12-01..2021-12-15. One with no
latest day ("on or after X", or undated) is placed nowhere and matches no date
filter. With `overlapping` (--overlapping) a statement matches when any day it may
have been said lies in the range: "on or before X" overlaps every range starting
by X, "on or after X" every range ending from X.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Integer,
    Select,
    String,
    and_,
    bindparam,
    case,
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

from tracker.prepared import Prepared
from tracker.query.filters import Filter
from tracker.search import compile_query
from tracker.tables import citation, institution, mention, reading, role, statement, statement_topic

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

PG_CONFIG = "tracker_search"

S = statement.c


FTS = table("statement_fts", column("rowid"))  # the FTS5 index of statement (SQLite)
HELD = role.alias("held")  # a role looked up for a statement (listings join role too)
# An institution with so few roles in all is read in one statement, its roles joined to
# their holders' statements in the window the own page bounds (computed in the same
# statement; tracker.query.institutions): a probe would cost as much as joining that many
# roles, and the join reads no statement the walk would not.
FEW_ROLES = 16
FIRST_DAY = date(1, 1, 1)  # stands for an open start
LAST_DAY = date(9999, 12, 31)  # and for an open end


def named(prefix: str, ids: Sequence[int]) -> list:
    """Ids as named parameters prefix_0, prefix_1, ... (holding these values), so that SQL
    built with them can run again with other ids of the same number."""
    return [bindparam(f"{prefix}_{n}", i, type_=Integer) for n, i in enumerate(ids)]


def named_values(prefix: str, values: Sequence[Any]) -> dict[str, Any]:
    """The values of the parameters prefix_0, prefix_1, ..."""
    return {f"{prefix}_{n}": value for n, value in enumerate(values)}


def subtree_and_roles(connection: Connection, root: int) -> tuple[tuple[int, ...], int]:
    """(the institution and every institution under it, how many roles were ever held at
    them, counted up to FEW_ROLES + 1 each): one statement, the roles counted from the role
    index (a ministry's thousands are not counted to tell that they are more than a few)."""
    found = _subtree(roots=1, roles=True).all(connection, {"root_0": root})
    return tuple(row[0] for row in found), sum(row[1] for row in found)


def country_institutions(connection: Connection, code: str) -> tuple[int, ...]:
    """The institutions of a country and every institution under them."""
    return tuple(row[0] for row in _subtree(roots=None).all(connection, {"country": code}))


@lru_cache(maxsize=32)
def _subtree(*, roots: int | None, roles: bool = False) -> Prepared:
    """One recursive query from the roots (that many ids root_0, ...; None: a country's
    institutions) down, built once: building it costs more than running it. With `roles`,
    each institution comes with the number of roles held at it, up to FEW_ROLES + 1."""
    if roots is None:
        starts = institution.c.country == bindparam("country", type_=String)
    else:
        starts = institution.c.id.in_(named("root", [0] * roots))
    tree = select(institution.c.id).where(starts).cte("tree", recursive=True)
    child = institution.alias("child")
    tree = tree.union(select(child.c.id).where(child.c.parent_id == tree.c.id))
    columns = [tree.c.id]
    if roles:
        at = role.c.institution_id == tree.c.id
        beyond_few = select(role.c.id).where(at).limit(1).offset(FEW_ROLES).scalar_subquery()
        counted = select(func.count()).where(at).scalar_subquery()
        columns.append(case((beyond_few.is_(None), counted), else_=FEW_ROLES + 1))
    return Prepared(select(*columns).order_by(tree.c.id))


@dataclass(frozen=True)
class Scope:
    """An institution and those under it, as SQL conditions whose ids are named parameters
    (institution_0, institution_1, ...): SQL built with them depends on how many there are
    only, and runs again with another institution's ids (values())."""

    institution_ids: tuple[int, ...]
    dialect: str

    @property
    def institutions(self) -> int:
        return len(self.institution_ids)

    def ids(self) -> list:
        return named("institution", self.institution_ids)

    def values(self) -> dict[str, int]:
        return named_values("institution", self.institution_ids)

    def own(self) -> ColumnElement[bool]:
        """Speaking for one of the institutions."""
        return S.institution_id.in_(self.ids())

    def tied(self) -> ColumnElement[bool]:
        """Tied (role_id) to a role at one of them: how an undated statement belongs."""
        return (
            select(HELD.c.id)
            .where(HELD.c.id == S.role_id, HELD.c.institution_id.in_(self.ids()))
            .correlate(statement)
            .exists()
        )

    def held_that_day(self) -> ColumnElement[bool]:
        """Its speaker held a role at one of them on its latest day."""
        role = HELD.c
        return (
            select(role.id)
            .where(
                role.official_id == S.official_id,
                or_(role.start_date.is_(None), role.start_date <= S.said_to),
                role.institution_id.in_(self.ids()),
                or_(role.end_date.is_(None), role.end_date >= S.said_to),
            )
            .correlate(statement)
            .exists()
        )

    def held(self, start: ColumnElement, end: ColumnElement, *, bound: Any = None) -> Select:
        """(id, said_to) of the statements its role holders made between start and end on
        days they held the role: each role held then, joined to its holder's statements.
        `bound`: a one-row subquery that start or end read from."""
        role = HELD.c
        greatest = func.max if self.dialect == "sqlite" else func.greatest
        least = func.min if self.dialect == "sqlite" else func.least
        roles = HELD if bound is None else bound.join(HELD, true())
        return (
            select(S.id, S.said_to)
            .select_from(roles)
            .join(statement, S.official_id == role.official_id)
            .where(
                role.institution_id.in_(self.ids()),
                # index-friendly: an open end is a second range of the role index
                or_(role.end_date.is_(None), role.end_date >= start),
                or_(role.start_date.is_(None), role.start_date <= end),
                # the window itself, apart: a range of either date index, which PostgreSQL
                # would otherwise walk whole when it expects the page to fill early
                S.said_to >= start,
                S.said_to <= end,
                S.said_to >= greatest(func.coalesce(role.start_date, start), start),
                S.said_to <= least(func.coalesce(role.end_date, end), end),
            )
        )

    def members(self, dated: Sequence[ColumnElement[bool]] = (), *, undated: bool = True) -> Select:
        """Every statement of the institution (id), for a whole listing or a count: its own,
        its role holders' in the role, and (unless `undated` is False: a date filter no
        undated statement meets) the undated ones tied to its roles. `dated` are conditions
        the held statements meet (the date filter)."""
        held = self.held(_day("first_day", FIRST_DAY), _day("last_day", LAST_DAY))
        held = held.with_only_columns(S.id).where(*dated)
        parts = [select(S.id).where(self.own()), held]
        if undated:
            parts.append(select(S.id).where(S.said_to.is_(None), self.tied()))
        return union(*parts)


def _day(name: str, value: date) -> ColumnElement:
    return bindparam(name, value, type_=Date)


@dataclass(frozen=True)
class Branch:
    """One alternative of a filter, and whether it can match statements with a latest day
    (dated) and without one (undated), so that a page reads no part that cannot match."""

    condition: ColumnElement[bool]
    dated: bool = True
    undated: bool = True


@dataclass(frozen=True)
class Resolved:
    """What a Filter's conditions read from the database: institutions under others."""

    institutions: tuple[int, ...] = ()  # --institution and every institution under it
    country: tuple[int, ...] = ()  # the institutions of --country and those under them
    roles: int = 0  # roles ever held at `institutions`, counted up to FEW_ROLES + 1 each


@dataclass
class Conditions:
    """A Filter as SQL: conditions every row meets, alternatives of which a row meets at
    least one (none: no alternative), and the institution (scope) asked for, if any."""

    common: list[ColumnElement[bool]]
    branches: list[Branch]
    scope: Scope | None = None
    # PostgreSQL: the branches are these institutions' (ids as parameters), one each
    per_institution: list | None = None


def _dialect(session: Session | Connection | Connection) -> str:
    return reading(session).dialect.name


def _fts_condition(dialect: str, filt: Filter) -> ColumnElement[bool]:
    if dialect == "sqlite":
        match = compile_query(filt.about, "sqlite", text_only=not filt.about_speakers)
        return S.id.in_(
            text("SELECT rowid FROM statement_fts WHERE statement_fts MATCH :fts_query").bindparams(
                fts_query=match
            )
        )
    return literal_column("statement.search_vector").op("@@")(_tsquery(filt))


def _tsquery(filt: Filter) -> ColumnElement:
    query = compile_query(filt.about, "postgresql", text_only=not filt.about_speakers)
    return func.to_tsquery(literal_column(f"'{PG_CONFIG}'"), bindparam("ts_query", query))


def full_text_values(filt: Filter) -> dict[str, str]:
    """The named parameters holding the full-text query (fts_query and rank_query on
    SQLite, ts_query on PostgreSQL), as _fts_condition and the ranked listing name them."""
    if not filt.about:
        return {}
    text_only = not filt.about_speakers
    match = compile_query(filt.about, "sqlite", text_only=text_only)
    query = compile_query(filt.about, "postgresql", text_only=text_only)
    return {"fts_query": match, "rank_query": match, "ts_query": query}


def resolve(session: Session | Connection, filt: Filter) -> Resolved:
    """Read what the filter's conditions need: the institutions under --institution, and
    the institutions of --country with those under them (one query each), and how many
    roles were held at the institutions (which decides how a page of them is read)."""
    connection = reading(session)
    institutions = country = ()
    roles = 0
    if filt.institution is not None:
        institutions, roles = subtree_and_roles(connection, filt.institution)
    if filt.country:
        country = country_institutions(connection, filt.country)
    return Resolved(institutions=institutions, country=country, roles=roles)


def build(filt: Filter, resolved: Resolved, dialect: str) -> Conditions:
    """The filter as SQL conditions (reads nothing: what is read is in `resolved`)."""
    common: list[ColumnElement[bool]] = []
    branches: list[Branch] = []
    scope = per_institution = None
    by = [S.official_id == o for o in filt.officials] + [
        S.institution_id == i for i in filt.speaking_for
    ]
    if filt.institution is not None:
        scope = Scope(resolved.institutions, dialect)
        if by:
            common.append(or_(*by))
    else:
        branches = [Branch(condition) for condition in by]
    if filt.country:
        country = named("country", resolved.country)
        if branches or scope is not None or dialect == "sqlite" or not country:
            # SQLite reads an IN list on the index's first column in order, value by value
            common.append(S.institution_id.in_(country))
        else:  # PostgreSQL merges one page per institution
            branches = [Branch(S.institution_id == one) for one in country]
            per_institution = country
    if filt.date_to is not None and filt.overlapping:
        common.append(
            or_(S.said_from <= filt.date_to, and_(S.said_from.is_(None), S.said_to.is_not(None)))
        )
    elif filt.date_to is not None:
        common.append(S.said_to <= filt.date_to)
    if filt.about:
        common.append(_fts_condition(dialect, filt))
    if filt.mentions_officials or filt.mentions_institutions:
        about = []  # only what is asked: an empty IN beside an OR would cost the index
        if filt.mentions_officials:
            about.append(mention.c.official_id.in_(filt.mentions_officials))
        if filt.mentions_institutions:
            about.append(mention.c.institution_id.in_(filt.mentions_institutions))
        common.append(S.id.in_(select(mention.c.statement_id).where(or_(*about))))
    if filt.topics:
        tagged = select(statement_topic.c.statement_id).where(
            statement_topic.c.topic_id.in_(filt.topics)
        )
        common.append(S.id.in_(tagged))
    if filt.kinds:
        common.append(S.kind.in_(filt.kinds))
    if filt.statuses:
        common.append(S.status.in_(filt.statuses))
    if filt.source_id is not None:
        cited = select(citation.c.statement_id).where(citation.c.source_id == filt.source_id)
        common.append(S.id.in_(cited))
    return Conditions(common, branches, scope, per_institution)


def conditions(session: Session | Connection, filt: Filter) -> Conditions:
    """The filter as SQL conditions, reading what they need first."""
    return build(filt, resolve(session, filt), _dialect(session))


def where_clause(session: Session | Connection, filt: Filter) -> ColumnElement[bool]:
    """The whole filter as one condition on statement (for counts and aggregates)."""
    found = conditions(session, filt)
    if found.per_institution is not None:
        # a count reads every member at once: the institutions as one IN list, which
        # PostgreSQL reads from the (institution_id, ...) index, where an OR of one branch
        # each had it scan a whole index and filter
        parts = [*found.common, S.institution_id.in_(found.per_institution)]
    elif found.branches:
        parts = [*found.common, _any(found.branches)]
    else:
        parts = found.common
    if found.scope is not None:
        dated = [condition for dated, condition in _split(filt) if dated]
        parts.append(S.id.in_(found.scope.members(dated)))
    return and_(true(), *parts, *_from_condition(filt))


def _any(branches: list[Branch]) -> ColumnElement[bool]:
    return or_(*(branch.condition for branch in branches))


def said_to_bounds(filt: Filter) -> tuple[date | None, date | None]:
    """(first, last): the days between which the date filter keeps a statement's latest day
    (None: open), for reading a range of a date index; the filter's conditions say more.
    A statement overlapping the range may have its latest day after the range's end."""
    return filt.date_from, None if filt.overlapping else filt.date_to


def _split(filt: Filter) -> tuple[tuple[bool, ColumnElement[bool]], ...]:
    """(dated part, undated part): statements with a latest day and without one, each part
    meeting --from. A dated statement meets it when its latest day is on or after --from.
    Under a date filter a statement without a latest day is placed nowhere, so there is no
    undated part, unless the filter takes overlaps: one with only a first day ("on or
    after X") may have been said any day after, so it overlaps.
    """
    dated = filt.date_from is not None or filt.date_to is not None
    if dated and not filt.overlapping:
        start = S.said_to >= filt.date_from if filt.date_from is not None else None
        return ((True, start if start is not None else S.said_to.is_not(None)),)
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
