"""The roles the speakers of one article's statements held: the role an official spoke in
that day (created from the title when new), and the one official who held a post a title
alone names ("the Secretary-General").

SpeakerRoles remembers each answer and each official's roles for the article it serves.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy import bindparam, or_
from sqlmodel import Session, select

from tracker.countries import CODE
from tracker.dates import DateSpan
from tracker.models import Institution, InstitutionAlias, Role
from tracker.names import name_key
from tracker.prepared import Prepared, PreparedFamily
from tracker.services.institution_names import country_in
from tracker.services.name_lookup import InstitutionRef, OfficialRef
from tracker.services.roles import record_role
from tracker.services.speaker_phrases import title_key, title_words
from tracker.services.validate import clean_name


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
_ROLE_COLUMNS = (_ROLE.c.id, _ROLE.c.official_id, _ROLE.c.institution_id, _ROLE.c.title,
                 _ROLE.c.start_date, _ROLE.c.end_date)  # fmt: skip
_ROLES_OF = PreparedFamily(
    lambda n: (
        select(*_ROLE_COLUMNS)
        .where(_ROLE.c.official_id.in_([bindparam(f"official_{i}") for i in range(n)]))
        .order_by(_ROLE.c.start_date.is_(None), _ROLE.c.start_date.desc(), _ROLE.c.id.desc())
    )
)  # as roles.roles_on orders them: latest start first, undated last
_DISTINCT_TITLES = Prepared(select(_ROLE.c.title).distinct())  # from ix_role_title alone
_IDS_PER_QUERY = 500  # institutions whose aliases one query reads


class SpeakerRoles:
    """Roles held by the speakers of one article, remembering each answer; `context` is the
    article's text, where an institution that decides between several holders of a post
    is named. Answers are RoleRef rows."""

    def __init__(self, session: Session, context: str = "") -> None:
        self.session = session
        self.text = context
        self._context_key: str | None = None
        self._roles_of: dict[int, list[RoleRef]] = {}
        self._roles: dict[tuple, RoleRef | None] = {}
        self._titles: dict[tuple, RoleRef | None] = {}
        self._distinct_titles: list[str] | None = None
        self._named: dict[int, bool] = {}  # institution id: whether the article names it

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
                named = self._named_in_context({r.institution_id for r in held})
                held = [r for r in held if r.institution_id in named]
            if len({r.official_id for r in held}) == 1:
                found = held[0]
        self._titles[cache] = found
        return found

    def _roles_titled(self, words: str, code: str | None, span: DateSpan) -> list[RoleRef]:
        """Roles held during `span` whose title reads as the title `words` (title_words),
        at an institution of country `code` when one is given: the titles that read so
        are found among the distinct ones (few, read from ix_role_title), and only the
        roles bearing them are read, not every role of the archive."""
        wanted = name_key(words)
        stem = max(words.split(), key=len)[:6]  # "spokes" of spokesperson and spokesman
        titles = [t for t in self._titles_held() if stem in t.lower() and title_key(t) == wanted]
        if not titles:
            return []
        query = (
            select(*_ROLE_COLUMNS, _INSTITUTION.c.country)
            .join(_INSTITUTION, _INSTITUTION.c.id == _ROLE.c.institution_id)
            .where(_ROLE.c.title.in_(titles))
            .order_by(_ROLE.c.id)
        )
        if code is not None:
            query = query.where(_INSTITUTION.c.country == code)
        if span.end is not None:
            query = query.where(or_(_ROLE.c.start_date.is_(None), _ROLE.c.start_date <= span.end))
        if span.start is not None:
            query = query.where(or_(_ROLE.c.end_date.is_(None), _ROLE.c.end_date >= span.start))
        return [RoleRef(*row[:-1]) for row in self.session.connection().execute(query)]

    def _titles_held(self) -> list[str]:
        """Every title a role has, each once (read once per article)."""
        if self._distinct_titles is None:
            rows = _DISTINCT_TITLES.all(self.session.connection(), {})
            self._distinct_titles = [title for (title,) in rows]
        return self._distinct_titles

    def _named_in_context(self, institution_ids: set[int]) -> set[int]:
        """Those of the institutions that the article names by one of their aliases."""
        if self._context_key is None:
            self._context_key = f" {name_key(self.text)} "
        unknown = sorted(institution_ids - self._named.keys())
        for at in range(0, len(unknown), _IDS_PER_QUERY):
            chunk = unknown[at : at + _IDS_PER_QUERY]
            self._named.update(dict.fromkeys(chunk, False))
            aliases = self.session.exec(
                select(InstitutionAlias.institution_id, InstitutionAlias.key).where(
                    InstitutionAlias.institution_id.in_(chunk)
                )
            )
            for institution_id, key in aliases:
                if f" {key} " in self._context_key:
                    self._named[institution_id] = True
        return {i for i in institution_ids if self._named[i]}

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
        held = self.held(official.id, institution.id if institution else None, span)
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

    def held(self, official_id: int, institution_id: int | None, span: DateSpan) -> list[RoleRef]:
        """The roles an official may have held during `span` (at an institution), as
        roles.roles_on lists them: latest start first."""
        return [
            r
            for r in self.all_roles(official_id)
            if (institution_id is None or r.institution_id == institution_id)
            and _held_during(r, span)
        ]

    def all_roles(self, official_id: int) -> list[RoleRef]:
        if official_id not in self._roles_of:
            self.fetch_roles({official_id})
        return self._roles_of[official_id]

    def fetch_roles(self, official_ids: set[int]) -> None:
        for official_id in official_ids:
            self._roles_of[official_id] = []
        items = [{"official": official_id} for official_id in sorted(official_ids)]
        for row in _ROLES_OF.all(self.session.connection(), items):
            role = RoleRef(*row)
            self._roles_of[role.official_id].append(role)


def _held_during(role: RoleRef, span: DateSpan) -> bool:
    """Whether a role may have been held on some day of `span`."""
    if span.end is not None and role.start_date is not None and role.start_date > span.end:
        return False
    return not (span.start is not None and role.end_date is not None and role.end_date < span.start)
