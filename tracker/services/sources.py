"""Sources: articles, transcripts and press releases stored with their full text.

A source is known by the sha256 of its text, so the same text stored twice
is one source, whether it comes from `source add` or from ingest. Citations
point at character offsets of that exact text. Its outlet is an institution,
created as a media outlet (with the country tracker.countries knows for it)
when new.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, bindparam, delete, func, insert
from sqlmodel import Session, select

from tracker.article import LANGUAGE_CODE
from tracker.bulk import defaults
from tracker.countries import CODE, OUTLET_COUNTRY
from tracker.dates import (
    PUBLISHED_PRECISIONS,
    DateSpan,
    publication_date,
    publication_edtf,
    publication_span,
)
from tracker.errors import InvalidInput, NotFound
from tracker.models import Citation, Institution, Source, Statement
from tracker.prepared import Prepared
from tracker.services.institutions import add_institution
from tracker.services.name_lookup import institutions_named
from tracker.services.references import counts_by
from tracker.services.resolve import find_institution, institution_candidates
from tracker.services.validate import check_choice
from tracker.text import checked_web_url, clean, clean_line

SOURCE_COLUMNS = ("id", "published", "outlet", "title", "url", "chars", "statements", "sha256")
EXCERPT_CHARS = 600
URL_CHARS, TITLE_CHARS, PLACE_CHARS = 2000, 1000, 200  # the columns' sizes


def text_sha256(text: str) -> str:
    """The hex sha256 of the text's UTF-8 bytes: a source's identity."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_SOURCE = Source.__table__
_SOURCE_ID_BY_SHA256 = Prepared(
    select(_SOURCE.c.id).where(_SOURCE.c.sha256 == bindparam("sha256"))
)  # on the driver's cursor (tracker.prepared): ingest asks for every article
_SOURCE_COLUMNS = ("url", "outlet_id", "title", "published", "published_precision",
                   "dateline_place", "language", "text", "sha256", "added_at")  # fmt: skip
_INSERT_SOURCE = Prepared(
    insert(_SOURCE)
    .values({name: bindparam(name, type_=_SOURCE.c[name].type) for name in _SOURCE_COLUMNS})
    .returning(_SOURCE.c.id)
)
_ADDED_AT = defaults(_SOURCE)["added_at"]


def find_source_by_text(*, session: Session, text: str) -> Source | None:
    """The source already holding exactly this text, if any."""
    found = _SOURCE_ID_BY_SHA256.all(session.connection(), {"sha256": text_sha256(text)})
    return session.get(Source, found[0][0]) if found else None


def outlet_institution_id(*, session: Session, name: str, guess: bool = False) -> int:
    """The institution an outlet name refers to, created as a media outlet when unknown.

    Among several institutions of that name, the one media outlet is taken. When that
    still leaves a choice, a name the user typed is refused (find_institution's
    Ambiguous, as is an unknown id), while one read from an article (`guess`) takes
    the oldest, so that ingest never stops on an outlet.
    """
    by_id = name.strip().isdigit()
    found = (institution_candidates if by_id else institutions_named)(session=session, name=name)
    outlets = [i for i in found if i.kind == "media outlet"]
    if len(found) == 1:
        return found[0].id
    if len(outlets) == 1:
        return outlets[0].id
    if found and guess:
        return found[0].id
    if not guess and (found or by_id):
        return find_institution(session=session, name=name).id  # Ambiguous or NotFound
    country = OUTLET_COUNTRY.get(name.lower())
    made = add_institution(
        session=session,
        name=name,
        kind="media outlet",
        country=CODE.get(country) if country else None,
    )
    return made.id


def add_source(
    *,
    session: Session,
    text: str,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: date | DateSpan | None = None,
    dateline_place: str | None = None,
    language: str | None = None,
    guess_outlet: bool = False,
) -> tuple[Source, bool]:
    """Store a source's text and metadata; returns (source, created); see store_source.
    `published` is a day, or a DateSpan of a month or year when only that is known."""
    published, precision = _publication(published)
    source_id, created = store_source(
        session=session,
        text=text,
        url=url,
        outlet=outlet,
        title=title,
        published=published,
        published_precision=precision,
        dateline_place=dateline_place,
        language=language,
        guess_outlet=guess_outlet,
    )
    return session.get(Source, source_id), created


def store_source(
    *,
    session: Session,
    text: str,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: date | None = None,
    published_precision: str = "day",
    dateline_place: str | None = None,
    language: str | None = None,
    guess_outlet: bool = False,
) -> tuple[int, bool]:
    """Store a source's text and metadata; returns (source id, created).

    `published` is the publication day, or the first day of the month or year it was
    published in when `published_precision` says only that is known.

    When the same text is already stored, that source's id is returned with
    created=False. Metadata longer than its column is cut to fit; the outlet is
    found or created by outlet_institution_id (`guess_outlet` for an outlet read
    from an article).
    """
    check_choice(published_precision, PUBLISHED_PRECISIONS, "publication precision")
    text = clean(text)
    if not text.strip():
        raise InvalidInput("the source text is empty")
    if language is not None and not (len(language) <= 10 and re.fullmatch(LANGUAGE_CODE, language)):
        raise InvalidInput(f"--language takes a code such as en, ru or en-GB, not {language!r}")
    sha256 = text_sha256(text)
    connection = session.connection()
    existing = _SOURCE_ID_BY_SHA256.all(connection, {"sha256": sha256})
    if existing:
        return existing[0][0], False
    url = checked_web_url(url)
    outlet_id = (
        outlet_institution_id(session=session, name=outlet, guess=guess_outlet) if outlet else None
    )
    row = {
        "url": url,
        "outlet_id": outlet_id,
        "title": _cut(clean_line(title or ""), TITLE_CHARS) or None,
        "published": publication_span(published, published_precision).start if published else None,
        "published_precision": published_precision,
        "dateline_place": _cut(clean_line(dateline_place or ""), PLACE_CHARS) or None,
        "language": language,
        "text": text,
        "sha256": sha256,
        "added_at": _ADDED_AT(),
    }
    ((source_id,),) = _INSERT_SOURCE.all(connection, row)
    return source_id, True


def _cut(value: str | None, limit: int) -> str | None:
    return value[:limit] if value else value


def get_source(*, session: Session, source_id: str | int) -> Source:
    """The source with this id; NotFound otherwise."""
    text = str(source_id).strip()
    source = session.get(Source, int(text)) if text.isdigit() else None
    if source is None:
        raise NotFound(f"no source with id {source_id!r} (see `tracker source list`)")
    return source


def source_rows(
    *, session: Session, limit: int | None = None, published: DateSpan | None = None
) -> Iterator[dict[str, Any]]:
    """Sources, latest published first (fields: SOURCE_COLUMNS); the text itself is left out.

    `published` keeps those published within it: a day, a month or a year (a source known
    only to the month is within a month or a year, never within one of its days). A
    publication date is shown as EDTF: 2021-12-17, or 2021-12 when only the month is known.
    """
    statements = counts_by(session, Citation.source_id)
    outlets = dict(session.exec(select(Institution.id, Institution.name)).all())
    query = (
        select(
            Source.id,
            Source.published,
            Source.published_precision,
            Source.outlet_id,
            Source.title,
            Source.url,
            func.length(Source.text),
            Source.sha256,
        )
        .order_by(Source.published.is_(None), Source.published.desc(), Source.id.desc())
        .limit(limit)
    )
    if published is not None:
        query = query.where(*_published_within(published))
    for source_id, day, precision, outlet_id, title, url, chars, sha in session.exec(query):
        yield {
            "id": source_id,
            "published": publication_edtf(day, precision),
            "outlet": outlets.get(outlet_id),
            "title": title,
            "url": url,
            "chars": chars,
            "statements": statements.get(source_id, 0),
            "sha256": sha,
        }


def _published_within(span: DateSpan) -> list[ColumnElement[bool]]:
    """SQL conditions keeping the sources published within `span` (a day, month or year):
    a publication date known no better than the span's own precision, inside it."""
    finer = PUBLISHED_PRECISIONS[: PUBLISHED_PRECISIONS.index(span.precision) + 1]
    return [
        Source.published >= span.start,
        Source.published <= span.end,
        Source.published_precision.in_(finer),
    ]


def _publication(published: date | DateSpan | None) -> tuple[date | None, str]:
    """(first day, precision) of a publication date given as a day or a month/year span."""
    if published is None:
        return None, "day"
    span = publication_date(published, what="a publication date")
    return span.start, span.precision


def edit_source(
    *,
    session: Session,
    source: Source,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    published: date | DateSpan | None = None,
    clear_published: bool = False,
    dateline_place: str | None = None,
    language: str | None = None,
) -> list[str]:
    """Correct a source's metadata ("" clears a field); returns the fields changed.

    The text stays as it is: citations point at its characters, and its sha256 is the
    source's identity.
    """
    changed = []
    if url is not None:
        source.url = _cut(url.strip(), URL_CHARS) or None
        changed.append("url")
    if outlet is not None:
        named = outlet.strip()
        source.outlet_id = outlet_institution_id(session=session, name=named) if named else None
        changed.append("outlet")
    if title is not None:
        source.title = _cut(" ".join(title.split()), TITLE_CHARS) or None
        changed.append("title")
    if published is not None or clear_published:
        source.published, source.published_precision = _publication(published)
        changed.append("published")
    if dateline_place is not None:
        source.dateline_place = _cut(dateline_place.strip(), PLACE_CHARS) or None
        changed.append("dateline")
    if language is not None:
        source.language = language.strip() or None
        changed.append("language")
    if not changed:
        raise InvalidInput(
            "nothing to change: give --title, --url, --outlet, --published, --dateline "
            "or --language"
        )
    session.add(source)
    session.flush()
    return changed


@dataclass(frozen=True)
class Removal:
    """What removing a source takes with it: its citations, and the statements that cite
    no other source (deleted only with force)."""

    citations: int
    statements: tuple[int, ...]  # every statement citing the source
    only_here: tuple[int, ...]  # those citing no other source


def source_removal(*, session: Session, source: Source) -> Removal:
    """What remove_source would take with it (nothing is changed)."""
    cited = session.exec(select(Citation.statement_id).where(Citation.source_id == source.id)).all()
    statements = tuple(sorted(set(cited)))
    elsewhere = select(Citation.statement_id).where(
        Citation.source_id != source.id, Citation.statement_id.in_(statements)
    )
    also_cited = set(session.exec(elsewhere).all()) if statements else set()
    only_here = tuple(i for i in statements if i not in also_cited)
    return Removal(citations=len(cited), statements=statements, only_here=only_here)


def remove_source(*, session: Session, source: Source, force: bool = False) -> Removal:
    """Delete a source with its citations; with `force` also the statements it leaves
    citing no source. Statements cited elsewhere keep their other citations."""
    removal = source_removal(session=session, source=source)
    session.exec(delete(Citation).where(Citation.source_id == source.id))
    if force:
        for at in range(0, len(removal.only_here), 500):
            chunk = removal.only_here[at : at + 500]
            session.exec(delete(Statement).where(Statement.id.in_(chunk)))
    session.delete(source)
    session.flush()
    return removal


def source_detail(*, session: Session, source: Source, full: bool = False) -> dict[str, Any]:
    """Metadata, citation count and the start of the text (all of it when `full`)."""
    outlet = session.get(Institution, source.outlet_id) if source.outlet_id else None
    text = source.text if full else source.text[:EXCERPT_CHARS]
    return {
        "id": source.id,
        "title": source.title,
        "outlet": outlet.name if outlet else None,
        "url": source.url,
        "published": publication_edtf(source.published, source.published_precision),
        "dateline_place": source.dateline_place,
        "language": source.language,
        "sha256": source.sha256,
        "chars": len(source.text),
        "added_at": source.added_at,
        "citations": session.exec(
            select(func.count()).select_from(Citation).where(Citation.source_id == source.id)
        ).one(),
        "text": text,
        "truncated": len(text) < len(source.text),
    }
