"""Creating officials, institutions, their aliases and their dated roles.

Every name an official or institution is known by is an alias row carrying
its name key, the display name included, so that resolve.py finds records by
one indexed lookup whatever spelling or script is typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import and_, or_
from sqlmodel import Session, select

from tracker.dates import DateSpan
from tracker.errors import InvalidInput
from tracker.models import (
    INSTITUTION_KINDS,
    Institution,
    InstitutionAlias,
    Official,
    OfficialAlias,
    Role,
)
from tracker.names import name_key


def add_official(
    *,
    session: Session,
    name: str,
    aliases: Iterable[str] = (),
    wikidata: str | None = None,
    notes: str | None = None,
    sort_name: str | None = None,
) -> Official:
    """A new official, known by its name and every alias given."""
    name = clean_name(name, "official")
    official = Official(name=name, wikidata=wikidata or None, notes=notes, sort_name=sort_name)
    session.add(official)
    session.flush()
    for alias in (name, *aliases):
        add_official_alias(session=session, official=official, alias=alias)
    return official


def add_official_alias(
    *, session: Session, official: Official, alias: str, language: str | None = None
) -> OfficialAlias | None:
    """Record another name of an official; None when that exact spelling is already known."""
    alias = clean_name(alias, "alias")
    key = name_key(alias)
    existing = session.exec(
        select(OfficialAlias).where(
            OfficialAlias.official_id == official.id, OfficialAlias.alias == alias
        )
    ).first()
    if existing is not None:
        return None
    row = OfficialAlias(official_id=official.id, alias=alias, key=key, language=language)
    session.add(row)
    session.flush()
    return row


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
    check_kind(kind)
    institution = Institution(
        name=name,
        kind=kind,
        country=check_country(country),
        parent_id=parent.id if parent else None,
        wikidata=wikidata or None,
        notes=notes,
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
    return role


def roles_on(
    *,
    session: Session,
    official_id: int,
    day_span: DateSpan,
    institution_id: int | None = None,
) -> list[Role]:
    """The roles an official may have held during `day_span`, latest start first."""
    statement = select(Role).where(Role.official_id == official_id)
    if institution_id is not None:
        statement = statement.where(Role.institution_id == institution_id)
    if day_span.end is not None:
        statement = statement.where(or_(Role.start_date.is_(None), Role.start_date <= day_span.end))
    if day_span.start is not None:
        statement = statement.where(or_(Role.end_date.is_(None), Role.end_date >= day_span.start))
    statement = statement.order_by(
        and_(Role.start_date.is_(None)).asc(), Role.start_date.desc(), Role.id.desc()
    )
    return list(session.exec(statement))


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


def check_kind(kind: str) -> str:
    if kind not in INSTITUTION_KINDS:
        raise InvalidInput(
            f"unknown institution kind {kind!r}; use one of: {', '.join(INSTITUTION_KINDS)}"
        )
    return kind


def check_country(country: str | None) -> str | None:
    """An ISO 3166-1 alpha-2 code, upper-cased; InvalidInput for anything else."""
    if country is None or country == "":
        return None
    from tracker.countries import ISO_3166_ALPHA2

    code = country.strip().upper()
    if code not in ISO_3166_ALPHA2:
        raise InvalidInput(
            f"{country!r} is not an ISO 3166-1 alpha-2 country code (e.g. RU, US, CN)"
        )
    return code


def clean_name(value: str, what: str) -> str:
    """A name with its white space folded; InvalidInput when empty or over 300 characters."""
    cleaned = " ".join((value or "").split())
    if not cleaned:
        raise InvalidInput(f"empty {what} name")
    if len(cleaned) > 300:
        raise InvalidInput(f"{what} name longer than 300 characters")
    return cleaned
