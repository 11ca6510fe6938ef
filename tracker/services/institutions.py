"""Institutions: creating them with their aliases, listing, showing, editing, merging, removing.

Like officials, every name of an institution is an alias row with its name key.
A merge or a removal is one transaction (the caller's session).

It stays one module past 400 lines: it holds an institution's whole life cycle, as
officials.py holds an official's, so that the two read alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import bindparam, delete, insert, update
from sqlmodel import Session, select

from tracker.bulk import defaults
from tracker.errors import InvalidInput
from tracker.models import (
    INSTITUTION_KINDS,
    Institution,
    InstitutionAlias,
    Mention,
    Role,
    Source,
    Statement,
)
from tracker.names import name_key
from tracker.prepared import Prepared
from tracker.services.duplicate_statements import fold_duplicates
from tracker.services.references import (
    count_where,
    counts_by,
    describe_counts,
    repoint,
    repoint_mentions,
)
from tracker.services.roles import role_rows
from tracker.services.validate import (
    check_choice,
    check_country,
    check_wikidata,
    clean_name,
    ensure_wikidata_free,
)
from tracker.text import clean_optional

INSTITUTION_COLUMNS = (
    "id",
    "name",
    "kind",
    "country",
    "parent_id",
    "parent",
    "wikidata",
    "aliases",
    "roles",
    "statements",
)


def add_institution(
    *,
    session: Session,
    name: str,
    kind: str,
    country: str | None = None,
    parent: Institution | None = None,
    aliases: Iterable[str] = (),
    wikidata: str | None = None,
    notes: str | None = None,
) -> Institution:
    """A new institution, known by its name and every alias given."""
    name = clean_name(name, "institution")
    check_choice(kind, INSTITUTION_KINDS, "institution kind")
    institution = Institution(
        name=name,
        kind=kind,
        country=check_country(country),
        parent_id=parent.id if parent else None,
        wikidata=wikidata or None,
        notes=clean_optional(notes),
    )
    session.add(institution)
    session.flush()
    for alias in (name, *aliases):
        add_institution_alias(session=session, institution=institution, alias=alias)
    return institution


def add_institution_alias(
    *, session: Session, institution: Institution, alias: str, language: str | None = None
) -> InstitutionAlias | None:
    """Record another name of an institution; None when that exact spelling is already known."""
    alias = clean_name(alias, "alias")
    key = name_key(alias)
    existing = session.exec(
        select(InstitutionAlias).where(
            InstitutionAlias.institution_id == institution.id, InstitutionAlias.alias == alias
        )
    ).first()
    if existing is not None:
        return None
    row = InstitutionAlias(institution_id=institution.id, alias=alias, key=key, language=language)
    session.add(row)
    session.flush()
    return row


def remove_institution_alias(
    *, session: Session, institution: Institution, alias: str
) -> list[str]:
    """Forget a name of an institution: that spelling, else every alias of the same key;
    returns the spellings removed. The display name stays (`institution edit --name`)."""
    rows = session.exec(
        select(InstitutionAlias).where(InstitutionAlias.institution_id == institution.id)
    ).all()
    found = [r for r in rows if r.alias == alias.strip()] or [
        r for r in rows if r.key == name_key(alias)
    ]
    if not found:
        known = "; ".join(r.alias for r in rows if r.alias != institution.name) or "none"
        raise InvalidInput(
            f"{institution.name} (id {institution.id}) has no alias {alias!r} (aliases: {known})"
        )
    if any(r.alias == institution.name for r in found):
        raise InvalidInput(
            f"{institution.name!r} is the institution's name; give another first with "
            "`tracker institution edit --name`"
        )
    for row in found:
        session.delete(row)
    session.flush()
    return [r.alias for r in found]


_INSTITUTION, _INSTITUTION_ALIAS = Institution.__table__, InstitutionAlias.__table__
_CREATED_AT = defaults(_INSTITUTION)["created_at"]
_NEW_INSTITUTION = Prepared(
    insert(_INSTITUTION)
    .values({name: bindparam(name) for name in ("name", "kind", "country", "created_at")})
    .returning(_INSTITUTION.c.id)
)
_NEW_INSTITUTION_ALIAS = Prepared(
    insert(_INSTITUTION_ALIAS).values(
        institution_id=bindparam("institution_id"), alias=bindparam("alias"), key=bindparam("key")
    )
)


def record_institution(
    *, session: Session, name: str, kind: str, country: str | None = None
) -> tuple[int, str]:
    """(id, name) of a new institution known by one name: the rows add_institution writes
    for it, inserted directly (ingest creates the bodies its articles name so)."""
    values = {
        "name": clean_name(name, "institution"),
        "kind": check_choice(kind, INSTITUTION_KINDS, "institution kind"),
        "country": check_country(country),
        "created_at": _CREATED_AT(),
    }
    connection = session.connection()
    ((institution_id,),) = _NEW_INSTITUTION.all(connection, values)
    alias = {"institution_id": institution_id, "alias": values["name"],
             "key": name_key(values["name"])}  # fmt: skip
    _NEW_INSTITUTION_ALIAS.all(connection, alias)
    return institution_id, values["name"]


def institution_rows(*, session: Session, kind: str | None = None) -> Iterator[dict[str, Any]]:
    """One row per institution, by name (fields: INSTITUTION_COLUMNS)."""
    aliases: dict[int, list[str]] = {}
    for institution_id, alias in session.exec(
        select(InstitutionAlias.institution_id, InstitutionAlias.alias).order_by(
            InstitutionAlias.id
        )
    ):
        aliases.setdefault(institution_id, []).append(alias)
    names = dict(session.exec(select(Institution.id, Institution.name)).all())
    roles = counts_by(session, Role.institution_id)
    statements = counts_by(session, Statement.institution_id)
    query = select(Institution).order_by(Institution.name, Institution.id)
    if kind is not None:
        query = query.where(
            Institution.kind == check_choice(kind, INSTITUTION_KINDS, "institution kind")
        )
    for inst in session.exec(query):
        yield {
            "id": inst.id,
            "name": inst.name,
            "kind": inst.kind,
            "country": inst.country,
            "parent_id": inst.parent_id,
            "parent": names.get(inst.parent_id),
            "wikidata": inst.wikidata,
            "aliases": "; ".join(a for a in aliases.get(inst.id, []) if a != inst.name),
            "roles": roles.get(inst.id, 0),
            "statements": statements.get(inst.id, 0),
        }


def institution_detail(
    *, session: Session, institution: Institution, full: bool = True
) -> dict[str, Any]:
    """Everything `institution show` prints: aliases, parent, parts, roles, statement count.

    full=False leaves out the roles (an empty list) and the counts (None), for a caller
    that reads a page of them itself: an institution can have thousands of roles and
    hundreds of thousands of statements.
    """
    aliases = session.exec(
        select(InstitutionAlias)
        .where(InstitutionAlias.institution_id == institution.id)
        .order_by(InstitutionAlias.id)
    ).all()
    parent = session.get(Institution, institution.parent_id) if institution.parent_id else None
    children = session.exec(
        select(Institution)
        .where(Institution.parent_id == institution.id)
        .order_by(Institution.name)
    ).all()
    return {
        "id": institution.id,
        "name": institution.name,
        "kind": institution.kind,
        "country": institution.country,
        "parent": {"id": parent.id, "name": parent.name} if parent else None,
        "wikidata": institution.wikidata,
        "notes": institution.notes,
        "aliases": [
            {"alias": a.alias, "language": a.language}
            for a in aliases
            if a.alias != institution.name
        ],
        "parts": [{"id": c.id, "name": c.name, "kind": c.kind} for c in children],
        "roles": list(role_rows(session=session, institution=institution)) if full else [],
        "statements": (
            count_where(session, Statement, Statement.institution_id == institution.id)
            if full
            else None
        ),
        "sources": count_where(session, Source, Source.outlet_id == institution.id)
        if full
        else None,
    }


def edit_institution(
    *,
    session: Session,
    institution: Institution,
    name: str | None = None,
    kind: str | None = None,
    country: str | None = None,
    parent: Institution | None = None,
    clear_parent: bool = False,
    wikidata: str | None = None,
    notes: str | None = None,
) -> list[str]:
    """Change the given fields ("" clears an optional one); returns the fields changed.

    A new name is also recorded as an alias and the old one stays one.
    """
    changed = []
    if name is not None:
        cleaned = clean_name(name, "institution")
        if cleaned != institution.name:
            institution.name = cleaned
            add_institution_alias(session=session, institution=institution, alias=cleaned)
            changed.append("name")
    if kind is not None:
        institution.kind = check_choice(kind, INSTITUTION_KINDS, "institution kind")
        changed.append("kind")
    if country is not None:
        institution.country = check_country(country)
        changed.append("country")
    if parent is not None or clear_parent:
        if parent is not None:
            check_parent(session=session, institution=institution, parent=parent)
        institution.parent_id = parent.id if parent else None
        changed.append("parent")
    if wikidata is not None:
        code = check_wikidata(wikidata)
        ensure_wikidata_free(
            session=session, model=Institution, wikidata=code, own_id=institution.id
        )
        institution.wikidata = code
        changed.append("wikidata")
    if notes is not None:
        institution.notes = clean_optional(notes)
        changed.append("notes")
    if not changed:
        raise InvalidInput(
            "nothing to change: give --name, --kind, --country, --parent, --wikidata or --notes"
        )
    session.add(institution)
    session.flush()
    return changed


def check_parent(*, session: Session, institution: Institution, parent: Institution) -> None:
    """Refuse a parent that is the institution itself or one of its own parts."""
    seen = set()
    current: Institution | None = parent
    while current is not None and current.id not in seen:
        if current.id == institution.id:
            raise InvalidInput(
                f"{parent.name} (id {parent.id}) cannot be the parent of {institution.name}: "
                "it is that institution or one of its parts"
            )
        seen.add(current.id)
        current = session.get(Institution, current.parent_id) if current.parent_id else None


def merge_institutions(
    *, session: Session, keep: Institution, duplicate: Institution
) -> dict[str, int]:
    """Move everything of `duplicate` onto `keep`, then delete it; returns what moved.

    Aliases (its name among them), roles, statements, mentions, sources it
    published and institutions under it move over; a country, parent,
    Wikidata id or notes KEEP lacks are taken over.
    """
    if keep.id == duplicate.id:
        raise InvalidInput(f"cannot merge {keep.name} (id {keep.id}) into itself")
    joining = session.exec(
        select(Statement.id).where(
            Statement.institution_id == duplicate.id, Statement.official_id.is_(None)
        )
    ).all()
    aliases = 0
    for alias in session.exec(
        select(InstitutionAlias).where(InstitutionAlias.institution_id == duplicate.id)
    ).all():
        if add_institution_alias(
            session=session, institution=keep, alias=alias.alias, language=alias.language
        ):
            aliases += 1
    keep.parent_id = _parent_after_merge(session, keep, duplicate)
    keep.country = keep.country or duplicate.country
    keep.notes = "\n".join(n for n in (keep.notes, duplicate.notes) if n) or None
    session.add(keep)
    session.flush()
    moved = {
        "aliases": aliases,
        "roles": repoint(session, Role, Role.institution_id, duplicate.id, keep.id),
        "statements": repoint(session, Statement, Statement.institution_id, duplicate.id, keep.id),
        "mentions": repoint_mentions(session, Mention.institution_id, duplicate.id, keep.id),
        "sources": repoint(session, Source, Source.outlet_id, duplicate.id, keep.id),
        "parts": _move_parts(session, duplicate.id, keep.id),
    }
    moved["folded"] = fold_duplicates(session, statement_ids=joining)
    wikidata = duplicate.wikidata
    session.delete(duplicate)
    session.flush()
    if wikidata and not keep.wikidata:
        keep.wikidata = wikidata
        session.add(keep)
        session.flush()
    return moved


def _ancestors(session: Session, institution_id: int | None) -> list[int]:
    """The ids above an institution, its parent first (a cycle an older tracker left is cut
    where it closes)."""
    found: list[int] = []
    while institution_id is not None and institution_id not in found:
        found.append(institution_id)
        institution_id = session.exec(
            select(Institution.parent_id).where(Institution.id == institution_id)
        ).first()
    return found[1:] if found else found


def _parent_after_merge(session: Session, keep: Institution, duplicate: Institution) -> int | None:
    """KEEP's parent once DUPLICATE is folded into it, chosen so that no cycle forms.

    When DUPLICATE is above KEEP (D under C under K, merge K into D), the merged
    institution stands where DUPLICATE stood: DUPLICATE's parent. Otherwise KEEP
    keeps its parent, or takes DUPLICATE's when it has none, unless that one is
    KEEP or under it (K under C under D, merge K into D: C is D's part, so D
    stays where it is). The parts of DUPLICATE then become KEEP's, which cannot
    close a cycle either.
    """
    above_keep = _ancestors(session, keep.id)
    if duplicate.id in above_keep:
        candidate = duplicate.parent_id
    elif keep.parent_id is not None:
        return keep.parent_id
    else:
        candidate = duplicate.parent_id
    if candidate is None or candidate == keep.id or keep.id in _ancestors(session, candidate):
        return None
    return candidate


def _move_parts(session: Session, old_id: int, new_id: int) -> int:
    result = session.exec(
        update(Institution)
        .where(Institution.parent_id == old_id, Institution.id != new_id)
        .values(parent_id=new_id)
    )
    return result.rowcount


def institution_references(*, session: Session, institution: Institution) -> dict[str, int]:
    """What refers to an institution: roles, statements, mentions, sources, parts."""
    return {
        "roles": count_where(session, Role, Role.institution_id == institution.id),
        "statements": count_where(session, Statement, Statement.institution_id == institution.id),
        "mentions": count_where(session, Mention, Mention.institution_id == institution.id),
        "sources": count_where(session, Source, Source.outlet_id == institution.id),
        "parts": count_where(session, Institution, Institution.parent_id == institution.id),
    }


def remove_institution(
    *, session: Session, institution: Institution, force: bool = False
) -> dict[str, int]:
    """Delete an institution; refuse while anything refers to it unless `force`.

    With force, its roles, the statements made for it and mentions of it are
    deleted; sources it published lose their outlet and its parts their parent.
    """
    counts = institution_references(session=session, institution=institution)
    if any(counts.values()) and not force:
        raise InvalidInput(
            f"{institution.name} (id {institution.id}) is referred to by "
            f"{describe_counts(counts)}; use --force to delete it anyway"
        )
    session.exec(delete(Statement).where(Statement.institution_id == institution.id))
    session.delete(institution)
    session.flush()
    return counts
