"""Finding officials and institutions by whatever name a user or an article gives.

A name is accepted as an id, or in any alias, spelling or script: every alias
is stored with its names.name_key, and the key of what was typed is looked up.
One match is the answer; several are an Ambiguous error listing them; none is
a NotFound error that suggests the closest names.

The look-ups read through Core (tracker.tables), so that a query command
resolves names without importing SQLModel: *_matches and *_id answer with ids
and names; *_candidates and find_* load the model objects services work with.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from tracker.errors import Ambiguous, NotFound
from tracker.names import name_key
from tracker.tables import institution, institution_alias, official, official_alias, reading

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from tracker.models import Institution, Official

SUGGESTION_CUTOFF = 70


@dataclass(frozen=True)
class Match:
    """An official or institution a name refers to."""

    id: int
    name: str


def official_matches(*, session: Session | Connection, name: str) -> list[Match]:
    """Every official whose id is `name` or who has an alias with the same key.

    A single word that is nobody's whole name is taken as a surname: the last
    word of a name ("Ryabkov"), else the first (Chinese order: "Wang" of Wang Yi).
    """
    if (by_id := _by_id(session, official, name)) is not None:
        return by_id
    key = name_key(name)
    alias = official_alias.c
    found = _officials_where(session, alias.key == key)
    if not found and key and " " not in key:
        found = _officials_where(session, alias.key.endswith(" " + key, autoescape=True))
        if not found:
            found = _officials_where(session, alias.key.startswith(key + " ", autoescape=True))
    return found


def _officials_where(session: Session | Connection, condition) -> list[Match]:
    statement = (
        select(official.c.id, official.c.name)
        .join(official_alias, official_alias.c.official_id == official.c.id)
        .where(condition)
        .distinct()
        .order_by(official.c.id)
    )
    return [Match(*row) for row in reading(session).execute(statement)]


def institution_matches(*, session: Session | Connection, name: str) -> list[Match]:
    """Every institution whose id is `name` or that has an alias with the same key."""
    if (by_id := _by_id(session, institution, name)) is not None:
        return by_id
    statement = (
        select(institution.c.id, institution.c.name)
        .join(institution_alias, institution_alias.c.institution_id == institution.c.id)
        .where(institution_alias.c.key == name_key(name))
        .distinct()
        .order_by(institution.c.id)
    )
    return [Match(*row) for row in reading(session).execute(statement)]


def official_id(*, session: Session | Connection, name: str) -> int:
    """The id of the one official `name` refers to; Ambiguous or NotFound otherwise."""
    found = official_matches(session=session, name=name)
    owner = official_alias.c.official_id
    return _one(found, name, "official", lambda: _suggest(session, official, owner, name)).id


def institution_id(*, session: Session | Connection, name: str) -> int:
    """The id of the one institution `name` refers to; Ambiguous or NotFound otherwise."""
    found = institution_matches(session=session, name=name)
    owner = institution_alias.c.institution_id
    return _one(found, name, "institution", lambda: _suggest(session, institution, owner, name)).id


def official_candidates(*, session: Session | Connection, name: str) -> list[Official]:
    """The officials of official_matches, as model objects."""
    from tracker.models import Official

    return [session.get(Official, m.id) for m in official_matches(session=session, name=name)]


def institution_candidates(*, session: Session | Connection, name: str) -> list[Institution]:
    """The institutions of institution_matches, as model objects."""
    from tracker.models import Institution

    found = institution_matches(session=session, name=name)
    return [session.get(Institution, m.id) for m in found]


def find_official(*, session: Session | Connection, name: str) -> Official:
    """The one official `name` refers to; Ambiguous or NotFound otherwise."""
    from tracker.models import Official

    return session.get(Official, official_id(session=session, name=name))


def find_institution(*, session: Session | Connection, name: str) -> Institution:
    """The one institution `name` refers to; Ambiguous or NotFound otherwise."""
    from tracker.models import Institution

    return session.get(Institution, institution_id(session=session, name=name))


def _by_id(session: Session | Connection, table, name: str) -> list[Match] | None:
    """[the record] when `name` is the id of one, else None (and the name is looked up)."""
    text = name.strip()
    if not text.isdigit():
        return None
    row = reading(session).execute(select(table.c.id, table.c.name).where(table.c.id == int(text)))
    return [Match(*found) for found in row.all()] or None


def _one(found: list[Match], name: str, what: str, suggestions) -> Match:
    if len(found) == 1:
        return found[0]
    if found:
        listed = "; ".join(f"{r.name} (id {r.id})" for r in found)
        raise Ambiguous(f"{what} {name!r} is ambiguous: {listed}; give the id instead")
    close = suggestions()
    hint = f"; did you mean: {', '.join(close)}?" if close else ""
    raise NotFound(f"no {what} {name!r}{hint}")


def _suggest(session: Session | Connection, table, owner, name: str, limit: int = 3) -> list[str]:
    """The names of the closest records, scored on every alias they are known by.

    `owner` is the alias table's column that refers to `table` (official_alias.c.official_id).
    """
    from tracker.names import similarity

    alias = owner.table.c.alias
    rows = (
        reading(session).execute(select(alias, table.c.name).join(table, table.c.id == owner)).all()
    )
    best: dict[str, float] = {}
    for spelling, display in rows:
        best[display] = max(best.get(display, 0.0), similarity(name, spelling))
    ranked = sorted(best.items(), key=lambda item: item[1], reverse=True)
    return [display for display, score in ranked[:limit] if score >= SUGGESTION_CUTOFF]


def resolve_target(*, session: Session, name: str) -> tuple[Official | None, Institution | None]:
    """An official or an institution by name or id ("institution:12" forces the institution).

    A bare name is looked up among officials first, then institutions; a bare
    id means an official.
    """
    prefix, _, rest = name.partition(":")
    if rest and prefix.strip().lower() == "official":
        return find_official(session=session, name=rest), None
    if rest and prefix.strip().lower() == "institution":
        return None, find_institution(session=session, name=rest)
    try:
        return find_official(session=session, name=name), None
    except NotFound as person_missing:
        try:
            return None, find_institution(session=session, name=name)
        except NotFound as body_missing:
            hints = [_hint(person_missing), _hint(body_missing)]
            close = ", ".join(h for h in hints if h)
            raise NotFound(
                f"no official or institution {name!r}"
                + (f"; did you mean: {close}?" if close else "")
            ) from None


def _hint(error: NotFound) -> str:
    """The names a resolve.py NotFound suggests, without the wording around them."""
    _, _, hint = str(error).partition("did you mean: ")
    return hint.rstrip("?")
