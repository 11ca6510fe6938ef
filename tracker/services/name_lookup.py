"""Name look-ups ingest makes for every article, prepared once and run on the driver's cursor.

Matching an article's speakers asks the same few questions many times (every official with
this name key, every institution with one of these keys): each is one prebuilt statement
(tracker.prepared), answered with plain (id, name) rows. resolve.py answers a user's typed
name with errors and suggestions; this module answers ingest, which must be fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from sqlalchemy import Select, bindparam, or_
from sqlmodel import Session, select

from tracker.models import Institution, InstitutionAlias, Official, OfficialAlias
from tracker.names import name_key, without_generation
from tracker.prepared import Prepared, PreparedFamily
from tracker.services.name_similarity import compatible_first_names, same_surname
from tracker.services.speaker_phrases import is_within


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


def _near_aliases(close: bool) -> Prepared:
    alias = OfficialAlias.__table__.c
    wanted = [
        alias.key.like(bindparam("part"), escape="/"),
        alias.key == bindparam("surname"),
        alias.key.like(bindparam("ending"), escape="/"),
    ]
    if close:
        wanted.append(alias.key.like(bindparam("close"), escape="/"))
        wanted.append(alias.key.like(bindparam("close_h"), escape="/"))
    return Prepared(select(alias.official_id, alias.key).where(or_(*wanted)))


_NEAR_ALIASES = {close: _near_aliases(close) for close in (False, True)}


def _h_variant(surname: str) -> str:
    """The surname's opening with the "h" romanisations add or drop after its first letter:
    "Ghebremeskel"/"Gebremeskel", "Khalil"/"Kalil", "Dhaka"/"Daka"."""
    if surname[1:2] == "h":
        return surname[:1] + surname[2:3]
    return surname[:1] + "h" + surname[1:2]


def officials_near(*, session: Session, key: str) -> list[int]:
    """The ids of officials one of whose names holds every word of `key` in order ("bin
    farhan" and "faisal bin farhan" of "Faisal bin Farhan Al Saud"), else those with its
    surname (or a close spelling) and a compatible first name (name_similarity): one scan
    of the aliases for both."""
    words = without_generation(key.split())
    if not words:
        return []
    surname = words[-1]
    values = {
        "part": f"%{like_escaped(max(words, key=len))}%",
        "surname": surname,
        "ending": f"% {like_escaped(surname)}",
        "close": f"% {like_escaped(surname[:2])}%",
        "close_h": f"% {like_escaped(_h_variant(surname))}%",
    }
    shape = len(surname) >= 5  # long enough for a misspelt surname to be worth a look
    rows = _NEAR_ALIASES[shape].all(session.connection(), values)
    within = {i for i, alias_key in rows if is_within(words, without_generation(alias_key.split()))}
    if within:
        return sorted(within)
    similar = set()
    for official_id, alias_key in rows:
        alias_words = without_generation(alias_key.split())
        by_surname = alias_words[-1:] == [surname]
        opens = f" {surname[:2]}" in alias_key or f" {_h_variant(surname)}" in alias_key
        if not (by_surname or shape and opens):
            continue  # found by the part alone
        if not same_surname(alias_words[-1], surname):
            continue
        if len(words) > 1 and len(alias_words) > 1:
            if not compatible_first_names(words[0], alias_words[0]):
                continue
        elif len(words) > 1 and len(alias_words) == 1:
            continue  # a bare surname alias says nothing about "Maria" or "Sergey"
        similar.add(official_id)
    return sorted(similar)


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


def like_escaped(text: str) -> str:
    """Text matched literally inside a LIKE pattern whose escape character is "/"."""
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")
