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

from rapidfuzz import fuzz
from sqlalchemy import func, or_
from sqlmodel import Session, select

from tracker.countries import CODE, COUNTRIES, SEATS
from tracker.dates import DateSpan
from tracker.extract.lexicon import PARTICLES
from tracker.extract.model import ProposedStatement
from tracker.models import Institution, InstitutionAlias, Official, OfficialAlias, Role
from tracker.names import fold, name_key
from tracker.services.institutions import add_institution
from tracker.services.officials import add_official
from tracker.services.resolve import institution_candidates, official_candidates
from tracker.services.roles import add_role, roles_on
from tracker.services.speaker_phrases import read_speaker, shaped_like_a_body_name

NAME_SIMILARITY = 90.0


FIRST_NAME_SIMILARITY = 80.0

UNKNOWN_SPAN = DateSpan.unknown()


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


# Spellings of one title: "Minister of Foreign Affairs" is a "foreign minister".
_TITLE_SYNONYMS = [
    (r"\bminister (of|for) foreign affairs\b|\bforeign affairs minister\b|\bfm\b",
     "foreign minister"),
    (r"\bminister (of|for) defen[cs]e\b|\bdefen[cs]e minister\b", "defence minister"),
    (r"\bpm\b", "prime minister"),
    (r"\bspokes(man|woman|person)\b", "spokesperson"),
    (r"\bminister (of|for) (the )?(\w+)$", r"\3 minister"),  # "Minister of Trade"
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


class Speakers:
    """Resolves the speakers of one article's statements, remembering each answer.

    `names` are the speaker phrases the article proposes, so that a surname or a first
    name ("Bilawal") finds the full name the same article gives ("Bilawal Bhutto
    Zardari"), wherever it stands in the text.
    """

    def __init__(self, session: Session, context: str = "", names: Sequence[str] = ()) -> None:
        self.session = session
        self.text = context
        self.context_key = f" {name_key(context)} "
        full = (read_speaker(n) for n in names if n)
        self._article_names = list(dict.fromkeys(r.name for r in full if r.kind == "person"))
        self._officials: dict[tuple, Official | None] = {}
        self._institutions: dict[str, Institution | None] = {}
        self._roles: dict[tuple, Role | None] = {}
        self._titles: dict[tuple, Role | None] = {}
        self._notes: list[str] = []

    def take_notes(self) -> list[str]:
        notes, self._notes = self._notes, []
        return notes

    def resolve(
        self, p: ProposedStatement, span: DateSpan
    ) -> tuple[Official | None, Institution | None, Role | None]:
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
            official = self.session.get(Official, role.official_id)
            return official, self.session.get(Institution, role.institution_id), role
        if reading.kind == "body":
            return None, self.institution(reading.name), None
        if p.speaker_type != "person" or not reading.is_name:
            return None, None, None
        named = self.institution(p.institution) if p.institution else None
        official = self.official(
            reading.name, named, title=p.role, span=span, create=reading.kind == "person"
        )
        if official is None:  # a lone word: perhaps a body known by it ("Hamas")
            found = institution_candidates(session=self.session, name=reading.name)
            return None, found[0] if len(found) == 1 else None, None
        role = self.role(official, named, p.role, span)
        if role is not None:
            return official, self.session.get(Institution, role.institution_id), role
        return official, named, None

    def title_holder(self, phrase: str, span: DateSpan) -> Role | None:
        """The role of the one official who held the post a phrase names on that day.

        "The Secretary-General urges ..." names no one, but on 21 February 2022
        one person held that title at an institution the article speaks of. When
        several did (the UN's and NATO's Secretaries-General), the one whose
        institution the article names wins; otherwise nobody is guessed. A country
        in the phrase ("the Turkish foreign minister") keeps only its institutions.
        """
        country = country_in(phrase)
        words = _title_words(phrase).split()
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

    def _roles_titled(self, words: str, code: str | None, span: DateSpan) -> list[Role]:
        """Roles held during `span` whose title reads as the title `words` (_title_words),
        at an institution of country `code` when one is given."""
        wanted = name_key(words)
        stem = max(words.split(), key=len)[:6]  # "spokes" of spokesperson and spokesman
        query = (
            select(Role.id, Role.title, Institution.country)
            .join(Institution, Institution.id == Role.institution_id)
            .where(func.lower(Role.title).contains(stem, autoescape=True))
        )
        if span.end is not None:
            query = query.where(or_(Role.start_date.is_(None), Role.start_date <= span.end))
        if span.start is not None:
            query = query.where(or_(Role.end_date.is_(None), Role.end_date >= span.start))
        ids = [
            role_id
            for role_id, title, country in self.session.exec(query.order_by(Role.id))
            if title_key(title) == wanted and (code is None or country == code)
        ]
        return [self.session.get(Role, i) for i in ids]

    def _named_in_context(self, institution_id: int) -> bool:
        aliases = self.session.exec(
            select(InstitutionAlias.key).where(InstitutionAlias.institution_id == institution_id)
        )
        return any(f" {key} " in self.context_key for key in aliases)

    def official(
        self,
        name: str,
        institution: Institution | None,
        *,
        title: str | None = None,
        span: DateSpan = UNKNOWN_SPAN,
        create: bool = True,
    ) -> Official | None:
        """The official a name refers to, created when new if `create` (a full name).

        A surname, a first name or another part of a name (`create` False) is first
        completed from the article ("Miller" of "Matthew Miller" in a transcript's
        header), then looked up; among several officials it may be, the one who held
        a role fitting `institution` or `title` that day is taken, and none when that
        does not decide.
        """
        cache = (name_key(name), institution.id if institution else None, title, span, create)
        if cache not in self._officials:
            self._officials[cache] = self._official(name, institution, title, span, create)
        return self._officials[cache]

    def _official(
        self,
        name: str,
        institution: Institution | None,
        title: str | None,
        span: DateSpan,
        create: bool,
    ) -> Official | None:
        if not create:
            fuller = self._fuller_name(name)
            if fuller is not None:
                return self.official(fuller, institution, title=title, span=span)
        candidates = official_candidates(session=self.session, name=name)
        if not candidates:
            candidates = self._officials_within(name)
        if not candidates:
            candidates = self._similar_officials(name_key(name))
        if not candidates:
            return add_official(session=self.session, name=name) if create else None
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

    def _fuller_name(self, part: str) -> str | None:
        """The one full name, among the article's speakers or else in its text, that holds
        `part` ("Bin Farhan", "MILLER"); None when there is none or more than one."""
        words = name_key(part).split()
        found = _names_holding(words, self._article_names)
        if not found:
            found = _names_holding(words, names_in_text(self.text, part))
        return next(iter(found.values())) if len(found) == 1 else None

    def _officials_within(self, name: str) -> list[Official]:
        """Officials one of whose names holds every word of `name` in order ("Bin Farhan"
        and "Faisal bin Farhan" of "Faisal bin Farhan Al Saud")."""
        words = name_key(name).split()
        if not words:
            return []
        longest = max(words, key=len)
        rows = self.session.exec(
            select(OfficialAlias.official_id, OfficialAlias.key).where(
                OfficialAlias.key.contains(longest, autoescape=True)
            )
        ).all()
        ids = sorted({i for i, key in rows if is_within(words, key.split())})
        return [self.session.get(Official, i) for i in ids]

    def _fitting(
        self,
        candidates: Sequence[Official],
        institution: Institution | None,
        title: str | None,
        span: DateSpan,
    ) -> list[Official]:
        """The candidates who held, during `span`, a role at `institution` or titled `title`."""
        if institution is None and not title:
            return []
        wanted = title_key(title) if title else None
        fitting = []
        for official in candidates:
            for role in roles_on(session=self.session, official_id=official.id, day_span=span):
                at = institution is not None and role.institution_id == institution.id
                if at or (wanted and titles_fit(title_key(role.title), wanted)):
                    fitting.append(official)
                    break
        return fitting

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
        if not shaped_like_a_body_name(name):
            return None  # "recent satellite imagery released by a U.S. institute"
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


def title_key(title: str) -> str:
    """A title as it compares: folded, without its country or leading article, one spelling
    of each ("the Turkish FM" and "Minister of Foreign Affairs" are both "foreign minister")."""
    return name_key(_title_words(title))


def _title_words(title: str) -> str:
    text = " " + fold(re.sub(r"['\u2019]s\b", "", title)) + " "
    for phrase in _COUNTRY_PHRASES_LONGEST_FIRST:
        text = text.replace(f" {phrase} ", " ")
    text = text.strip()
    for pattern, canonical in _TITLE_SYNONYMS:
        text = re.sub(pattern, canonical, text)
    words = text.split()
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    return " ".join(words)


def titles_fit(held: str, written: str) -> bool:
    """Whether a held title (title_key) fits one written in an article: every word of the
    shorter in the longer ("spokesperson" and "foreign ministry spokesperson")."""
    a, b = set(held.split()), set(written.split())
    return bool(a and b) and (a <= b or b <= a)


def is_within(part: Sequence[str], whole: Sequence[str]) -> bool:
    """Whether the words of `part` are words of `whole`, in order: "bin farhan" of "faisal
    bin farhan al saud", "miler" of "matheu miler"."""
    rest = iter(whole)
    return bool(part) and all(word in rest for word in part)


def names_in_text(text: str, part: str, limit: int = 50) -> list[str]:
    """Full personal names in `text` holding the words of `part` ("Matthew Miller" for
    "MILLER" when a transcript's header names him): each run of capitalised words on one
    line around `part`, trimmed to its longest stretch that reads as a person's full name."""
    words = part.split()
    if not words or not text:
        return []
    capital = r"[^\W\d_][\w.'\u2019-]*"
    core = r"[ \t]+".join(re.escape(w) for w in words)
    pattern = re.compile(rf"((?:{capital}[ \t]+){{0,4}})((?i:{core}))((?:[ \t]+{capital}){{0,4}})")
    found = []
    for match in pattern.finditer(text):
        before = _capitalised_run(reversed(match.group(1).split()))[::-1]
        after = _capitalised_run(match.group(3).split())
        best = None
        for i in range(len(before) + 1):
            for j in range(len(after), -1, -1):
                run = [*before[i:], match.group(2), *after[:j]]
                reading = read_speaker(" ".join(run))
                if reading.kind == "person" and (best is None or len(run) > len(best.split())):
                    best = reading.name
        if best is not None:
            found.append(best)
        if len(found) >= limit:
            break
    return found


def _capitalised_run(words) -> list[str]:
    """The words up to the first one that is neither capitalised nor a particle ("bin")."""
    run = []
    for word in words:
        if not (word[0].isupper() or word.lower() in PARTICLES):
            break
        run.append(word)
    return run


def _names_holding(words: list[str], names: Sequence[str]) -> dict[str, str]:
    """The names (by key) that hold `words` and more."""
    found = {}
    for name in names:
        key = name_key(name)
        if len(key.split()) > len(words) and is_within(words, key.split()):
            found[key] = name
    return found


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
