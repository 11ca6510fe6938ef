"""Matching the speakers of extracted statements to the officials, institutions and roles known.

What a speaker phrase names is read first (speaker_phrases): only a person's
full name may create an official; a part of a name ("Miller", "Bin Farhan")
is completed from the article or linked to the one official it fits; a title
alone goes to whoever held that post on the day; a body's name is an
institution; headings, places and lone words nobody is known by stay
unattributed. Names are matched to officials already known by alias key
(spelling and script folded by names.name_key), then as words within a
longer known name, then by surname with a compatible first name
(name_lookup.officials_near, name_similarity), and created only when nothing
matches. Institution speakers and the institutions that titles belong to are
matched by alias, then by what they are ("Russian Foreign Ministry" and
"Ministry of Foreign Affairs of the Russian Federation" are both Russia's
foreign ministry, read by institution_names), and created with a guessed kind
and country when absent. A title becomes a role at its institution, reusing
the role held that day when there is one (role_matching).

Speakers remembers each answer for the article it serves, so a name repeated
in one article is looked up once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import bindparam
from sqlmodel import Session, select

from tracker.countries import CODE
from tracker.dates import DateSpan
from tracker.extract.model import ProposedStatement
from tracker.models import Institution, InstitutionAlias, Official
from tracker.names import name_key
from tracker.prepared import Prepared
from tracker.services.institution_names import guess_kind, institution_signature
from tracker.services.institutions import add_institution_alias, record_institution
from tracker.services.name_lookup import (
    InstitutionRef,
    OfficialRef,
    institutions_keyed,
    institutions_named,
    officials_by_surname,
    officials_keyed,
    officials_named,
    officials_near,
)
from tracker.services.officials import add_official_alias, record_official
from tracker.services.role_matching import RoleRef, SpeakerRoles
from tracker.services.speaker_phrases import (
    names_holding,
    names_in_text,
    read_speaker,
    shaped_like_a_body_name,
    title_key,
    titled_alike,
    titles_fit,
    two_of_the_name,
)

UNKNOWN_SPAN = DateSpan.unknown()


# Built once: ingest asks these for every article, and building a statement costs several
# times what running it does. Plain rows, not ORM objects, for the same reason.
_INSTITUTION = Institution.__table__
_INSTITUTION_COLUMNS = (_INSTITUTION.c.id, _INSTITUTION.c.name, _INSTITUTION.c.kind,
                        _INSTITUTION.c.country)  # fmt: skip
_OFFICIAL_NAME = Prepared(
    select(Official.__table__.c.name).where(Official.__table__.c.id == bindparam("id"))
)
_INSTITUTION_BY_ID = Prepared(
    select(*_INSTITUTION_COLUMNS).where(_INSTITUTION.c.id == bindparam("id"))
)
_INSTITUTIONS_OF_COUNTRY = Prepared(
    select(*_INSTITUTION_COLUMNS).where(_INSTITUTION.c.country == bindparam("country"))
)
_ALIAS = InstitutionAlias.__table__
_ALIASES_OF = Prepared(
    select(_ALIAS.c.alias).where(_ALIAS.c.institution_id == bindparam("institution_id"))
)


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
        full = (read_speaker(n) for n in names if n)
        self._article_names = list(dict.fromkeys(r.name for r in full if r.kind == "person"))
        self._candidates: dict[str, list[OfficialRef]] = {}
        self._keyed: dict[str, list[OfficialRef]] = {}  # looked up ahead (prefetch)
        self._bodies_keyed: dict[str, list[InstitutionRef]] = {}
        self._officials: dict[tuple, OfficialRef | None] = {}
        self._institutions: dict[str, InstitutionRef | None] = {}
        self._institutions_by_id: dict[int, InstitutionRef] = {}
        self.roles = SpeakerRoles(session, context)
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
        self.roles.fetch_roles({o.id for refs in self._keyed.values() for o in refs})
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
            role = self.roles.title_holder(p.speaker, span)
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
        role = self.roles.role(official, named, _english_title(p.role), span)
        if role is not None:
            return official, self._institution_by_id(role.institution_id), role
        return official, named, None

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
            fuller = self._fuller_name(name, title)
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
                near = officials_near(session=self.session, key=key)
                found = [self._official_by_id(i) for i in near]
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

    def _fuller_name(self, part: str, title: str | None = None) -> str | None:
        """The one full name, among the article's speakers or else in its text, that holds
        `part` ("Bin Farhan", "MILLER"); None when there is none or more than one, or when
        the text gives `part` the title but never that name ("President Obama" beside
        "Michelle Obama": another Obama)."""
        words = name_key(part).split()
        found = names_holding(words, self._article_names)
        if not found:
            found = names_holding(words, names_in_text(self.text, part))
            if len(found) == 1 and (
                (title and not titled_alike(self.text, part, title, found))
                or two_of_the_name(self.text, part)
            ):
                return None
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
            for role in self.roles.held(official.id, None, span):
                at = institution is not None and role.institution_id == institution.id
                if at or (wanted and titles_fit(title_key(role.title), wanted)):
                    fitting.append(official)
                    break
        return fitting

    def _choose(
        self, name: str, candidates: Sequence[OfficialRef], institution: InstitutionRef | None
    ) -> OfficialRef:
        if institution is not None:
            at_institution = [
                c
                for c in candidates
                if any(r.institution_id == institution.id for r in self.roles.all_roles(c.id))
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
            connection = self.session.connection()
            same_country = _INSTITUTIONS_OF_COUNTRY.all(connection, {"country": code})
            for institution in map(InstitutionRef._make, same_country):
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
        self.session.flush()  # as the session's own query would (an alias added just now)
        rows = _ALIASES_OF.all(self.session.connection(), {"institution_id": institution.id})
        for alias in (institution.name, *(alias for (alias,) in rows)):
            other_country, other_body = institution_signature(alias)
            if other_body == body and other_country in (country, None):
                return True
        return False


def _cyrillic(text: str | None) -> bool:
    return bool(text and re.search("[\u0400-\u04ff]", text))


def _english_title(title: str | None) -> str | None:
    """A Russian title under the English name roles are kept by ("замглавы МИД" is a Deputy
    Foreign Minister), so that one post is one role whichever language reported it."""
    if not _cyrillic(title):
        return title
    from tracker.extract.russian.english import english_title

    return english_title(title) or title
