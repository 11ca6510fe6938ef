"""Every official, institution and role written as one Popolo JSON document (the mapping:
popolo_import). A parent cycle left by an older tracker is broken, as Popolo readers need."""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from tracker.models import Institution, InstitutionAlias, Official, OfficialAlias, Role
from tracker.services.roles import partial_date


def export_popolo(*, session: Session) -> dict[str, list[dict[str, Any]]]:
    """Every official, institution and role as a Popolo document."""
    official_aliases = _aliases(session, OfficialAlias, OfficialAlias.official_id)
    institution_aliases = _aliases(session, InstitutionAlias, InstitutionAlias.institution_id)
    institutions = session.exec(select(Institution).order_by(Institution.id)).all()
    parents = acyclic_parents({i.id: i.parent_id for i in institutions})
    persons = [
        _compact(
            {
                "id": f"official/{o.id}",
                "name": o.name,
                "sort_name": o.sort_name,
                "other_names": _names(official_aliases.get(o.id, []), o.name),
                "identifiers": _identifiers(o.wikidata),
            }
        )
        for o in session.exec(select(Official).order_by(Official.id))
    ]
    organizations = [
        _compact(
            {
                "id": f"institution/{i.id}",
                "name": i.name,
                "classification": i.kind,
                "country": i.country,
                "parent_id": f"institution/{parents[i.id]}" if parents[i.id] else None,
                "other_names": _names(institution_aliases.get(i.id, []), i.name),
                "identifiers": _identifiers(i.wikidata),
            }
        )
        for i in institutions
    ]
    memberships = [
        _compact(
            {
                "id": f"role/{r.id}",
                "person_id": f"official/{r.official_id}",
                "organization_id": f"institution/{r.institution_id}",
                "role": r.title,
                "start_date": partial_date(r.start_date, r.start_precision),
                "end_date": partial_date(r.end_date, r.end_precision),
            }
        )
        for r in session.exec(select(Role).order_by(Role.id))
    ]
    return {"persons": persons, "organizations": organizations, "memberships": memberships}


def acyclic_parents(parents: dict[int, int | None]) -> dict[int, int | None]:
    """Parent links with any cycle broken at its lowest id.

    Merges keep the hierarchy acyclic, but a database made by an older tracker
    may hold a cycle (each of two institutions the other's parent), which no
    Popolo reader can load; the export leaves that one link out.
    """
    result = dict(parents)
    for start in sorted(result):
        path: list[int] = []
        node: int | None = start
        while node is not None and node not in path:
            path.append(node)
            node = result.get(node)
        if node is not None:
            result[min(path[path.index(node) :])] = None
    return result


def _aliases(session: Session, model, owner) -> dict[int, list]:
    found: dict[int, list] = {}
    for alias in session.exec(select(model).order_by(owner, model.id)):
        found.setdefault(getattr(alias, owner.key), []).append(alias)
    return found


def _names(aliases: list, name: str) -> list[dict[str, str]]:
    return [_compact({"name": a.alias, "lang": a.language}) for a in aliases if a.alias != name]


def _identifiers(wikidata: str | None) -> list[dict[str, str]]:
    return [{"scheme": "wikidata", "identifier": wikidata}] if wikidata else []


def _compact(record: dict[str, Any]) -> dict[str, Any]:
    """Leave out empty fields, as Popolo documents do."""
    return {k: v for k, v in record.items() if v not in (None, "", [])}
