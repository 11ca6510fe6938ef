"""--institution: the statements speaking for an institution, and those of its role holders.

A statement belongs to an institution when it speaks for it or for one under it
(statement.institution_id, read from the (institution_id, said_to) index) or
when its speaker held a role at one of them on the latest day it may have been
said, whatever institution the statement records (an undated statement when it
is tied to such a role). The second part is what costs: a holder's statements
in the role are nearly all the institution's own already, yet each must be
looked at to find the few that are not.

A page sorted by date therefore reads the institution's own page first. Its
n-th statement's day bounds the window in which a held statement could still
enter the page, and only that window is read for held statements, whichever
of two ways reads less:

* join: the roles held at the institution during the window (the
  (institution_id, end_date, ...) role index), each joined to its holder's
  statements in the window (the (official_id, said_to) index): a look-up per
  role held;
* walk: the statements of the window newest first (the (said_to, id,
  institution_id, official_id) index), taking the institution's own and, for
  the others, checking whether the speaker held a role there that day (the
  (official_id, start_date, ...) role index): a look-up per statement, and
  it stops at the page's n-th row (the own page is inside the window), so it
  is the page whole.

A big institution's own page spans a few days in which hundreds of its roles
are held but only a thousand statements were made, so the walk reads less; a
small one's spans years in which a few dozen roles are held, so the join does
by far. One probe reads the own page's bound and counts the roles held in the
window it sets; past a few roles (joined at once), a second counts the window's
statements only up to WALK_PER_ROLE per role, so choosing costs less than either
way. No role held in the window: nothing more to read. The held statements (or
the walk), the own page (read again) and the listing's joins are then one statement. An institution
with at most FEW_ROLES roles in all (counted as its subtree is read) needs no probe:
its roles are joined in that one statement, in the window the own page bounds there.

The SQL is built once per Shape with its values as named parameters (see
tracker.query.listing, which keeps it), and run as Prepared statements.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Date,
    Integer,
    Select,
    bindparam,
    case,
    func,
    literal,
    or_,
    select,
    true,
    type_coerce,
    union,
)

from tracker.prepared import Prepared
from tracker.query.conditions import FEW_ROLES, FIRST_DAY, HELD, LAST_DAY, S, Scope
from tracker.tables import statement

WALK_PER_ROLE = 2  # a statement looked at in a walk costs about half a role joined
JOIN_ANYWAY = 8  # so few roles are joined at once, without counting the window first
COUNT_BY_START = 1024  # roles started by a window's end, fewer: counted from their start (_probe)


def _order(newest_first: bool, columns) -> list:
    if newest_first:
        return [columns.said_to.desc(), columns.id.desc()]
    return [columns.said_to.asc(), columns.id.asc()]


class InstitutionListing:
    """The SQL of one shape of institution page (see the module's note), built once.

    `common` are the conditions every row meets; `dated` those a dated statement meets
    (the date filter) and `undated` those an undated one meets, or None when no undated
    statement can match. Values: the institutions' ids (Scope.values()), the date filter's,
    and `n`, the rows wanted.
    """

    def __init__(
        self,
        scope: Scope,
        *,
        newest_first: bool,
        common: Sequence[ColumnElement[bool]],
        dated: Sequence[ColumnElement[bool]],
        undated: Sequence[ColumnElement[bool]] | None,
        shown: dict[bool, Select],
    ) -> None:
        self.newest_first = newest_first
        self.shown = shown  # the listing's SELECT, in order: with days as stored (True) or not
        self._showing: dict[tuple, Prepared] = {}
        n = bindparam("n", type_=Integer)
        start = bindparam("window_start", type_=Date)
        end = bindparam("window_end", type_=Date)
        dated_rows = [S.said_to.is_not(None), *dated, *common]
        self.own = Prepared(self._own_page(scope, dated_rows, n))
        bound = self._bound(self.own.statement, n)
        self.probe = Prepared(self._probe(scope, bound, start, end, adaptive=False))
        self.probe_adaptive = Prepared(self._probe(scope, bound, start, end, adaptive=True))
        self.statements_in = Prepared(self._statements_in(start, end))
        in_window = [S.said_to >= start, S.said_to <= end, *dated, *common]
        order = _order(newest_first, S)
        self.join = Prepared(
            scope.held(start, end).where(*dated, *common).order_by(*order).limit(n)
        )
        if newest_first:
            bounded = scope.held(func.coalesce(bound.c.day, start), end, bound=bound)
        else:
            bounded = scope.held(start, func.coalesce(bound.c.day, end), bound=bound)
        self.join_bounded = Prepared(bounded.where(*dated, *common).order_by(*order).limit(n))
        # the institution's own statements count toward the walk's n: it stops as soon as
        # it has the page (the own page is inside the window), checking roles only for others
        self.walk = Prepared(
            select(S.id, S.said_to)
            .where(*in_window, or_(scope.own(), scope.held_that_day()))
            .order_by(*order)
            .limit(n)
        )
        self.undated = None
        if undated is not None:
            ident = S.id.desc() if newest_first else S.id.asc()
            self.undated = Prepared(
                select(S.id, S.said_to)
                .where(S.said_to.is_(None), *undated, *common, or_(scope.own(), scope.tied()))
                .order_by(ident)
                .limit(n)
            )

    def _own_page(self, scope: Scope, where: list, n) -> Select:
        """The institution's own n newest (oldest) statements. SQLite reads an IN list on the
        index's first column in order, value by value, stopping each when it can no longer
        enter the page; PostgreSQL is given one page per institution to merge, as a LATERAL
        subquery over the array of their ids (one subquery to plan, however many)."""
        order = _order(self.newest_first, S)
        if scope.dialect == "sqlite" or scope.institutions == 1:
            return select(S.id, S.said_to).where(scope.own(), *where).order_by(*order).limit(n)
        from sqlalchemy.dialects import postgresql  # PostgreSQL only: not loaded for SQLite

        institutions = (
            func.unnest(postgresql.array(scope.ids())).table_valued("id").render_derived("inst")
        )
        each = (
            select(S.id, S.said_to)
            .where(S.institution_id == institutions.c.id, *where)
            .order_by(*order)
            .limit(n)
            .lateral("each_page")
        )
        merged = (
            select(each.c.id, each.c.said_to)
            .select_from(institutions.join(each, true()))
            .subquery()
        )
        order = _order(self.newest_first, merged.c)
        return select(merged.c.id, merged.c.said_to).order_by(*order).limit(n)

    def _bound(self, own: Select, n) -> Any:
        """One row: the day of the own page's n-th statement (day), or None when it has
        fewer: a held statement on the far side of it cannot enter the page."""
        page = own.subquery("own_page")
        nth = func.min(page.c.said_to) if self.newest_first else func.max(page.c.said_to)
        day = case((func.count() == n, nth), else_=None)
        return select(type_coerce(day, Date).label("day")).select_from(page).subquery("bound")

    def _probe(self, scope: Scope, bound, start, end, *, adaptive: bool) -> Select:
        """(the bound's day (_bound); how many roles at the institutions were held in the
        window it sets). `start` and `end` are the date filter's bounds.

        A role is held in the window when it started by its end and did not end before its
        start: counted from the (institution_id, end_date, ...) index, a count reads every
        role that ended after the window's start; from the (institution_id, start_date, ...)
        one, every role that started before its end. The first is few for a late window,
        the second for an early one: `adaptive`, the second is taken when those roles are
        fewer than COUNT_BY_START (counted up to that many first), else the first. A page
        of the newest with no --to has a window ending at the last day: every role started
        before it, so the first is counted without asking. Each count is of two ranges
        (the open-ended roles apart): an OR would collect and deduplicate their rows first.
        """
        if self.newest_first:
            start = func.coalesce(bound.c.day, start)
        else:
            end = func.coalesce(bound.c.day, end)
        role = HELD.c
        at = role.institution_id.in_(scope.ids())

        def count(*where) -> Any:
            return select(func.count()).select_from(HELD).where(at, *where).scalar_subquery()

        started = or_(role.start_date.is_(None), role.start_date <= end)
        ended = or_(role.end_date.is_(None), role.end_date >= start)
        by_end = count(role.end_date.is_(None), started) + count(role.end_date >= start, started)
        held = by_end
        if adaptive:
            by_start = count(role.start_date.is_(None), ended) + count(
                role.start_date <= end, ended
            )
            first = (  # the roles started by the window's end (one range: those of no known
                # start are read in either count)
                select(literal(1))
                .select_from(HELD)
                .where(at, role.start_date <= end)
                .limit(COUNT_BY_START)
                .subquery("started_by_end")
            )
            few = select(func.count()).select_from(first).scalar_subquery() < COUNT_BY_START
            held = case((few, by_start), else_=by_end)
        return select(bound.c.day, held).select_from(bound)

    def _statements_in(self, start, end) -> Select:
        """How many statements the window holds, counted up to `most`."""
        window = (
            select(literal(1))
            .select_from(statement)
            .where(S.said_to >= start, S.said_to <= end)
            .limit(bindparam("most", type_=Integer))
            .subquery()
        )
        return select(func.count()).select_from(window)

    def page(
        self,
        connection: Connection,
        values: dict[str, Any],
        n: int,
        *,
        offset: int,
        first: date | None,
        last: date | None,
        as_stored: bool,
        roles: int,
    ) -> tuple[tuple[str, ...], list[tuple]]:
        """(keys, rows) of the listing's statements `offset` to `n` in listing order;
        `first` and `last` are the date filter's bounds on said_to (None: open); `roles`
        how many roles were ever held at the institutions (Resolved.roles)."""
        values = {**values, "n": n}
        values.update(window_start=first or FIRST_DAY, window_end=last or LAST_DAY)
        if roles <= FEW_ROLES:
            parts = (self.own, self.join_bounded) if roles else (self.own,)
            return self._rows(connection, parts, values, n, offset, as_stored)
        probe = self.probe if self.newest_first and last is None else self.probe_adaptive
        [(bound, roles)] = probe.all(connection, values)
        if bound is not None:  # a held statement past the own page's n-th day cannot enter it
            first, last = (bound, last) if self.newest_first else (first, bound)
        window = {"window_start": first or FIRST_DAY, "window_end": last or LAST_DAY}
        values.update(window)
        parts: tuple[Prepared, ...] = (self.own,)
        if roles:
            if roles > JOIN_ANYWAY:
                most = roles * WALK_PER_ROLE + 1
                [(walked,)] = self.statements_in.all(connection, {**window, "most": most})
                if walked < most:  # the walk reads the own statements too: the page whole
                    return self._rows(connection, (self.walk,), values, n, offset, as_stored)
            parts = (self.own, self.join)
        return self._rows(connection, parts, values, n, offset, as_stored)

    def _rows(
        self,
        connection: Connection,
        parts: tuple[Prepared, ...],
        values: dict[str, Any],
        n: int,
        offset: int,
        as_stored: bool,
    ) -> tuple[tuple[str, ...], list[tuple]]:
        """(keys, rows) of the first n of the parts' statements, then undated ones."""
        shown = self._shown(parts, as_stored)
        rows = shown.all(connection, values)
        if len(rows) < n and self.undated is not None:
            values["n"] = n - len(rows)
            rows += self._shown((self.undated,), as_stored).all(connection, values)
        return shown.keys, rows[offset:]

    def _shown(self, parts: tuple[Prepared, ...], as_stored: bool) -> Prepared:
        """The listing of the first n of the parts' statements, in order (the own page read
        again, in the same statement, rather than its ids passed back), built once."""
        key = (*(id(part) for part in parts), as_stored)
        found = self._showing.get(key)
        if found is None:
            pages = [part.statement.subquery() for part in parts]
            if len(pages) == 1:
                page = select(pages[0].c.id)
            else:
                merged = union(*(select(page.c.id, page.c.said_to) for page in pages)).subquery()
                order = _order(self.newest_first, merged.c)
                page = select(merged.c.id).order_by(*order).limit(bindparam("n", type_=Integer))
            found = self._showing[key] = Prepared(self.shown[as_stored].where(S.id.in_(page)))
        return found
