"""From what a user typed to a Filter: names resolved to ids, dates read, values checked.

Criteria holds the query options as typed, the same for every command and for
the Python API (tracker.api); build_filter() resolves them into a Filter, which
holds ids and values only and is what the rest of tracker.query reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from tracker.countries import country_keys
from tracker.dates import parse_date
from tracker.errors import InvalidInput, NotFound
from tracker.names import fold, name_key
from tracker.search import compile_query
from tracker.services.resolve import (
    institution_id,
    institution_matches,
    official_id,
    official_matches,
)
from tracker.services.validate import check_choice, check_country
from tracker.tables import STATEMENT_KINDS, STATUSES, institution, reading, source, topic

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

_OPERATOR = re.compile(r"\b(AND|OR|NOT)\b|(^|\s)-\w")


@dataclass(frozen=True)
class Filter:
    """Which statements to answer with; empty fields do not filter."""

    officials: tuple[int, ...] = ()
    speaking_for: tuple[int, ...] = ()
    institution: int | None = None
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    overlapping: bool = False  # dates: any overlap, not the latest day in the range
    about: str | None = None
    about_speakers: bool = True  # the full-text query also matches speakers' names
    # the official or institution the full-text query names, if it names one (`who` also
    # counts the statements that mention it)
    about_officials: tuple[int, ...] = ()
    about_institutions: tuple[int, ...] = ()
    mentions_officials: tuple[int, ...] = ()
    mentions_institutions: tuple[int, ...] = ()
    topics: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    source_id: int | None = None


@dataclass(frozen=True)
class Criteria:
    """Which statements to answer with, as a user types it: names in any spelling or id,
    partial dates (2021-12-17, 2021-12, 2021), a full-text query. Empty fields do not filter.

    The fields are the query commands' options (--by, --institution, --country, --from,
    --to, --overlapping, --about, --mentions, --topic, --kind, --source, --status); by,
    mentions, kind and status repeat, and a single string is taken as one value.

    Dates: a statement is in the range when the latest day it may have been said lies in
    it (where a timeline places it); `overlapping` takes any statement that may have been
    said on some day of the range.
    """

    by: tuple[str, ...] = ()
    institution: str | None = None
    country: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    overlapping: bool = False
    about: str | None = None
    mentions: tuple[str, ...] = ()
    topic: str | None = None
    kind: tuple[str, ...] = ()
    source: int | None = None
    status: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for name in ("by", "mentions", "kind", "status"):
            value = getattr(self, name)
            if value is None or isinstance(value, str):
                object.__setattr__(self, name, (value,) if value else ())
            else:
                object.__setattr__(self, name, tuple(value))


def build_filter(*, session: Session | Connection, criteria: Criteria) -> Filter:
    """A Filter from what a user typed: names resolved, dates read, values checked."""
    c = criteria
    officials, speaking_for = _speakers(session, c.by)
    mentioned_officials, mentioned_institutions = _speakers(session, c.mentions)
    start = parse_date(c.date_from).start if c.date_from else None
    end = parse_date(c.date_to).end if c.date_to else None
    if start and end and start > end:
        raise InvalidInput(f"--from {c.date_from} is after --to {c.date_to}")
    if c.about is not None:
        compile_query(c.about, "sqlite")  # refuse an empty query before any SQL runs
    for kind in c.kind:
        check_choice(kind, STATEMENT_KINDS, "kind")
    for status in c.status:
        check_choice(status, STATUSES, "status")
    if c.source is not None and _missing_source(session, c.source):
        raise NotFound(f"no source with id {c.source}")
    institution = institution_id(session=session, name=c.institution) if c.institution else None
    named_officials, named_institutions = _named(session, c.about) if c.about else ((), ())
    return Filter(
        officials=officials,
        speaking_for=speaking_for,
        institution=institution,
        country=check_country(c.country),
        date_from=start,
        date_to=end,
        overlapping=bool(c.overlapping),
        about=c.about,
        about_officials=named_officials,
        about_institutions=named_institutions,
        mentions_officials=mentioned_officials,
        mentions_institutions=mentioned_institutions,
        topics=_topics(session, c.topic) if c.topic else (),
        kinds=c.kind,
        statuses=c.status,
        source_id=c.source,
    )


def _named(session: Session | Connection, text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The one official, or else the one institution (for a country: its state), that a
    subject is the name of; nothing when it is a query (operators, phrases) or names none
    or several."""
    if text.strip().isdigit() or any(c in text for c in '"*()') or _OPERATOR.search(text):
        return (), ()
    people = official_matches(session=session, name=text)
    if len(people) == 1:
        return (people[0].id,), ()
    if people:
        return (), ()
    bodies = institution_matches(session=session, name=text)
    if len(bodies) == 1:
        return (), (bodies[0].id,)
    country = country_keys().get(name_key(text.strip().removeprefix("the ")))
    if not bodies and country is not None:
        states = select(institution.c.id).where(
            institution.c.kind == "state", institution.c.country == country.code
        )
        return (), tuple(reading(session).scalars(states))
    return (), ()


def _missing_source(session: Session | Connection, source_id: int) -> bool:
    found = reading(session).execute(select(source.c.id).where(source.c.id == source_id))
    return found.first() is None


def _topics(session: Session | Connection, name: str) -> tuple[int, ...]:
    """The topic called `name` (case and accents aside, as services.statement_subjects keys it)."""
    key = topic.c.key == fold(name)
    found = tuple(reading(session).scalars(select(topic.c.id).where(key)))
    if not found:
        raise NotFound(f"no topic {name!r}")
    return found


def _speakers(session: Session | Connection, names) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Each name as an official or else an institution: (official ids, institution ids)."""
    officials, institutions = [], []
    for name in names:
        people = official_matches(session=session, name=name)
        bodies = institution_matches(session=session, name=name)
        if people and bodies and not name.strip().isdigit():
            listed = "; ".join(
                [f"official {o.name} (id {o.id})" for o in people]
                + [f"institution {i.name} (id {i.id})" for i in bodies]
            )
            raise InvalidInput(f"{name!r} is ambiguous: {listed}; give the official's id")
        if people:
            officials.append(official_id(session=session, name=name))
        elif bodies:
            institutions.append(institution_id(session=session, name=name))
        else:
            try:
                official_id(session=session, name=name)
            except NotFound as exc:  # its message suggests close names
                message = str(exc).replace("no official", "no official or institution", 1)
                raise NotFound(message) from None
    return tuple(officials), tuple(institutions)
