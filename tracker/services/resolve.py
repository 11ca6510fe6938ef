"""Finding officials and institutions by whatever name a user or an article gives.

A name is accepted as an id, or in any alias, spelling or script: every alias
is stored with its names.name_key, and the key of what was typed is looked up.
One match is the answer; several are an Ambiguous error listing them; none is
a NotFound error that suggests the closest names.
"""

from __future__ import annotations

from sqlmodel import Session, select

from tracker.errors import Ambiguous, NotFound
from tracker.models import Institution, InstitutionAlias, Official, OfficialAlias
from tracker.names import name_key, similarity

SUGGESTION_CUTOFF = 70


def official_candidates(*, session: Session, name: str) -> list[Official]:
    """Every official whose id is `name` or who has an alias with the same key.

    A single word that is nobody's whole name is taken as a surname: the last
    word of a name ("Ryabkov"), else the first (Chinese order: "Wang" of Wang Yi).
    """
    if (by_id := _by_id(session, Official, name)) is not None:
        return [by_id]
    key = name_key(name)
    found = _officials_where(session, OfficialAlias.key == key)
    if not found and key and " " not in key:
        found = _officials_where(session, OfficialAlias.key.endswith(" " + key, autoescape=True))
        if not found:
            found = _officials_where(
                session, OfficialAlias.key.startswith(key + " ", autoescape=True)
            )
    return found


def _officials_where(session: Session, condition) -> list[Official]:
    statement = (
        select(Official)
        .join(OfficialAlias, OfficialAlias.official_id == Official.id)
        .where(condition)
        .distinct()
        .order_by(Official.id)
    )
    return list(session.exec(statement))


def institution_candidates(*, session: Session, name: str) -> list[Institution]:
    """Every institution whose id is `name` or that has an alias with the same key."""
    if (by_id := _by_id(session, Institution, name)) is not None:
        return [by_id]
    statement = (
        select(Institution)
        .join(InstitutionAlias, InstitutionAlias.institution_id == Institution.id)
        .where(InstitutionAlias.key == name_key(name))
        .distinct()
        .order_by(Institution.id)
    )
    return list(session.exec(statement))


def find_official(*, session: Session, name: str) -> Official:
    """The one official `name` refers to; Ambiguous or NotFound otherwise."""
    found = official_candidates(session=session, name=name)
    return _one(
        found,
        name,
        "official",
        lambda: _suggest(session, Official, OfficialAlias.official_id, name),
    )


def find_institution(*, session: Session, name: str) -> Institution:
    """The one institution `name` refers to; Ambiguous or NotFound otherwise."""
    found = institution_candidates(session=session, name=name)
    return _one(
        found,
        name,
        "institution",
        lambda: _suggest(session, Institution, InstitutionAlias.institution_id, name),
    )


def _by_id(session: Session, model, name: str):
    text = name.strip()
    if text.isdigit():
        return session.get(model, int(text))
    return None


def _one(found: list, name: str, what: str, suggestions):
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(f"{r.name} (id {r.id})" for r in found)
        raise Ambiguous(f"{what} {name!r} is ambiguous: {listed}; give the id instead")
    close = suggestions()
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise NotFound(f"no {what} {name!r}{hint}")


def _suggest(session: Session, model, owner, name: str, limit: int = 3) -> list[str]:
    """The names of the closest records, scored on every alias they are known by.

    `owner` is the alias table's column that refers to `model` (OfficialAlias.official_id).
    """
    alias = owner.class_.alias
    rows = session.exec(select(alias, model.name).join(model, model.id == owner)).all()
    best: dict[str, float] = {}
    for spelling, display in rows:
        best[display] = max(best.get(display, 0.0), similarity(name, spelling))
    ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
    return [display for display, score in ranked[:limit] if score >= SUGGESTION_CUTOFF]
