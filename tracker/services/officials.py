"""Officials and their roles by hand: listing, showing, editing, merging, removing.

Creating officials and roles is people.py's; this module holds the rest of
their lifecycle. A merge or a removal is one transaction (the caller's
session), so a failure leaves both records as they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from typing import Any

from sqlalchemy import delete, func, update
from sqlmodel import Session, select

from tracker.dates import DateSpan
from tracker.errors import InvalidInput, NotFound
from tracker.models import Institution, Mention, Official, OfficialAlias, Role, Statement
from tracker.names import name_key

WIKIDATA = re.compile(r"^Q[1-9]\d*$")

OFFICIAL_COLUMNS = ("id", "name", "sort_name", "wikidata", "aliases", "roles", "statements")
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


def check_wikidata(value: str | None) -> str | None:
    """A Wikidata item id such as Q23; InvalidInput for anything else ("" clears it)."""
    if value is None or value.strip() == "":
        return None
    value = value.strip().upper()
    if not WIKIDATA.match(value):
        raise InvalidInput(f"{value!r} is not a Wikidata item id (Q followed by digits, e.g. Q23)")
    return value


def ensure_wikidata_free(*, session: Session, model, wikidata: str | None, own_id=None) -> None:
    """Refuse a Wikidata id that another record of the same table already has."""
    if wikidata is None:
        return
    other = session.exec(select(model).where(model.wikidata == wikidata)).first()
    if other is not None and other.id != own_id:
        raise InvalidInput(f"{wikidata} already belongs to {other.name} (id {other.id})")


def partial_date(day: date | None, precision: str) -> str | None:
    """A stored bound as the partial date it was given as: 2008, 2008-05 or 2008-05-21."""
    if day is None:
        return None
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return day.strftime("%Y-%m")
    return day.isoformat()


def official_rows(*, session: Session) -> Iterator[dict[str, Any]]:
    """One row per official, by name (fields: OFFICIAL_COLUMNS)."""
    aliases: dict[int, list[str]] = {}
    for official_id, alias in session.exec(
        select(OfficialAlias.official_id, OfficialAlias.alias).order_by(OfficialAlias.id)
    ):
        aliases.setdefault(official_id, []).append(alias)
    roles = counts_by(session, Role.official_id)
    statements = counts_by(session, Statement.official_id)
    for official in session.exec(select(Official).order_by(Official.name, Official.id)):
        yield {
            "id": official.id,
            "name": official.name,
            "sort_name": official.sort_name,
            "wikidata": official.wikidata,
            "aliases": "; ".join(a for a in aliases.get(official.id, []) if a != official.name),
            "roles": roles.get(official.id, 0),
            "statements": statements.get(official.id, 0),
        }


def counts_by(session: Session, column) -> dict[int, int]:
    rows = session.exec(select(column, func.count()).where(column.is_not(None)).group_by(column))
    return dict(rows.all())


def official_detail(*, session: Session, official: Official) -> dict[str, Any]:
    """Everything `official show` prints: aliases, roles with dates, statement count and span."""
    aliases = session.exec(
        select(OfficialAlias)
        .where(OfficialAlias.official_id == official.id)
        .order_by(OfficialAlias.id)
    ).all()
    count, first, last = session.exec(
        select(
            func.count(Statement.id),
            func.min(func.coalesce(Statement.said_from, Statement.said_to)),
            func.max(func.coalesce(Statement.said_to, Statement.said_from)),
        ).where(Statement.official_id == official.id)
    ).one()
    return {
        "id": official.id,
        "name": official.name,
        "sort_name": official.sort_name,
        "wikidata": official.wikidata,
        "notes": official.notes,
        "aliases": [
            {"alias": a.alias, "language": a.language} for a in aliases if a.alias != official.name
        ],
        "roles": list(role_rows(session=session, official=official)),
        "statements": count,
        "first_statement": _as_date(first),
        "last_statement": _as_date(last),
    }


def _as_date(value) -> date | None:
    """min()/max() of a date column come back as text on SQLite."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def edit_official(
    *,
    session: Session,
    official: Official,
    name: str | None = None,
    sort_name: str | None = None,
    wikidata: str | None = None,
    notes: str | None = None,
) -> list[str]:
    """Change the given fields ("" clears an optional one); returns the fields changed.

    A new name is also recorded as an alias; the old name stays one, so earlier
    spellings still find the official.
    """
    from tracker.services.people import add_official_alias, clean_name

    changed = []
    if name is not None:
        cleaned = clean_name(name, "official")
        if cleaned != official.name:
            official.name = cleaned
            add_official_alias(session=session, official=official, alias=cleaned)
            changed.append("name")
    if sort_name is not None:
        official.sort_name = sort_name.strip() or None
        changed.append("sort_name")
    if wikidata is not None:
        code = check_wikidata(wikidata)
        ensure_wikidata_free(session=session, model=Official, wikidata=code, own_id=official.id)
        official.wikidata = code
        changed.append("wikidata")
    if notes is not None:
        official.notes = notes.strip() or None
        changed.append("notes")
    if not changed:
        raise InvalidInput("nothing to change: give --name, --sort-name, --wikidata or --notes")
    session.add(official)
    session.flush()
    return changed


def merge_officials(*, session: Session, keep: Official, duplicate: Official) -> dict[str, int]:
    """Move everything of `duplicate` onto `keep`, then delete it; returns what moved.

    Its aliases (its name among them) become KEEP's; roles, statements and
    mentions are re-pointed; a Wikidata id, sort name or notes KEEP lacks are
    taken over, so nothing is lost.
    """
    if keep.id == duplicate.id:
        raise InvalidInput(f"cannot merge {keep.name} (id {keep.id}) into itself")
    moved = {
        "aliases": _move_aliases(session, keep, duplicate),
        "roles": repoint(session, Role, Role.official_id, duplicate.id, keep.id),
        "statements": repoint(session, Statement, Statement.official_id, duplicate.id, keep.id),
        "mentions": repoint_mentions(session, Mention.official_id, duplicate.id, keep.id),
    }
    wikidata = duplicate.wikidata
    notes = [n for n in (keep.notes, duplicate.notes) if n]
    keep.sort_name = keep.sort_name or duplicate.sort_name
    keep.notes = "\n".join(notes) or None
    session.delete(duplicate)
    session.flush()
    if wikidata and not keep.wikidata:
        keep.wikidata = wikidata
    session.add(keep)
    session.flush()
    return moved


def _move_aliases(session: Session, keep: Official, duplicate: Official) -> int:
    from tracker.services.people import add_official_alias

    count = 0
    for alias in session.exec(
        select(OfficialAlias).where(OfficialAlias.official_id == duplicate.id)
    ).all():
        if add_official_alias(
            session=session, official=keep, alias=alias.alias, language=alias.language
        ):
            count += 1
    return count


def repoint(session: Session, model, column, old_id: int, new_id: int) -> int:
    result = session.exec(update(model).where(column == old_id).values({column.key: new_id}))
    return result.rowcount


def repoint_mentions(session: Session, column, old_id: int, new_id: int) -> int:
    """Re-point mentions; a statement that mentioned both keeps one mention."""
    already = select(Mention.statement_id).where(column == new_id)
    session.exec(delete(Mention).where(column == old_id, Mention.statement_id.in_(already)))
    return repoint(session, Mention, column, old_id, new_id)


def official_references(*, session: Session, official: Official) -> dict[str, int]:
    """What refers to an official: roles, statements it made, statements mentioning it."""
    return {
        "roles": count_where(session, Role, Role.official_id == official.id),
        "statements": count_where(session, Statement, Statement.official_id == official.id),
        "mentions": count_where(session, Mention, Mention.official_id == official.id),
    }


def count_where(session: Session, model, condition) -> int:
    return session.exec(select(func.count()).select_from(model).where(condition)).one()


def describe_counts(counts: dict[str, int]) -> str:
    """{"roles": 2, "statements": 0, "mentions": 1} -> "2 roles, 1 mention"."""
    parts = [f"{n} {what if n != 1 else _singular(what)}" for what, n in counts.items() if n]
    return ", ".join(parts) or "nothing"


def _singular(plural: str) -> str:
    return plural[:-2] if plural.endswith("ses") else plural[:-1]


def remove_official(*, session: Session, official: Official, force: bool = False) -> dict:
    """Delete an official; refuse while anything refers to it unless `force`.

    With force its roles, the statements it made (with their citations) and
    mentions of it go too; the returned counts say what went.
    """
    counts = official_references(session=session, official=official)
    if any(counts.values()) and not force:
        raise InvalidInput(
            f"{official.name} (id {official.id}) is referred to by {describe_counts(counts)}; "
            "use --force to delete them with it"
        )
    session.exec(delete(Statement).where(Statement.official_id == official.id))
    session.delete(official)
    session.flush()
    return counts


def role_rows(
    *,
    session: Session,
    official: Official | None = None,
    institution: Institution | None = None,
) -> Iterator[dict[str, Any]]:
    """Roles with their official and institution, earliest first (fields: ROLE_COLUMNS)."""
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
    from tracker.services.people import roles_on

    held = roles_on(session=session, official_id=official_id, day_span=day_span)
    ordered = held + [
        r
        for r in session.exec(select(Role).where(Role.official_id == official_id)).all()
        if r not in held
    ]
    return [r for r in ordered if titles_match(r.title, title)]
