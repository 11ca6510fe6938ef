"""Roles: an official's posts at institutions over time; adding, finding, listing, ending.

Role bounds are partial dates (a year, a month or a day) kept with their
precision, so a role "from 2008" is shown as 2008 and matches any day in it.

A statement records the role its speaker held that day. A role entered after the
statements it covers counts for them too: adding a role gives it to the speaker's
statements of those days that were recorded without one (fill_missing_roles).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import Select, and_, bindparam, insert, or_, update
from sqlmodel import Session, select

from tracker.dates import DateSpan
from tracker.errors import InvalidInput, NotFound
from tracker.models import Institution, Official, Role, Statement
from tracker.names import name_key
from tracker.prepared import Prepared
from tracker.services.validate import clean_name

ROLE_COLUMNS = (
    "id",
    "official_id",
    "official",
    "title",
    "institution_id",
    "institution",
    "start",
    "end",
)


def add_role(
    *,
    session: Session,
    official: Official,
    institution: Institution,
    title: str,
    start: DateSpan | None = None,
    end: DateSpan | None = None,
) -> Role:
    """An official's post at an institution from `start` to `end` (either may be unknown)."""
    title = clean_name(title, "title")
    role = Role(
        official_id=official.id,
        institution_id=institution.id,
        title=title,
        start_date=start.start if start else None,
        start_precision=start.precision if start else "unknown",
        end_date=end.end if end else None,
        end_precision=end.precision if end else "unknown",
    )
    if role.start_date and role.end_date and role.start_date > role.end_date:
        raise InvalidInput(f"role ends ({role.end_date}) before it starts ({role.start_date})")
    session.add(role)
    session.flush()
    fill_missing_roles(session=session, official_id=official.id)
    return role


def fill_missing_roles(*, session: Session, official_id: int) -> int:
    """Give the official's dated statements recorded without a role the role held that day.

    The role is the one role_on() would choose (the most recently begun of those that
    may have been held on some day of the statement's interval), so a statement gets
    the same role whether its role was entered before it or after. A statement that
    already speaks for an institution gets a role only at that institution or one
    under it, and keeps speaking for the one it named; one that speaks for none
    speaks for the role's institution. Returns how many statements got a role.
    """
    missing = select(Statement.id).where(
        Statement.official_id == official_id, Statement.role_id.is_(None)
    )
    if session.exec(missing.limit(1)).first() is None:
        return 0
    roles = session.exec(
        select(Role)
        .where(Role.official_id == official_id)
        .order_by(and_(Role.start_date.is_(None)).asc(), Role.start_date.desc(), Role.id.desc())
    ).all()
    filled = 0
    for role in roles:  # role_on's order: the first role that fits a statement is its role
        conditions = [
            Statement.official_id == official_id,
            Statement.role_id.is_(None),
            or_(Statement.said_from.is_not(None), Statement.said_to.is_not(None)),
        ]
        if role.start_date is not None:
            conditions.append(
                or_(Statement.said_to.is_(None), Statement.said_to >= role.start_date)
            )
        if role.end_date is not None:
            conditions.append(
                or_(Statement.said_from.is_(None), Statement.said_from <= role.end_date)
            )
        above = _institution_and_above(session, role.institution_id)
        for speaks_for, new in ((None, role.institution_id), (above, None)):
            where = (
                Statement.institution_id.is_(None)
                if speaks_for is None
                else Statement.institution_id.in_(speaks_for)
            )
            values = {"role_id": role.id}
            if new is not None:
                values["institution_id"] = new
            result = session.exec(
                update(Statement)
                .where(*conditions, where)
                .values(values)
                .execution_options(synchronize_session="fetch")
            )
            filled += result.rowcount
    return filled


def _institution_and_above(session: Session, institution_id: int) -> list[int]:
    """The institution and those it is part of (parent_id followed up)."""
    chain = [institution_id]
    while (parent := session.get(Institution, chain[-1]).parent_id) is not None:
        if parent in chain:  # a cycle in the hierarchy: stop rather than loop
            break
        chain.append(parent)
    return chain


_ROLE = Role.__table__
_NEW_ROLE = Prepared(
    insert(_ROLE)
    .values(
        {
            name: bindparam(name)
            for name in (
                "official_id",
                "institution_id",
                "title",
                "start_precision",
                "end_precision",
            )
        }  # fmt: skip
    )
    .returning(_ROLE.c.id)
)


def record_role(*, session: Session, official_id: int, institution_id: int, title: str) -> int:
    """The id of a new role with no dates: the row add_role writes for it, inserted directly
    (ingest creates the posts its new speakers hold so)."""
    values = {
        "official_id": official_id,
        "institution_id": institution_id,
        "title": clean_name(title, "title"),
        "start_precision": "unknown",
        "end_precision": "unknown",
    }
    ((role_id,),) = _NEW_ROLE.all(session.connection(), values)
    fill_missing_roles(session=session, official_id=official_id)
    return role_id


def roles_on(
    *,
    session: Session,
    official_id: int,
    day_span: DateSpan,
    institution_id: int | None = None,
) -> list[Role]:
    """The roles an official may have held during `day_span`, latest start first."""
    shape = (institution_id is not None, day_span.end is not None, day_span.start is not None)
    if shape not in _ROLES_ON:
        _ROLES_ON[shape] = _roles_on_statement(*shape)
    statement = _ROLES_ON[shape]
    values = {"official": official_id, "institution": institution_id}
    return list(session.scalars(statement, values | {"end": day_span.end, "start": day_span.start}))


# One statement per shape of question, built once (ingest asks for every article).
_ROLES_ON: dict[tuple[bool, bool, bool], Select] = {}


def _roles_on_statement(at_institution: bool, has_end: bool, has_start: bool) -> Select:
    statement = select(Role).where(Role.official_id == bindparam("official"))
    if at_institution:
        statement = statement.where(Role.institution_id == bindparam("institution"))
    if has_end:
        statement = statement.where(
            or_(Role.start_date.is_(None), Role.start_date <= bindparam("end"))
        )
    if has_start:
        statement = statement.where(
            or_(Role.end_date.is_(None), Role.end_date >= bindparam("start"))
        )
    return statement.order_by(
        and_(Role.start_date.is_(None)).asc(), Role.start_date.desc(), Role.id.desc()
    )


def role_on(
    *,
    session: Session,
    official_id: int,
    day_span: DateSpan,
    institution_id: int | None = None,
) -> Role | None:
    """The role held during `day_span` (the most recently begun one when several overlap)."""
    found = roles_on(
        session=session, official_id=official_id, day_span=day_span, institution_id=institution_id
    )
    return found[0] if found else None


def role_rows(
    *,
    session: Session,
    official: Official | None = None,
    institution: Institution | None = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Roles with their official and institution, by official, earliest first (fields:
    ROLE_COLUMNS); at most `limit` of them."""
    statement = (
        select(Role, Official.name, Institution.name)
        .join(Official, Official.id == Role.official_id)
        .join(Institution, Institution.id == Role.institution_id)
        .order_by(Official.name, Role.start_date.is_(None).desc(), Role.start_date, Role.id)
    )
    if official is not None:
        statement = statement.where(Role.official_id == official.id)
    if institution is not None:
        statement = statement.where(Role.institution_id == institution.id)
    if limit is not None:
        statement = statement.limit(limit)
    for role, official_name, institution_name in session.exec(statement):
        yield {
            "id": role.id,
            "official_id": role.official_id,
            "official": official_name,
            "title": role.title,
            "institution_id": role.institution_id,
            "institution": institution_name,
            "start": partial_date(role.start_date, role.start_precision),
            "end": partial_date(role.end_date, role.end_precision),
        }


def partial_date(day: date | None, precision: str) -> str | None:
    """A stored bound as the partial date it was given as: 2008, 2008-05 or 2008-05-21."""
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def get_role(*, session: Session, role_id: str | int) -> Role:
    """The role with this id; NotFound otherwise."""
    text = str(role_id).strip()
    role = session.get(Role, int(text)) if text.isdigit() else None
    if role is None:
        raise NotFound(f"no role with id {role_id!r} (see `tracker role list`)")
    return role


def end_role(*, session: Session, role: Role, on: DateSpan) -> Role:
    """Record the last day of a role (the latest day `on` allows)."""
    if on.end is None:
        raise InvalidInput("the end of a role needs a date with a last day (not open-ended)")
    if role.start_date and on.end < role.start_date:
        raise InvalidInput(f"role {role.id} began {role.start_date}; it cannot end {on.end}")
    role.end_date = on.end
    role.end_precision = on.precision
    session.add(role)
    session.flush()
    return role


def titles_match(title: str, wanted: str) -> bool:
    """Whether a role title is the one asked for, spelling and case aside."""
    return name_key(title) == name_key(wanted)


def roles_titled(
    *, session: Session, official_id: int, title: str, day_span: DateSpan
) -> list[Role]:
    """An official's roles with this title, those held during `day_span` first."""
    held = roles_on(session=session, official_id=official_id, day_span=day_span)
    ordered = held + [
        r
        for r in session.exec(select(Role).where(Role.official_id == official_id)).all()
        if r not in held
    ]
    return [r for r in ordered if titles_match(r.title, title)]
