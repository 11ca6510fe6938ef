"""A Filter as SQL conditions on statement: what every row meets, and the alternatives.

--institution is resolved first into the set of (official, role interval) pairs
of the institution and everything under it, one index-friendly predicate per
official (a Branch); an institution with many role holders instead walks the
date index, checking each statement's roles.

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

from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import (
    ColumnElement,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    true,
)
from sqlmodel import Session

from tracker.models import (
    Citation,
    Institution,
    Mention,
    Role,
    Statement,
    StatementTopic,
)
from tracker.query.filters import Filter
from tracker.search import compile_query

MANY_HOLDERS = 60  # an institution with more role holders is read by walking the date index
PG_CONFIG = "tracker_search"

S = Statement.__table__.c


HELD = Role.__table__.alias("held")  # a role looked up per statement (the listing joins role)


FTS = table("statement_fts", column("rowid"))  # the FTS5 index of statement (SQLite)


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


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


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


def _has_many_holders(session: Session, institution_ids) -> bool:
    """Whether the institutions' listing walks the date index (see _institution_branches)."""
    return _holders(session, institution_ids) > MANY_HOLDERS


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
    if filt.date_to is not None and filt.overlapping:
        common.append(
            or_(S.said_from <= filt.date_to, and_(S.said_from.is_(None), S.said_to.is_not(None)))
        )
    elif filt.date_to is not None:
        common.append(S.said_to <= filt.date_to)
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
