"""Matching the speakers of extracted statements to the officials, institutions and roles known.

Speakers are matched to officials already known by alias key (spelling and
script folded by names.name_key), then by surname with a compatible first name
(rapidfuzz), and created only when nothing matches. Institution speakers and the
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

from rapidfuzz import fuzz
from sqlalchemy import or_
from sqlmodel import Session, select

from tracker.countries import CODE, COUNTRIES, SEATS
from tracker.dates import DateSpan
from tracker.extract.model import ProposedStatement
from tracker.models import Institution, InstitutionAlias, Official, OfficialAlias, Role
from tracker.names import fold, name_key
from tracker.services.institutions import add_institution, add_institution_alias
from tracker.services.officials import add_official, add_official_alias
from tracker.services.resolve import institution_candidates, official_candidates
from tracker.services.roles import add_role, roles_on

NAME_SIMILARITY = 90.0


FIRST_NAME_SIMILARITY = 80.0


# Every name, adjective and abbreviation of a country, folded, and the names of states alone.
_COUNTRY_WORDS = {
    fold(word): c.name
    for c in COUNTRIES
    for word in (c.name, *c.adjectives, *c.in_text, *c.aliases)
}


_COUNTRY_PHRASES_LONGEST_FIRST = sorted(_COUNTRY_WORDS, key=len, reverse=True)


_STATE_NAMES = {fold(name) for c in COUNTRIES for name in (c.name, *c.in_text, *c.aliases)}


_BODY_SYNONYMS = [
    (r"\b(ministry of foreign affairs|foreign affairs ministry|foreign ministry|mfa|"
     r"department of state|state department|foreign office|foreign and commonwealth office)\b",
     "foreign ministry"),
    (r"\b(ministry of defen[cs]e|defen[cs]e ministry|department of defen[cs]e|pentagon)\b",
     "defence ministry"),
]  # fmt: skip


_KINDS = [
    (r"\b(ministry|department of state|state department|foreign office|pentagon|"
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


class Speakers:
    """Resolves the names in one article's statements, remembering each answer."""

    def __init__(self, session: Session, context: str = "") -> None:
        self.session = session
        self.context_key = f" {name_key(context)} "
        self._titles: dict[str, list[Role]] | None = None
        self._officials: dict[str, Official] = {}
        self._institutions: dict[str, Institution | None] = {}
        self._roles: dict[tuple, Role | None] = {}
        self._notes: list[str] = []

    def take_notes(self) -> list[str]:
        notes, self._notes = self._notes, []
        return notes

    def resolve(
        self, p: ProposedStatement, span: DateSpan
    ) -> tuple[Official | None, Institution | None, Role | None]:
        """(official, institution spoken for, role) of a proposed statement."""
        named = self.institution(p.institution) if p.institution else None
        if p.speaker_type == "institution" and p.speaker:
            return None, self.institution(p.speaker), None
        if p.speaker_type == "unknown" and p.speaker:
            role = self.title_holder(p.speaker, span)
            if role is not None:
                official = self.session.get(Official, role.official_id)
                return official, self.session.get(Institution, role.institution_id), role
        if p.speaker_type != "person" or not p.speaker:
            return None, None, None
        official = self.official(p.speaker, named)
        role = self.role(official, named, _english_title(p.role), span)
        if role is not None:
            return official, self.session.get(Institution, role.institution_id), role
        return official, named, None

    def title_holder(self, phrase: str, span: DateSpan) -> Role | None:
        """The role of the one official who held the post a phrase names on that day.

        "The Secretary-General urges ..." names no one, but on 21 February 2022
        one person held that title at an institution the article speaks of. When
        several did (the UN's and NATO's Secretaries-General), the one whose
        institution the article names wins; otherwise nobody is guessed.
        """
        words = phrase.split()
        if not words or words[0].lower() != "the" or len(words) > 5:
            return None
        held = [
            r
            for r in self._roles_by_title().get(name_key(" ".join(words[1:])), [])
            if _held_during(r, span)
        ]
        if len({r.official_id for r in held}) > 1:
            held = [r for r in held if self._named_in_context(r.institution_id)]
        return held[0] if len({r.official_id for r in held}) == 1 else None

    def _roles_by_title(self) -> dict[str, list[Role]]:
        if self._titles is None:
            self._titles = {}
            for role in self.session.exec(select(Role)):
                self._titles.setdefault(name_key(role.title), []).append(role)
        return self._titles

    def _named_in_context(self, institution_id: int) -> bool:
        aliases = self.session.exec(
            select(InstitutionAlias.key).where(InstitutionAlias.institution_id == institution_id)
        )
        return any(f" {key} " in self.context_key for key in aliases)

    def official(self, name: str, institution: Institution | None) -> Official:
        key = name_key(name)
        if key in self._officials:
            return self._officials[key]
        candidates = official_candidates(session=self.session, name=name)
        if not candidates:
            candidates = self._similar_officials(key)
        if not candidates:
            official = add_official(session=self.session, name=name)
        else:
            official = self._choose(name, candidates, institution)
            if _cyrillic(name) and not _cyrillic(official.name):
                # the Russian spelling, kept so the official shows as written in Russian sources
                add_official_alias(
                    session=self.session, official=official, alias=name, language="ru"
                )
        self._officials[key] = official
        return official

    def _similar_officials(self, key: str) -> list[Official]:
        """Officials whose alias has this surname and a compatible first name (or none given)."""
        parts = key.split()
        if not parts:
            return []
        surname = parts[-1]
        wanted = [OfficialAlias.key == surname, OfficialAlias.key.like(f"% {surname}")]
        if len(surname) >= 5:  # long enough for a misspelt surname to be worth a look
            wanted.append(OfficialAlias.key.like(f"% {surname[:2]}%"))
        rows = self.session.exec(
            select(OfficialAlias.official_id, OfficialAlias.key).where(or_(*wanted))
        ).all()
        ids = []
        for official_id, alias_key in rows:
            alias_parts = alias_key.split()
            if not same_surname(alias_parts[-1], surname):
                continue
            if len(parts) > 1 and len(alias_parts) > 1:
                if not compatible_first_names(parts[0], alias_parts[0]):
                    continue
            elif len(parts) > 1 and len(alias_parts) == 1:
                continue  # a bare surname alias says nothing about "Maria" or "Sergey"
            if official_id not in ids:
                ids.append(official_id)
        return [self.session.get(Official, i) for i in sorted(ids)]

    def _choose(
        self, name: str, candidates: Sequence[Official], institution: Institution | None
    ) -> Official:
        if len(candidates) == 1:
            return candidates[0]
        if institution is not None:
            at_institution = [
                c
                for c in candidates
                if self.session.exec(
                    select(Role.id).where(
                        Role.official_id == c.id, Role.institution_id == institution.id
                    )
                ).first()
            ]
            if len(at_institution) == 1:
                return at_institution[0]
        chosen = candidates[0]
        listed = ", ".join(f"{c.name} (id {c.id})" for c in candidates)
        self._notes.append(f"{name!r} could be {listed}; recorded as id {chosen.id}")
        return chosen

    def institution(self, name: str) -> Institution | None:
        """The institution a name refers to, created when new (None for a bare "Foreign Ministry"
        that names no country, which would otherwise become a ministry of nowhere)."""
        key = name_key(name)
        if key in self._institutions:
            return self._institutions[key]
        found = self._find_institution(name)
        self._institutions[key] = found
        return found

    def _find_institution(self, name: str) -> Institution | None:
        candidates = institution_candidates(session=self.session, name=name)
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
                found = institution_candidates(session=self.session, name=bare)
                fitting = [i for i in found if i.country in (None, code)]
                if len(fitting) == 1:
                    return fitting[0]
        kind = guess_kind(name)
        if code is not None:
            same_country = self.session.exec(
                select(Institution).where(Institution.country == code)
            ).all()
            for institution in same_country:
                if (body or institution.kind == "state") and self._signature_matches(
                    institution, country, body
                ):
                    return institution
        elif kind in ("ministry", "agency", "government", "legislature"):
            return None
        return add_institution(session=self.session, name=name, kind=kind, country=code)

    def _signature_matches(self, institution: Institution, country: str, body: str) -> bool:
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
        official: Official,
        institution: Institution | None,
        title: str | None,
        span: DateSpan,
    ) -> Role | None:
        """The official's role for this statement: held that day, else created from the title."""
        key = (official.id, institution.id if institution else None, title, span)
        if key not in self._roles:
            self._roles[key] = self._role(official, institution, title, span)
        return self._roles[key]

    def _role(
        self,
        official: Official,
        institution: Institution | None,
        title: str | None,
        span: DateSpan,
    ) -> Role | None:
        held = roles_on(
            session=self.session,
            official_id=official.id,
            day_span=span,
            institution_id=institution.id if institution else None,
        )
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
        return add_role(
            session=self.session, official=official, institution=institution, title=title
        )


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
            country = _COUNTRY_WORDS.get(" ".join(words[i : i + size]))
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
    for phrase in _COUNTRY_PHRASES_LONGEST_FIRST:  # any country's, wrong ones included
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


def _held_during(role: Role, span: DateSpan) -> bool:
    """Whether a role may have been held on some day of `span`."""
    if span.end is not None and role.start_date is not None and role.start_date > span.end:
        return False
    return not (span.start is not None and role.end_date is not None and role.end_date < span.start)
