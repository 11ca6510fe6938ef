"""Officials who are likely one person recorded twice, and which names belong to a person.

A transcript's "MR MILLER" and a later article's "Jason Miller" become two officials
when nothing links them at the time. likely_duplicates() lists the pairs worth a
look: the same surname, given names that can be the same (equal, an initial, close
variants, or none given), different Wikidata ids ruled out, and roles that do not
contradict it (when both have roles, two of them overlap in time at one institution,
or under one title). resembles() tells whether a name can be a person's at all,
which `official merge` uses to leave junk names ("Travels") behind.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import combinations

from sqlmodel import Session, select

from tracker.models import Official, OfficialAlias, Role, Statement
from tracker.names import name_key, similarity
from tracker.services.name_similarity import compatible_first_names, same_surname
from tracker.services.references import counts_by

RESEMBLANCE = 85.0  # names.similarity of two spellings of one name


@dataclass(frozen=True)
class Pair:
    """Two officials that are likely one person: merge `duplicate` into `keep`."""

    keep: Official
    duplicate: Official
    reason: str

    @property
    def command(self) -> str:
        return f"tracker official merge {self.keep.id} {self.duplicate.id}"


def compatible_names(a: str, b: str) -> bool:
    """Whether two names can be one person's: the same surname, and given names that agree
    where both are given ("Miller" and "Jason Miller"; "J. Miller" and "Jason Miller")."""
    first, second = name_key(a).split(), name_key(b).split()
    if not first or not second or not same_surname(first[-1], second[-1]):
        return False
    if len(first) == 1 or len(second) == 1:
        return True
    return compatible_first_names(first[0], second[0])


def resembles(name: str, names: list[str]) -> bool:
    """Whether `name` can be another spelling of one of `names` (the same key, compatible
    names, or close spellings: "Sergei Riabkov", "Сергей Рябков", "RYABKOV")."""
    key = name_key(name)
    return any(
        key == name_key(other)
        or compatible_names(name, other)
        or similarity(name, other) >= RESEMBLANCE
        for other in names
    )


def likely_duplicates(*, session: Session) -> list[Pair]:
    """Pairs of officials that are likely one person, most likely first (see the module)."""
    officials = {o.id: o for o in session.exec(select(Official))}
    names: dict[int, list[str]] = {i: [o.name] for i, o in officials.items()}
    for official_id, alias in session.exec(select(OfficialAlias.official_id, OfficialAlias.alias)):
        names.setdefault(official_id, []).append(alias)
    roles: dict[int, list[Role]] = {}
    for role in session.exec(select(Role)):
        roles.setdefault(role.official_id, []).append(role)
    said = counts_by(session, Statement.official_id)
    by_surname: dict[str, set[int]] = {}
    for official_id, spellings in names.items():
        for spelling in spellings:
            parts = name_key(spelling).split()
            if parts:
                by_surname.setdefault(parts[-1][:3], set()).add(official_id)
    seen: set[tuple[int, int]] = set()
    pairs: list[tuple[int, Pair]] = []
    for group in by_surname.values():
        for a, b in combinations(sorted(group), 2):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            first, second = officials[a], officials[b]
            if first.wikidata and second.wikidata and first.wikidata != second.wikidata:
                continue
            matching = _matching_names(names[a], names[b])
            if matching is None:
                continue
            shared = _shared_roles(roles.get(a, []), roles.get(b, []))
            if shared is None:
                continue
            keep, dup = _keeper(first, second, names, roles, said)
            reason = f"names {matching[0]!r} and {matching[1]!r}; {shared}"
            strength = 2 if shared.startswith("both") else 1
            pairs.append((strength, Pair(keep, dup, reason)))
    pairs.sort(key=lambda item: (-item[0], item[1].keep.name, item[1].duplicate.id))
    return [pair for _, pair in pairs]


def _matching_names(first: list[str], second: list[str]) -> tuple[str, str] | None:
    """The two spellings that make the names compatible (the fullest such), or None."""
    best = None
    for a in first:
        for b in second:
            if compatible_names(a, b):
                fullness = len(a.split()) + len(b.split())
                if best is None or fullness > best[0]:
                    best = (fullness, a, b)
    return None if best is None else (best[1], best[2])


def _shared_roles(first: list[Role], second: list[Role]) -> str | None:
    """Why the roles do not tell the two apart, or None when they do (both have roles and
    none overlap in time at one institution or under one title)."""
    if not first or not second:
        return "roles cannot tell them apart (one has none)"
    for a in first:
        for b in second:
            same_post = a.institution_id == b.institution_id or name_key(a.title) == name_key(
                b.title
            )
            if same_post and _overlap(a, b):
                return f"both {a.title} at the same time"
    return None


def _overlap(a: Role, b: Role) -> bool:
    lowest, highest = date.min, date.max
    return (a.start_date or lowest) <= (b.end_date or highest) and (b.start_date or lowest) <= (
        a.end_date or highest
    )


def _keeper(first: Official, second: Official, names, roles, said) -> tuple[Official, Official]:
    """(keep, duplicate): the one with a Wikidata id, else the fuller name, else more
    roles and statements, else the older record."""

    def weight(o: Official) -> tuple:
        return (
            o.wikidata is not None,
            len(name_key(o.name).split()),
            len(roles.get(o.id, [])) + said.get(o.id, 0),
            -o.id,
        )

    return (first, second) if weight(first) >= weight(second) else (second, first)
