"""The web pages' one door to tracker's library.

Listings and search go through tracker.query (the filter `said` and `search`
use), statements, people and institutions through tracker.services, review
decisions through tracker.services.reviews, downloads through tracker.export. No
SQL is written in the web layer; when the library moves, this module follows it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import islice
from typing import IO, Any

from sqlmodel import Session

from tracker import query
from tracker.dates import parse_said, stored_span
from tracker.db import Database
from tracker.errors import InvalidInput, TrackerError
from tracker.export.timeline import DATA_COLUMNS
from tracker.models import STATEMENT_KINDS
from tracker.services import reviews
from tracker.services.institutions import institution_detail
from tracker.services.officials import official_detail
from tracker.services.provenance import statement_detail
from tracker.services.resolve import find_institution, find_official
from tracker.services.roles import role_rows
from tracker.services.statements import get_statement
from tracker.web.forms import PAGE_SIZE, FilterParams, Listing

KINDS = STATEMENT_KINDS
REVIEW_PAGE = 10
SAME_WEEK_LIMIT = 20
PERSON_PAGE = 20
ROLES_SHOWN = 200
TIMELINE_LIMIT = 2_000  # statements shown in the browser; the download holds them all

# format: (media type, file name ending)
EXPORTS = {
    "csv": ("text/csv; charset=utf-8", "csv"),
    "json": ("application/json", "json"),
    "markdown": ("text/markdown; charset=utf-8", "md"),
    "html": ("text/html; charset=utf-8", "html"),
    "timelinejs": ("application/json", "timelinejs.json"),
    "ics": ("text/calendar; charset=utf-8", "ics"),
}


@dataclass
class Page:
    """One page of statement rows, and whether another page follows."""

    rows: list[dict[str, Any]]
    has_next: bool


class Archive:
    """The database the server answers from: one engine, one transaction per request."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.database.transaction(write=False) as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        with self.database.transaction() as session:
            yield session


# ---- listings ----------------------------------------------------------------------------


def criteria(params: FilterParams) -> query.Criteria:
    """The filter as the library takes it from any caller (the CLI's options, tracker.api)."""
    return query.Criteria(
        by=params.by,
        institution=params.institution or None,
        country=params.country or None,
        date_from=params.date_from or None,
        date_to=params.date_to or None,
        about=params.about or None,
        mentions=params.mentions,
        topic=params.topic or None,
        kind=params.kind,
        source=int(params.source) if params.source else None,
        status=params.status,
    )


def resolve(session: Session, params: FilterParams) -> query.Filter:
    """The filter resolved (names to ids, dates read, values checked), as `said` does."""
    return query.build_filter(session=session, criteria=criteria(params))


def statements_page(session: Session, listing: Listing) -> Page:
    """A page of the statements matching a listing's filter, with highlighted excerpts when
    it has a full-text query."""
    filt = resolve(session, listing.filt)
    return _page(session, filt, listing.sort, PAGE_SIZE, listing.offset)


def _page(session: Session, filt: query.Filter, sort: str, size: int, offset: int) -> Page:
    found = query.statements(session=session, filt=filt, sort=sort, limit=size + 1, offset=offset)
    rows = list(found)
    page = Page(rows=rows[:size], has_next=len(rows) > size)
    if filt.about:
        marked = query.snippets(session=session, about=filt.about, ids=[r["id"] for r in page.rows])
        for row in page.rows:
            row["excerpt"] = marked.get(row["id"])
    return page


def describe(session: Session, params: FilterParams) -> list[str]:
    """The filter in words ("by Sergey Ryabkov", "from 2021-12"), with ids shown as names."""
    parts = []
    if params.by:
        parts.append("by " + ", ".join(_speaker_name(session, name) for name in params.by))
    if params.institution:
        body = find_institution(session=session, name=params.institution)
        parts.append(f"for {body.name}")
    if params.country:
        parts.append(f"country {params.country.upper()}")
    if params.date_from or params.date_to:
        parts.append(f"said {params.date_from or '…'} to {params.date_to or '…'}")
    if params.about:
        parts.append(f"about {params.about}")
    if params.mentions:
        parts.append("mentioning " + ", ".join(_speaker_name(session, n) for n in params.mentions))
    if params.topic:
        parts.append(f"tagged {params.topic}")
    if params.kind:
        parts.append(" or ".join(params.kind))
    if params.status:
        parts.append(" or ".join(params.status))
    if params.source:
        parts.append(f"cited in source {params.source}")
    return parts


def _speaker_name(session: Session, name: str) -> str:
    """The display name of whom a typed name or id means (as the filter resolved it)."""
    try:
        return find_official(session=session, name=name).name
    except TrackerError:
        pass
    try:
        return find_institution(session=session, name=name).name
    except TrackerError:
        return name


# ---- one statement -----------------------------------------------------------------------


def statement_page(session: Session, statement_id: int) -> dict[str, Any]:
    """A statement with every citation in its paragraph, its review history, its current
    version (for review forms) and the speaker's other statements of the same days."""
    statement = get_statement(session=session, statement_id=statement_id)
    detail = statement_detail(session=session, statement=statement)
    detail["version"] = statement.version
    detail["said_from"], detail["said_to"] = statement.said_from, statement.said_to
    detail["reviews"] = reviews.reviews_of(session=session, statement_id=statement.id)
    detail["nearby"], detail["week"], detail["same_week"] = _same_week(session, statement)
    return detail


def _same_week(
    session: Session, statement
) -> tuple[str | None, tuple[date, date] | None, list[dict]]:
    """Which days to show the same speaker's other statements of (as words for the page's
    heading, and the first and last day), and those placed in them: the Monday-to-Sunday
    week of a statement known to the day ("that week"); the days one known only to a span,
    a month or a year may have been said in; the month or the year of one said in or
    before it; the week of the latest day one said "on or before" a day may have been said
    on, said so."""
    if statement.said_to is None:
        return None, None, []
    span = stored_span(statement.said_from, statement.said_to, statement.said_precision)
    if span.precision == "day":
        words = "that week"
        monday = statement.said_to - timedelta(days=statement.said_to.weekday())
        sunday = monday + timedelta(days=6)
    elif span.start is not None:
        words = "in the days it may have been said"
        monday, sunday = span.start, span.end
    elif span.by_period_end:
        # in or before a month or a year: the page that dated it knew that period only, so
        # the period is where its neighbours are (the week of its last day is mostly empty)
        words = f"in the {span.precision} it was said in or before"
        monday = (
            span.end.replace(day=1)
            if span.precision == "month"
            else span.end.replace(month=1, day=1)
        )
        sunday = span.end
    else:
        words = "in the week of the last day it may have been said"
        monday = statement.said_to - timedelta(days=statement.said_to.weekday())
        sunday = monday + timedelta(days=6)
    if statement.official_id is not None:
        speaker = query.Filter(officials=(statement.official_id,))
    else:
        speaker = query.Filter(speaking_for=(statement.institution_id,))
    filt = query.Filter(
        officials=speaker.officials,
        speaking_for=speaker.speaking_for,
        date_from=monday,
        date_to=sunday,
    )
    rows = query.statements(
        session=session, filt=filt, sort="chronological", limit=SAME_WEEK_LIMIT + 1
    )
    others = [row for row in rows if row["id"] != statement.id][:SAME_WEEK_LIMIT]
    return words, (monday, sunday), others


# ---- people and institutions -------------------------------------------------------------


def official_page(session: Session, official_id: int) -> dict[str, Any]:
    """An official's names, roles over time, first and latest statements.

    Nothing reads all of a speaker's statements (one can have a hundred thousand): the
    first and the latest are each the end of an index walk."""
    official = find_official(session=session, name=str(official_id))
    detail = official_detail(session=session, official=official, full=False)
    filt = query.Filter(officials=(official.id,))
    detail["first"] = _first(session, filt)
    detail["latest"] = _page(session, filt, "date", PERSON_PAGE, 0)
    detail["listing"] = FilterParams(by=(str(official.id),))
    return detail


def institution_page(session: Session, institution_id: int) -> dict[str, Any]:
    """An institution's names, parent and parts, roles (the first ROLES_SHOWN, by holder),
    first and latest statements: its own and those of anyone holding a role in it or under
    it that day."""
    institution = find_institution(session=session, name=str(institution_id))
    detail = institution_detail(session=session, institution=institution, full=False)
    detail["roles"] = list(
        role_rows(session=session, institution=institution, limit=ROLES_SHOWN + 1)
    )
    detail["more_roles"] = len(detail["roles"]) > ROLES_SHOWN
    detail["roles"] = detail["roles"][:ROLES_SHOWN]
    filt = query.Filter(institution=institution.id)
    detail["first"] = _first(session, filt)
    detail["latest"] = _page(session, filt, "date", PERSON_PAGE, 0)
    detail["listing"] = FilterParams(institution=str(institution.id))
    return detail


def _first(session: Session, filt: query.Filter) -> dict[str, Any] | None:
    """The earliest dated statement matching the filter (None when none is dated)."""
    rows = query.statements(session=session, filt=filt, sort="chronological", limit=1)
    first = next(iter(rows), None)
    return first if first is not None and first["said_to"] is not None else None


# ---- the review queue --------------------------------------------------------------------


def review_queue(session: Session, page: int) -> tuple[list[dict[str, Any]], bool]:
    """Proposed statements, oldest first (by the day they were said), each with its citations
    in their paragraphs and its version; and whether more follow."""
    filt = query.Filter(statuses=("proposed",))
    offset = (page - 1) * REVIEW_PAGE
    listed = _page(session, filt, "chronological", REVIEW_PAGE, offset)
    items = [statement_review_item(session, row["id"]) for row in listed.rows]
    return items, listed.has_next


def statement_review_item(session: Session, statement_id: int) -> dict[str, Any]:
    statement = get_statement(session=session, statement_id=statement_id)
    detail = statement_detail(session=session, statement=statement)
    detail["version"] = statement.version
    return detail


def accept(session: Session, *, statement_id: int, version: int, reviewer: str) -> None:
    reviews.accept_statement(
        session=session, statement_id=statement_id, version=version, reviewer=reviewer
    )


def reject(session: Session, *, statement_id: int, version: int, reviewer: str) -> None:
    reviews.reject_statement(
        session=session, statement_id=statement_id, version=version, reviewer=reviewer
    )


def edit_and_accept(
    session: Session,
    *,
    statement_id: int,
    version: int,
    reviewer: str,
    speaker: str,
    said_on: str,
    kind: str,
    text: str,
) -> None:
    """Apply a review form's speaker, date (as `statement add --on` reads it), kind and words."""
    on = parse_said(said_on) if said_on.strip() else None
    if kind not in KINDS:
        raise InvalidInput(f"unknown kind {kind!r}; use one of: {', '.join(KINDS)}")
    reviews.edit_statement_and_accept(
        session=session,
        statement_id=statement_id,
        version=version,
        reviewer=reviewer,
        by=speaker,
        on=on,
        kind=kind,
        text=text,
    )


def check_reviewer(name: str) -> str:
    return reviews.check_reviewer(name)


# ---- timelines and downloads -------------------------------------------------------------


def timeline_title(session: Session, params: FilterParams) -> str:
    words = describe(session, params)
    return "Statements " + "; ".join(words) if words else "All statements"


def write_export(session: Session, params: FilterParams, fmt: str, out: IO[str]) -> int:
    """Write every statement matching the filter, oldest first, in a timeline format."""
    filt = resolve(session, params)
    rows = query.statements(session=session, filt=filt, sort="chronological")
    return _write(rows, fmt, out, timeline_title(session, params))


def write_timeline_page(session: Session, params: FilterParams, out: IO[str]) -> int:
    """The HTML timeline (tracker.export.html) of the filter's first TIMELINE_LIMIT
    statements, oldest first."""
    filt = resolve(session, params)
    title = timeline_title(session, params)
    beyond = query.statements(session=session, filt=filt, limit=1, offset=TIMELINE_LIMIT)
    if next(iter(beyond), None) is not None:
        title += f" (the first {TIMELINE_LIMIT:,}; the HTML download holds them all)"
    rows = query.statements(session=session, filt=filt, sort="chronological")
    return _write(islice(rows, TIMELINE_LIMIT), "html", out, title)


def _write(rows, fmt: str, out: IO[str], title: str) -> int:
    from tracker.export.html import write_html
    from tracker.export.ics import write_ics
    from tracker.export.markdown import write_markdown
    from tracker.export.rows import write_rows
    from tracker.export.timelinejs import write_timelinejs

    if fmt == "html":
        return write_html(rows, out, title=title)
    if fmt == "markdown":
        return write_markdown(rows, out, title=title, group="day")
    if fmt == "timelinejs":
        return write_timelinejs(rows, out, title=title)[0]
    if fmt == "ics":
        return write_ics(rows, out, title=title)[0]
    if fmt in ("csv", "json"):
        return write_rows(rows, fmt, DATA_COLUMNS, out=out)
    raise InvalidInput(f"unknown format {fmt!r}; use one of: {', '.join(EXPORTS)}")


def timeline_page_assets() -> tuple[str, str]:
    """The inline style and script of the HTML timeline (the page's CSP allows exactly them)."""
    from tracker.export.html import SCRIPT, STYLE

    return STYLE, SCRIPT
