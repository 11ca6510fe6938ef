"""Officials, institutions and roles read from Popolo JSON (persons, organizations,
memberships); written back by popolo_export.

The mapping: a person is an official (name, sort_name, other_names, a
"wikidata" identifier); an organization is an institution (classification =
kind, a top-level ISO 3166-1 alpha-2 "country", parent_id, other_names,
identifiers); a membership is a role (person_id, organization_id, role =
title, start_date/end_date as partial dates YYYY, YYYY-MM or YYYY-MM-DD).

Import matches existing records by Wikidata id, then by name key (any
spelling of the name or an alias), so importing the same file twice changes
nothing; the caller's session makes the whole file one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, select

from tracker.dates import DateSpan, parse_date
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
from tracker.services.institutions import add_institution, add_institution_alias, check_parent
from tracker.services.officials import add_official, add_official_alias
from tracker.services.roles import add_role, titles_match
from tracker.services.validate import check_choice, check_country, check_wikidata
from tracker.text import clean_line

KIND_SYNONYMS = {"international organization": "international organisation"}


@dataclass
class PopoloImportReport:
    """What an import did, counted."""

    counts: dict[str, int] = field(
        default_factory=lambda: dict.fromkeys(
            (
                "officials_added",
                "officials_matched",
                "institutions_added",
                "institutions_matched",
                "roles_added",
                "roles_present",
                "aliases_added",
            ),
            0,
        )
    )

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] += n

    def summary(self) -> str:
        c = self.counts
        return (
            f"officials: {c['officials_added']} added, {c['officials_matched']} matched; "
            f"institutions: {c['institutions_added']} added, "
            f"{c['institutions_matched']} matched; "
            f"roles: {c['roles_added']} added, {c['roles_present']} already present; "
            f"aliases added: {c['aliases_added']}"
        )


def import_popolo(*, session: Session, data: Any) -> PopoloImportReport:
    """Load a Popolo document into the database; InvalidInput names the first bad record."""
    if not isinstance(data, dict):
        raise InvalidInput(
            "a Popolo file is a JSON object with persons, organizations, memberships"
        )
    report = PopoloImportReport()
    organizations = _records(data, "organizations")
    persons = _records(data, "persons")
    memberships = _records(data, "memberships")
    organization_ids = _ids(organizations, "organizations")
    institutions = {
        key: _import_organization(session, org, f"organizations[{n}]", report)
        for n, (key, org) in enumerate(zip(organization_ids, organizations, strict=True))
    }
    for n, org in enumerate(organizations):
        _link_parent(session, org, institutions, f"organizations[{n}]")
    person_ids = _ids(persons, "persons")
    officials = {
        key: _import_person(session, person, f"persons[{n}]", report)
        for n, (key, person) in enumerate(zip(person_ids, persons, strict=True))
    }
    for n, membership in enumerate(memberships):
        _import_membership(
            session, membership, officials, institutions, f"memberships[{n}]", report
        )
    session.flush()
    return report


def _records(data: dict, key: str) -> list[dict]:
    records = data.get(key) or []
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InvalidInput(f"{key!r} must be a list of JSON objects")
    return records


def _id(record: dict, where: str, key: str = "id") -> str:
    """A record's id (or a reference to one) as text; ids are strings or whole numbers."""
    value = record.get(key)
    if value is None or value == "":
        raise InvalidInput(f"{where}: missing {key!r}")
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InvalidInput(f"{where}: {key!r} must be a string or a whole number, not {value!r}")
    return str(value)


def _ids(records: list[dict], what: str) -> list[str]:
    """The ids of a list of records, each once; a repeated id is refused."""
    seen: dict[str, int] = {}
    for n, record in enumerate(records):
        found = _id(record, f"{what}[{n}]")
        if found in seen:
            raise InvalidInput(f"{what}[{n}]: id {found!r} repeats {what}[{seen[found]}]")
        seen[found] = n
    return list(seen)


def _text(record: dict, key: str, where: str, *, required: bool = False) -> str | None:
    value = record.get(key)
    if value is None or (isinstance(value, str) and not clean_line(value)):
        if required:
            raise InvalidInput(f"{where}: missing {key!r}")
        return None
    if not isinstance(value, str):
        raise InvalidInput(f"{where}: {key!r} must be a string")
    return clean_line(value)


def _other_names(record: dict, where: str) -> list[tuple[str, str | None]]:
    names = record.get("other_names") or []
    if not isinstance(names, list):
        raise InvalidInput(f"{where}: 'other_names' must be a list")
    found = []
    for n, entry in enumerate(names):
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict):
            raise InvalidInput(f"{where}.other_names[{n}]: must be an object with a 'name'")
        name = _text(entry, "name", f"{where}.other_names[{n}]", required=True)
        found.append((name, _language(entry, f"{where}.other_names[{n}]")))
    return found


def _language(entry: dict, where: str) -> str | None:
    value = entry.get("lang") or entry.get("language")
    if value is None:
        return None
    if not isinstance(value, str) or len(clean_line(value)) > 10:
        raise InvalidInput(f"{where}: 'lang' must be a language code such as en or ru")
    return clean_line(value) or None


def _wikidata(record: dict, where: str) -> str | None:
    identifiers = record.get("identifiers") or []
    if not isinstance(identifiers, list):
        raise InvalidInput(f"{where}: 'identifiers' must be a list")
    for entry in identifiers:
        if isinstance(entry, dict) and str(entry.get("scheme", "")).lower() == "wikidata":
            try:
                return check_wikidata(str(entry.get("identifier", "")))
            except InvalidInput as exc:
                raise InvalidInput(f"{where}: {exc}") from None
    return None


def _match(
    session: Session, model, alias_model, owner, wikidata: str | None, name: str, where: str
):
    """The existing record with this Wikidata id, else the one with this name key."""
    if wikidata:
        found = session.exec(select(model).where(model.wikidata == wikidata)).first()
        if found is not None:
            return found
    candidates = session.exec(
        select(model)
        .join(alias_model, owner == model.id)
        .where(alias_model.key == name_key(name))
        .distinct()
        .order_by(model.id)
    ).all()
    candidates = [c for c in candidates if not (wikidata and c.wikidata)]
    if len(candidates) > 1:
        listed = "; ".join(f"{c.name} (id {c.id})" for c in candidates)
        raise InvalidInput(f"{where}: {name!r} matches several records: {listed}")
    return candidates[0] if candidates else None


def _import_organization(
    session: Session, org: dict, where: str, report: PopoloImportReport
) -> Institution:
    name = _text(org, "name", where, required=True)
    kind = _kind(org, where)
    try:
        country = check_country(_text(org, "country", where))
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc}") from None
    wikidata = _wikidata(org, where)
    aliases = _other_names(org, where)
    found = _match(
        session,
        Institution,
        InstitutionAlias,
        InstitutionAlias.institution_id,
        wikidata,
        name,
        where,
    )
    if found is None:
        found = add_institution(
            session=session, name=name, kind=kind, country=country, wikidata=wikidata
        )
        report.add("institutions_added")
    else:
        found.country = found.country or country
        found.wikidata = found.wikidata or wikidata
        session.add(found)
        report.add("institutions_matched")
        aliases.insert(0, (name, None))
    for alias, language in aliases:
        if add_institution_alias(
            session=session, institution=found, alias=alias, language=language
        ):
            report.add("aliases_added")
    return found


def _kind(org: dict, where: str) -> str:
    raw = _text(org, "classification", where) or "other"
    kind = KIND_SYNONYMS.get(raw.lower(), raw.lower())
    try:
        return check_choice(kind, INSTITUTION_KINDS, "institution kind")
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: classification: {exc}") from None


def _link_parent(
    session: Session, org: dict, institutions: dict[str, Institution], where: str
) -> None:
    if org.get("parent_id") in (None, ""):
        return
    parent_id = _id(org, where, "parent_id")
    parent = institutions.get(parent_id)
    if parent is None:
        raise InvalidInput(f"{where}: parent_id {parent_id!r} is not an organization in the file")
    institution = institutions[str(org["id"])]
    if institution.parent_id is None:
        try:
            check_parent(session=session, institution=institution, parent=parent)
        except InvalidInput as exc:
            raise InvalidInput(f"{where}: {exc}") from None
        institution.parent_id = parent.id
        session.add(institution)
        session.flush()


def _import_person(
    session: Session, person: dict, where: str, report: PopoloImportReport
) -> Official:
    name = _text(person, "name", where, required=True)
    wikidata = _wikidata(person, where)
    aliases = _other_names(person, where)
    found = _match(
        session, Official, OfficialAlias, OfficialAlias.official_id, wikidata, name, where
    )
    if found is None:
        found = add_official(
            session=session,
            name=name,
            wikidata=wikidata,
            sort_name=_text(person, "sort_name", where),
        )
        report.add("officials_added")
    else:
        found.wikidata = found.wikidata or wikidata
        found.sort_name = found.sort_name or _text(person, "sort_name", where)
        session.add(found)
        report.add("officials_matched")
        aliases.insert(0, (name, None))
    for alias, language in aliases:
        if add_official_alias(session=session, official=found, alias=alias, language=language):
            report.add("aliases_added")
    return found


def _import_membership(
    session: Session,
    membership: dict,
    officials: dict[str, Official],
    institutions: dict[str, Institution],
    where: str,
    report: PopoloImportReport,
) -> None:
    official = _lookup(membership, "person_id", officials, "person", where)
    institution = _lookup(membership, "organization_id", institutions, "organization", where)
    title = _text(membership, "role", where) or _text(membership, "label", where)
    if title is None:
        raise InvalidInput(f"{where}: missing 'role' (the post's title)")
    start = _partial(membership, "start_date", where)
    end = _partial(membership, "end_date", where)
    start_day = start.start if start else None
    existing = session.exec(
        select(Role).where(
            Role.official_id == official.id,
            Role.institution_id == institution.id,
            Role.start_date == start_day if start_day else Role.start_date.is_(None),
        )
    ).all()
    if any(titles_match(r.title, title) for r in existing):
        report.add("roles_present")
        return
    try:
        add_role(
            session=session,
            official=official,
            institution=institution,
            title=title,
            start=start,
            end=end,
        )
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {exc}") from None
    report.add("roles_added")


def _lookup(record: dict, key: str, known: dict, what: str, where: str):
    value = _id(record, where, key)
    if value not in known:
        raise InvalidInput(f"{where}: {key} {value!r} is not a {what} in the file")
    return known[value]


def _partial(record: dict, key: str, where: str) -> DateSpan | None:
    value = record.get(key)
    if value in (None, ""):
        return None
    try:
        span = parse_date(str(value))
    except InvalidInput as exc:
        raise InvalidInput(f"{where}: {key}: {exc}") from None
    if span.precision not in ("day", "month", "year"):
        raise InvalidInput(f"{where}: {key} must be YYYY, YYYY-MM or YYYY-MM-DD (got {value!r})")
    return span
