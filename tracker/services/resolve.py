"""Finding officials and institutions by whatever name a user or an article gives.

A name is accepted as an id, or in any alias, spelling or script: every alias
is stored with its names.name_key, and the key of what was typed is looked up.
One match is the answer; several are an Ambiguous error listing them; none is
a NotFound error that suggests the closest names.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import Select, bindparam
from sqlmodel import Session, select

from tracker.errors import Ambiguous, NotFound
from tracker.models import Institution, InstitutionAlias, Official, OfficialAlias
from tracker.names import name_key, similarity
from tracker.prepared import Prepared, PreparedFamily

SUGGESTION_CUTOFF = 70


class OfficialRef(NamedTuple):
    """An official as a lookup by name gives it."""

    id: int
    name: str


class InstitutionRef(NamedTuple):
    """An institution as a lookup by name gives it."""

    id: int
    name: str
    kind: str
    country: str | None


# Run on the driver's cursor (tracker.prepared): ingest looks names up for every article.
_OFFICIAL, _OFFICIAL_ALIAS = Official.__table__, OfficialAlias.__table__
_INSTITUTION, _INSTITUTION_ALIAS = Institution.__table__, InstitutionAlias.__table__
_INSTITUTION_COLUMNS = (
    _INSTITUTION.c.id,
    _INSTITUTION.c.name,
    _INSTITUTION.c.kind,
    _INSTITUTION.c.country,
)


def _officials(*columns, where) -> Select:
    return (
        select(*columns, _OFFICIAL.c.id, _OFFICIAL.c.name)
        .join(_OFFICIAL_ALIAS, _OFFICIAL_ALIAS.c.official_id == _OFFICIAL.c.id)
        .where(where)
        .distinct()
        .order_by(_OFFICIAL.c.id)
    )


def _institutions(*columns, where) -> Select:
    return (
        select(*columns, *_INSTITUTION_COLUMNS)
        .join(_INSTITUTION_ALIAS, _INSTITUTION_ALIAS.c.institution_id == _INSTITUTION.c.id)
        .where(where)
        .distinct()
        .order_by(_INSTITUTION.c.id)
    )


def _keys_in(column, n: int):
    return column.in_([bindparam(f"key_{i}") for i in range(n)])


_OFFICIALS_BY_KEY = Prepared(_officials(where=_OFFICIAL_ALIAS.c.key == bindparam("key")))
_OFFICIALS_BY_PATTERN = Prepared(
    _officials(where=_OFFICIAL_ALIAS.c.key.like(bindparam("pattern"), escape="/"))
)
_OFFICIALS_BY_KEYS = PreparedFamily(
    lambda n: _officials(_OFFICIAL_ALIAS.c.key, where=_keys_in(_OFFICIAL_ALIAS.c.key, n))
)
_INSTITUTIONS_BY_KEY = Prepared(_institutions(where=_INSTITUTION_ALIAS.c.key == bindparam("key")))
_INSTITUTIONS_BY_KEYS = PreparedFamily(
    lambda n: _institutions(_INSTITUTION_ALIAS.c.key, where=_keys_in(_INSTITUTION_ALIAS.c.key, n))
)


def officials_named(*, session: Session, name: str) -> list[OfficialRef]:
    """Every official with an alias of the same key as `name`.

    A single word that is nobody's whole name is taken as a surname: the last
    word of a name ("Ryabkov"), else the first (Chinese order: "Wang" of Wang Yi).
    """
    key = name_key(name)
    found = _OFFICIALS_BY_KEY.all(session.connection(), {"key": key})
    if found:
        return [OfficialRef(*row) for row in found]
    return officials_by_surname(session=session, key=key)


def officials_by_surname(*, session: Session, key: str) -> list[OfficialRef]:
    """Every official a single-word name key may be the surname of, else the first name
    of; none for a key of several words."""
    if not key or " " in key:
        return []
    for pattern in (f"% {like_escaped(key)}", f"{like_escaped(key)} %"):
        found = _OFFICIALS_BY_PATTERN.all(session.connection(), {"pattern": pattern})
        if found:
            return [OfficialRef(*row) for row in found]
    return []


def officials_keyed(*, session: Session, keys: Iterable[str]) -> dict[str, list[OfficialRef]]:
    """For each name key, the officials with an alias of exactly that key (one query for
    them all; a key nobody has is left out)."""
    found: dict[str, list[OfficialRef]] = {}
    items = [{"key": key} for key in sorted(set(keys))]
    for key, *row in _OFFICIALS_BY_KEYS.all(session.connection(), items):
        found.setdefault(key, []).append(OfficialRef(*row))
    return found


def institutions_keyed(*, session: Session, keys: Iterable[str]) -> dict[str, list[InstitutionRef]]:
    """For each name key, the institutions with an alias of exactly that key (one query for
    them all; a key nothing has is left out)."""
    found: dict[str, list[InstitutionRef]] = {}
    items = [{"key": key} for key in sorted(set(keys))]
    for key, *row in _INSTITUTIONS_BY_KEYS.all(session.connection(), items):
        found.setdefault(key, []).append(InstitutionRef(*row))
    return found


def institutions_named(*, session: Session, name: str) -> list[InstitutionRef]:
    """Every institution with an alias of the same key as `name`."""
    rows = _INSTITUTIONS_BY_KEY.all(session.connection(), {"key": name_key(name)})
    return [InstitutionRef(*row) for row in rows]


def official_candidates(*, session: Session, name: str) -> list[Official]:
    """Every official whose id is `name` or who is officials_named it."""
    if (by_id := _by_id(session, Official, name)) is not None:
        return [by_id]
    return _load(session, Official, officials_named(session=session, name=name))


def institution_candidates(*, session: Session, name: str) -> list[Institution]:
    """Every institution whose id is `name` or that is institutions_named it."""
    if (by_id := _by_id(session, Institution, name)) is not None:
        return [by_id]
    return _load(session, Institution, institutions_named(session=session, name=name))


def _load(session: Session, model, rows: list[OfficialRef] | list[InstitutionRef]) -> list:
    if not rows:
        return []
    ids = [row.id for row in rows]
    return list(session.exec(select(model).where(model.id.in_(ids)).order_by(model.id)))


def like_escaped(text: str) -> str:
    """Text matched literally inside a LIKE pattern whose escape character is "/"."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


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
