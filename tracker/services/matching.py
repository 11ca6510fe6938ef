"""Matching the speakers of extracted statements to the officials, institutions and roles known.

What a speaker phrase names is read first (speaker_phrases): only a person's
full name may create an official; a part of a name ("Miller", "Bin Farhan")
is completed from the article or linked to the one official it fits; a title
alone goes to whoever held that post on the day; a body's name is an
institution; headings, places and lone words nobody is known by stay
unattributed. Names are matched to officials already known by alias key
(spelling and script folded by names.name_key), then as words within a
longer known name, then by surname with a compatible first name (rapidfuzz),
and created only when nothing matches. Institution speakers and the
institutions that titles belong to are matched by alias, then by what they are
("Russian Foreign Ministry" and "Ministry of Foreign Affairs of the Russian
Federation" are both Russia's foreign ministry, read through tracker.countries),
and created with a guessed kind and country when absent. A title becomes a role
at its institution, reusing the role held that day when there is one.

Speakers remembers each answer for the article it serves, so a name repeated
in one article is looked up once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from rapidfuzz import fuzz
from sqlalchemy import bindparam, func, or_
from sqlmodel import Session, select

from tracker.countries import CODE, COUNTRIES, SEATS
from tracker.dates import DateSpan
from tracker.extract.model import ProposedStatement
from tracker.models import Institution, InstitutionAlias, Official, OfficialAlias, Role
from tracker.names import fold, name_key
from tracker.prepared import Prepared, PreparedFamily
from tracker.services.institutions import add_institution_alias, record_institution
from tracker.services.name_lookup import (
    InstitutionRef,
    OfficialRef,
    institutions_keyed,
    institutions_named,
    like_escaped,
    officials_by_surname,
    officials_keyed,
    officials_named,
)
from tracker.services.officials import add_official_alias, record_official
from tracker.services.roles import record_role
from tracker.services.speaker_phrases import (
    COUNTRY_PHRASES_LONGEST_FIRST,
    COUNTRY_WORDS,
    is_within,
    names_holding,
    names_in_text,
    read_speaker,
    shaped_like_a_body_name,
    title_key,
    title_words,
    titles_fit,
)
from tracker.services.validate import clean_name

NAME_SIMILARITY = 90.0


FIRST_NAME_SIMILARITY = 80.0

UNKNOWN_SPAN = DateSpan.unknown()


_STATE_NAMES = {fold(name) for c in COUNTRIES for name in (c.name, *c.in_text, *c.aliases)}


_BODY_SYNONYMS = [
    (r"\b(ministry of foreign affairs|foreign affairs ministry|foreign ministry|mfa|"
     r"department of state|state department|foreign office|foreign and commonwealth office)\b",
     "foreign ministry"),
    (r"\b(ministry of defen[cs]e|defen[cs]e ministry|department of defen[cs]e|pentagon)\b",
     "defence ministry"),
]  # fmt: skip


_KINDS = [
    (r"\b(ministry|mfa|department of state|state department|foreign office|pentagon|"
     r"department of defen[cs]e)\b", "ministry"),
    (r"\b(united nations|un|osce|european union|eu|organi[sz]ation|commission|iaea|who|wto|"
     r"council of europe|g7|g20|brics|sco|asean|african union)\b", "international organisation"),
    (r"\b(nato|alliance|csto)\b", "alliance"),
    (r"\b(kremlin|government|cabinet|white house|administration|presidency|"
     r"security council|national security council)\b", "government"),
    (r"\b(parliament|duma|congress|senate|assembly|house of|rada|bundestag|"
     r"federation council|legislature)\b", "legislature"),
    (r"\bparty\b", "party"),
    (r"\b(embassy|mission|agency|service|committee|bureau|office|department|directorate|"
     r"ministry)\b", "agency"),
]  # fmt: skip


class RoleRef(NamedTuple):
    """A role as matching needs it."""

    id: int
    official_id: int
    institution_id: int
    title: str
    start_date: date | None
    end_date: date | None


# Built once: ingest asks these for every article, and building a statement costs several
# times what running it does. Plain rows, not ORM objects, for the same reason.
_INSTITUTION, _ROLE = Institution.__table__, Role.__table__
_INSTITUTION_COLUMNS = (_INSTITUTION.c.id, _INSTITUTION.c.name, _INSTITUTION.c.kind,
                        _INSTITUTION.c.country)  # fmt: skip
_OFFICIAL_NAME = Prepared(
    select(Official.__table__.c.name).where(Official.__table__.c.id == bindparam("id"))
)
_INSTITUTION_BY_ID = Prepared(
    select(*_INSTITUTION_COLUMNS).where(_INSTITUTION.c.id == bindparam("id"))
)
_ROLE_COLUMNS = (_ROLE.c.id, _ROLE.c.official_id, _ROLE.c.institution_id, _ROLE.c.title,
                 _ROLE.c.start_date, _ROLE.c.end_date)  # fmt: skip
_ROLES_OF = PreparedFamily(
    lambda n: (
        select(*_ROLE_COLUMNS)
        .where(_ROLE.c.official_id.in_([bindparam(f"official_{i}") for i in range(n)]))
        .order_by(_ROLE.c.start_date.is_(None), _ROLE.c.start_date.desc(), _ROLE.c.id.desc())
    )
)  # as roles.roles_on orders them: latest start first, undated last


def _near_aliases(close: bool) -> Prepared:
    alias = OfficialAlias.__table__.c
    wanted = [
        alias.key.like(bindparam("part"), escape="/"),
        alias.key == bindparam("surname"),
        alias.key.like(bindparam("ending"), escape="/"),
    ]
    if close:
        wanted.append(alias.key.like(bindparam("close"), escape="/"))
    return Prepared(select(alias.official_id, alias.key).where(or_(*wanted)))


_NEAR_ALIASES = {close: _near_aliases(close) for close in (False, True)}


class Speakers:
    """Resolves the speakers of one article's statements, remembering each answer.

    `names` are the speaker phrases the article proposes, so that a surname or a first
    name ("Bilawal") finds the full name the same article gives ("Bilawal Bhutto
    Zardari"), wherever it stands in the text. Answers are OfficialRef, InstitutionRef
    and RoleRef rows.
    """

    def __init__(self, session: Session, context: str = "", names: Sequence[str] = ()) -> None:
        self.session = session
        self.text = context
        self._context_key: str | None = None
        full = (read_speaker(n) for n in names if n)
        self._article_names = list(dict.fromkeys(r.name for r in full if r.kind == "person"))
        self._candidates: dict[str, list[OfficialRef]] = {}
        self._keyed: dict[str, list[OfficialRef]] = {}  # looked up ahead (prefetch)
        self._bodies_keyed: dict[str, list[InstitutionRef]] = {}
        self._officials: dict[tuple, OfficialRef | None] = {}
        self._institutions: dict[str, InstitutionRef | None] = {}
        self._institutions_by_id: dict[int, InstitutionRef] = {}
        self._roles_of: dict[int, list[RoleRef]] = {}
        self._roles: dict[tuple, RoleRef | None] = {}
        self._titles: dict[tuple, RoleRef | None] = {}
        self._notes: list[str] = []

    def take_notes(self) -> list[str]:
        notes, self._notes = self._notes, []
        return notes

    def prefetch(self, proposals: Sequence[ProposedStatement]) -> None:
        """Look up every name the article's speakers give, each kind in one query: the
        officials and institutions known by exactly those names, and the officials' roles.
        The answers to resolve() stay what they would be without it."""
        people, bodies = set(), set()
        for p in proposals:
            if p.institution:
                bodies.add(name_key(p.institution))
            if not p.speaker:
                continue
            if p.speaker_type == "institution":
                bodies.add(name_key(p.speaker))
                continue
            reading = read_speaker(p.speaker)
            if reading.is_name:
                people.add(name_key(reading.name))
            elif reading.kind == "body":
                bodies.add(name_key(reading.name))
        found = officials_keyed(session=self.session, keys=people)
        self._keyed = {key: found.get(key, []) for key in people}
        self._fetch_roles({o.id for refs in self._keyed.values() for o in refs})
        found_bodies = institutions_keyed(session=self.session, keys=bodies)
        self._bodies_keyed = {key: found_bodies.get(key, []) for key in bodies}

    def resolve(
        self, p: ProposedStatement, span: DateSpan
    ) -> tuple[OfficialRef | None, InstitutionRef | None, RoleRef | None]:
        """(official, institution spoken for, role) of a proposed statement.

        A person is found or created only from a name (speaker_phrases.read_speaker); a
        title alone goes to whoever held it that day, a body's name to the institution,
        and anything else (a heading, a place, a lone word nobody is known by) to no one.
        """
        if not p.speaker or p.speaker_type not in ("person", "institution", "unknown"):
            return None, None, None
        if p.speaker_type == "institution":
            return None, self.institution(p.speaker), None
        reading = read_speaker(p.speaker)
        if reading.kind == "title":
            role = self.title_holder(p.speaker, span)
            if role is None:
                return None, None, None
            official = self._official_by_id(role.official_id)
            return official, self._institution_by_id(role.institution_id), role
        if reading.kind == "body":
            return None, self.institution(reading.name), None
        if p.speaker_type != "person" or not reading.is_name:
            return None, None, None
        named = self.institution(p.institution) if p.institution else None
        official = self.official(
            reading.name, named, title=p.role, span=span, create=reading.kind == "person"
        )
        if official is None:  # a lone word: perhaps a body known by it ("Hamas")
            found = self._institutions_keyed(reading.name)
            return None, found[0] if len(found) == 1 else None, None
        role = self.role(official, named, _english_title(p.role), span)
        if role is not None:
            return official, self._institution_by_id(role.institution_id), role
        return official, named, None

    def title_holder(self, phrase: str, span: DateSpan) -> RoleRef | None:
        """The role of the one official who held the post a phrase names on that day.

        "The Secretary-General urges ..." names no one, but on 21 February 2022
        one person held that title at an institution the article speaks of. When
        several did (the UN's and NATO's Secretaries-General), the one whose
        institution the article names wins; otherwise nobody is guessed. A country
        in the phrase ("the Turkish foreign minister") keeps only its institutions.
        """
        country = country_in(phrase)
        words = title_words(phrase).split()
        cache = (tuple(words), country, span)
        if cache in self._titles:
            return self._titles[cache]
        found = None
        if words and len(words) <= 5:
            code = CODE.get(country) if country else None
            held = self._roles_titled(" ".join(words), code, span)
            if len({r.official_id for r in held}) > 1:
                held = [r for r in held if self._named_in_context(r.institution_id)]
            if len({r.official_id for r in held}) == 1:
                found = held[0]
        self._titles[cache] = found
        return found

    def _roles_titled(self, words: str, code: str | None, span: DateSpan) -> list[RoleRef]:
        """Roles held during `span` whose title reads as the title `words` (title_words),
        at an institution of country `code` when one is given."""
        wanted = name_key(words)
        stem = max(words.split(), key=len)[:6]  # "spokes" of spokesperson and spokesman
        query = (
            select(*_ROLE_COLUMNS, _INSTITUTION.c.country)
            .join(_INSTITUTION, _INSTITUTION.c.id == _ROLE.c.institution_id)
            .where(func.lower(_ROLE.c.title).contains(stem, autoescape=True))
            .order_by(_ROLE.c.id)
        )
        return [
            RoleRef(*row[:-1])
            for row in self.session.connection().execute(query)
            if title_key(row.title) == wanted
            and (code is None or row.country == code)
            and _held_during(row, span)
        ]

    def _named_in_context(self, institution_id: int) -> bool:
        if self._context_key is None:
            self._context_key = f" {name_key(self.text)} "
        aliases = self.session.exec(
            select(InstitutionAlias.key).where(InstitutionAlias.institution_id == institution_id)
        )
        return any(f" {key} " in self._context_key for key in aliases)

    def official(
        self,
        name: str,
        institution: InstitutionRef | None,
        *,
        title: str | None = None,
        span: DateSpan = UNKNOWN_SPAN,
        create: bool = True,
    ) -> OfficialRef | None:
        """The official a name refers to, created when new if `create` (a full name).

        A surname, a first name or another part of a name (`create` False) is first
        completed from the article ("Miller" of "Matthew Miller" in a transcript's
        header), then looked up; among several officials it may be, the one who held
        a role fitting `institution` or `title` that day is taken, and none when that
        does not decide.
        """
        cache = (name_key(name), institution.id if institution else None, title, span, create)
        if cache not in self._officials:
            found = self._official(name, institution, title, span, create)
            if found is not None and create and _cyrillic(name) and not _cyrillic(found.name):
                # the Russian spelling, kept so the official shows as written in Russian sources
                add_official_alias(session=self.session, official=found, alias=name, language="ru")
            self._officials[cache] = found
        return self._officials[cache]

    def _official(
        self,
        name: str,
        institution: InstitutionRef | None,
        title: str | None,
        span: DateSpan,
        create: bool,
    ) -> OfficialRef | None:
        if not create:
            fuller = self._fuller_name(name)
            if fuller is not None:
                return self.official(fuller, institution, title=title, span=span)
        candidates = self._candidates_for(name)
        if not candidates:
            if not create:
                return None
            made = OfficialRef(*record_official(session=self.session, name=name))
            self._candidates[name_key(name)] = [made]
            return self._candidates[name_key(name)][0]
        if len(candidates) == 1:
            return candidates[0]
        fitting = self._fitting(candidates, institution, title, span)
        if len(fitting) == 1:
            return fitting[0]
        if not create:
            listed = ", ".join(f"{c.name} (id {c.id})" for c in candidates)
            self._notes.append(f"{name!r} could be {listed}; left without a speaker")
            return None
        return self._choose(name, candidates, institution)

    def _candidates_for(self, name: str) -> list[OfficialRef]:
        """The officials a name may be: by alias key (a lone word as a surname or a first
        name), else as words within a longer name, else by surname and first name."""
        key = name_key(name)
        if key not in self._candidates:
            found = self._officials_keyed(key)
            if not found:
                found = self._near_officials(key)
            self._candidates[key] = found
        return self._candidates[key]

    def _officials_keyed(self, key: str) -> list[OfficialRef]:
        """As name_lookup.officials_named finds them."""
        if key in self._keyed:
            return self._keyed[key] or officials_by_surname(session=self.session, key=key)
        return officials_named(session=self.session, name=key)

    def _official_by_id(self, official_id: int) -> OfficialRef:
        ((name,),) = _OFFICIAL_NAME.all(self.session.connection(), {"id": official_id})
        return OfficialRef(official_id, name)

    def _fuller_name(self, part: str) -> str | None:
        """The one full name, among the article's speakers or else in its text, that holds
        `part` ("Bin Farhan", "MILLER"); None when there is none or more than one."""
        words = name_key(part).split()
        found = names_holding(words, self._article_names)
        if not found:
            found = names_holding(words, names_in_text(self.text, part))
        return next(iter(found.values())) if len(found) == 1 else None

    def _fitting(
        self,
        candidates: Sequence[OfficialRef],
        institution: InstitutionRef | None,
        title: str | None,
        span: DateSpan,
    ) -> list[OfficialRef]:
        """The candidates who held, during `span`, a role at `institution` or titled `title`."""
        if institution is None and not title:
            return []
        wanted = title_key(title) if title else None
        fitting = []
        for official in candidates:
            for role in self._held(official.id, None, span):
                at = institution is not None and role.institution_id == institution.id
                if at or (wanted and titles_fit(title_key(role.title), wanted)):
                    fitting.append(official)
                    break
        return fitting

    def _near_officials(self, key: str) -> list[OfficialRef]:
        """Officials one of whose names holds every word of `key` in order ("bin farhan" and
        "faisal bin farhan" of "Faisal bin Farhan Al Saud"), else those with its surname (or
        a close spelling) and a compatible first name: one scan of the aliases for both."""
        words = key.split()
        if not words:
            return []
        surname = words[-1]
        values = {
            "part": f"%{like_escaped(max(words, key=len))}%",
            "surname": surname,
            "ending": f"% {like_escaped(surname)}",
            "close": f"% {like_escaped(surname[:2])}%",
        }
        shape = len(surname) >= 5  # long enough for a misspelt surname to be worth a look
        rows = _NEAR_ALIASES[shape].all(self.session.connection(), values)
        within = {i for i, alias_key in rows if is_within(words, alias_key.split())}
        if within:
            return [self._official_by_id(i) for i in sorted(within)]
        similar = set()
        for official_id, alias_key in rows:
            alias_words = alias_key.split()
            by_surname = alias_key == surname or alias_key.endswith(f" {surname}")
            if not (by_surname or shape and f" {surname[:2]}" in alias_key):
                continue  # found by the part alone
            if not same_surname(alias_words[-1], surname):
                continue
            if len(words) > 1 and len(alias_words) > 1:
                if not compatible_first_names(words[0], alias_words[0]):
                    continue
            elif len(words) > 1 and len(alias_words) == 1:
                continue  # a bare surname alias says nothing about "Maria" or "Sergey"
            similar.add(official_id)
        return [self._official_by_id(i) for i in sorted(similar)]

    def _choose(
        self, name: str, candidates: Sequence[OfficialRef], institution: InstitutionRef | None
    ) -> OfficialRef:
        if institution is not None:
            at_institution = [
                c
                for c in candidates
                if any(r.institution_id == institution.id for r in self._all_roles(c.id))
            ]
            if len(at_institution) == 1:
                return at_institution[0]
        chosen = candidates[0]
        listed = ", ".join(f"{c.name} (id {c.id})" for c in candidates)
        self._notes.append(f"{name!r} could be {listed}; recorded as id {chosen.id}")
        return chosen

    def institution(self, name: str) -> InstitutionRef | None:
        """The institution a name refers to, created when new (None for a bare "Foreign Ministry"
        that names no country, which would otherwise become a ministry of nowhere)."""
        key = name_key(name)
        if key not in self._institutions:
            found = self._find_institution(name)
            self._institutions[key] = found
            if found is not None:
                self._institutions_by_id[found.id] = found
        return self._institutions[key]

    def _institutions_keyed(self, name: str) -> list[InstitutionRef]:
        """As name_lookup.institutions_named finds them."""
        key = name_key(name)
        if key in self._bodies_keyed:
            return self._bodies_keyed[key]
        return institutions_named(session=self.session, name=name)

    def _institution_by_id(self, institution_id: int) -> InstitutionRef:
        if institution_id not in self._institutions_by_id:
            (row,) = _INSTITUTION_BY_ID.all(self.session.connection(), {"id": institution_id})
            self._institutions_by_id[institution_id] = InstitutionRef(*row)
        return self._institutions_by_id[institution_id]

    def _find_institution(self, name: str) -> InstitutionRef | None:
        candidates = self._institutions_keyed(name)
        if candidates:
            if len(candidates) > 1:
                self._notes.append(f"institution {name!r} is ambiguous; used id {candidates[0].id}")
            return candidates[0]
        if _cyrillic(name):
            # "МИД РФ" is the Russian Foreign Ministry: found or made under its English name,
            # with the Russian one as its alias
            from tracker.extract.russian.english import english_institution

            english = english_institution(name)
            found = self._find_institution(english) if english else None
            if found is not None:
                add_institution_alias(
                    session=self.session, institution=found, alias=name, language="ru"
                )
                return found
        country, body = institution_signature(name)
        code = CODE.get(country) if country else None
        if country and body:  # "US NATO", "Russian Kremlin": the name without its country
            for bare in (body, f"the {body}"):
                found = self._institutions_keyed(bare)
                fitting = [i for i in found if i.country in (None, code)]
                if len(fitting) == 1:
                    return fitting[0]
        kind = guess_kind(name)
        if code is not None:
            same_country = self.session.connection().execute(
                select(*_INSTITUTION_COLUMNS).where(_INSTITUTION.c.country == code)
            )
            for institution in map(InstitutionRef._make, same_country.all()):
                if (body or institution.kind == "state") and self._signature_matches(
                    institution, country, body
                ):
                    return institution
        elif kind in ("ministry", "agency", "government", "legislature"):
            return None
        if not shaped_like_a_body_name(name):
            return None  # "recent satellite imagery released by a U.S. institute"
        made_id, made_name = record_institution(
            session=self.session, name=name, kind=kind, country=code
        )
        return InstitutionRef(made_id, made_name, kind, code)

    def _signature_matches(self, institution: InstitutionRef, country: str, body: str) -> bool:
        aliases = self.session.exec(
            select(InstitutionAlias.alias).where(InstitutionAlias.institution_id == institution.id)
        ).all()
        for alias in (institution.name, *aliases):
            other_country, other_body = institution_signature(alias)
            if other_body == body and other_country in (country, None):
                return True
        return False

    def role(
        self,
        official: OfficialRef,
        institution: InstitutionRef | None,
        title: str | None,
        span: DateSpan,
    ) -> RoleRef | None:
        """The official's role for this statement: held that day, else created from the title."""
        key = (official.id, institution.id if institution else None, title, span)
        if key not in self._roles:
            self._roles[key] = self._role(official, institution, title, span)
        return self._roles[key]

    def _role(
        self,
        official: OfficialRef,
        institution: InstitutionRef | None,
        title: str | None,
        span: DateSpan,
    ) -> RoleRef | None:
        held = self._held(official.id, institution.id if institution else None, span)
        if title:
            wanted = name_key(title)
            for role in held:
                if name_key(role.title) == wanted:
                    return role
        dated = [r for r in held if r.start_date is not None or r.end_date is not None]
        if dated:
            return dated[0]  # a dated post (from a gazetteer) outranks a title as written
        if not title:
            return held[0] if held else None
        if institution is None:
            return None
        role_id = record_role(
            session=self.session,
            official_id=official.id,
            institution_id=institution.id,
            title=title,
        )
        self._roles_of.pop(official.id, None)
        return RoleRef(role_id, official.id, institution.id, clean_name(title, "title"), None, None)

    def _held(self, official_id: int, institution_id: int | None, span: DateSpan) -> list[RoleRef]:
        """The roles an official may have held during `span` (at an institution), as
        roles.roles_on lists them: latest start first."""
        return [
            r
            for r in self._all_roles(official_id)
            if (institution_id is None or r.institution_id == institution_id)
            and _held_during(r, span)
        ]

    def _all_roles(self, official_id: int) -> list[RoleRef]:
        if official_id not in self._roles_of:
            self._fetch_roles({official_id})
        return self._roles_of[official_id]

    def _fetch_roles(self, official_ids: set[int]) -> None:
        for official_id in official_ids:
            self._roles_of[official_id] = []
        items = [{"official": official_id} for official_id in sorted(official_ids)]
        for row in _ROLES_OF.all(self.session.connection(), items):
            role = RoleRef(*row)
            self._roles_of[role.official_id].append(role)


def _cyrillic(text: str | None) -> bool:
    return bool(text and re.search("[\u0400-\u04ff]", text))


def _english_title(title: str | None) -> str | None:
    """A Russian title under the English name roles are kept by ("замглавы МИД" is a Deputy
    Foreign Minister), so that one post is one role whichever language reported it."""
    if not _cyrillic(title):
        return title
    from tracker.extract.russian.english import english_title

    return english_title(title) or title


def same_surname(a: str, b: str) -> bool:
    """Folded surnames of one person: equal, or long and close, but not Zakharov/Zakharova."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or a + "a" == b or b + "a" == a:
        return False
    return fuzz.ratio(a, b) >= NAME_SIMILARITY


def compatible_first_names(a: str, b: str) -> bool:
    """Folded first names that can be the same person's: equal, an initial, or close variants."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    return fuzz.ratio(a, b) >= FIRST_NAME_SIMILARITY


def country_in(name: str) -> str | None:
    """The country an institution's name names ("Russian Foreign Ministry" -> Russia)."""
    words = fold(re.sub(r"['\u2019]s\b", "", name)).split()
    text = f" {' '.join(words)} "
    for phrase, country in SEATS.items():
        if f" {phrase} " in text:
            return country
    for size in (4, 3, 2, 1):
        for i in range(len(words) - size + 1):
            country = COUNTRY_WORDS.get(" ".join(words[i : i + size]))
            if country is not None:
                return country
    return None


def institution_signature(name: str) -> tuple[str | None, str]:
    """(country, what it is): the same for every usual way of naming one institution."""
    name = re.sub(r"['\u2019]s\b", "", name)
    country = country_in(name)
    body = f" {fold(name)} "
    for pattern, canonical in _BODY_SYNONYMS:
        body = re.sub(pattern, canonical, body)
    for phrase in COUNTRY_PHRASES_LONGEST_FIRST:  # any country's, wrong ones included
        body = body.replace(f" {phrase} ", " ")
    words = [w for w in body.split() if w not in {"the", "of", "s"}]
    return country, " ".join(words)


def guess_kind(name: str) -> str:
    """The institution kind a name suggests: "Foreign Ministry" -> ministry, "Russia" -> state."""
    folded = fold(name)
    if folded.removeprefix("the ") in _STATE_NAMES:
        return "state"
    for pattern, kind in _KINDS:
        if re.search(pattern, folded):
            return kind
    return "other"


def _held_during(role: RoleRef, span: DateSpan) -> bool:
    """Whether a role may have been held on some day of `span`."""
    if span.end is not None and role.start_date is not None and role.start_date > span.end:
        return False
    return not (span.start is not None and role.end_date is not None and role.end_date < span.start)
