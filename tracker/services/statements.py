"""One statement by hand: recording, showing, editing, removing (listing:
statement_listing.py; many at once: statement_batches.py; topics and mentions given by
hand: statement_subjects.py; provenance: provenance.py).

A statement recorded by hand is `manual` and `confirmed`. Its speaker is an
official, or an institution speaking as such; for an official the role held
on the day is found from the recorded roles (or chosen by title), and the
statement speaks for that role's institution.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlmodel import Session, select

from tracker.dates import DateSpan, stored_span
from tracker.errors import InvalidInput, NotFound
from tracker.models import (
    STATEMENT_KINDS,
    Citation,
    Official,
    Role,
    Source,
    Statement,
    StatementTopic,
)
from tracker.services.duplicate_statements import already_reported, narrow_date
from tracker.services.mentions import record_mentions
from tracker.services.resolve import resolve_target
from tracker.services.roles import role_on, roles_titled
from tracker.services.sources import get_source
from tracker.services.statement_subjects import add_mention, set_topics, topic
from tracker.services.validate import check_choice
from tracker.spans import find_span
from tracker.text import clean, clean_line

OCCASION_CHARS, PLACE_CHARS = 500, 200  # the columns' sizes


def said_span(statement: Statement) -> DateSpan:
    """The statement's said-on interval as a DateSpan."""
    return stored_span(statement.said_from, statement.said_to, statement.said_precision)


def parse_span(value: str) -> tuple[int, int]:
    """ "412:540" -> (412, 540)."""
    start, sep, end = value.partition(":")
    if not sep or not start.strip().isdigit() or not end.strip().isdigit():
        raise InvalidInput(
            f"--span must be START:END character offsets, e.g. 412:540 (got {value!r})"
        )
    return int(start), int(end)


def pick_role(
    *, session: Session, official: Official, day: DateSpan, title: str | None
) -> Role | None:
    """The role an official spoke in: the one titled `title`, else the one held on the day."""
    if title is None:
        return role_on(session=session, official_id=official.id, day_span=day)
    found = roles_titled(session=session, official_id=official.id, title=title, day_span=day)
    if found:
        return found[0]
    known = session.exec(select(Role.title).where(Role.official_id == official.id)).all()
    listed = f"; known roles: {', '.join(sorted(set(known)))}" if known else ""
    raise NotFound(
        f"{official.name} has no role titled {title!r}{listed} (add one with `tracker role add`)"
    )


def add_statement(
    *,
    session: Session,
    by: str,
    on: DateSpan,
    text: str,
    kind: str = "direct",
    role_title: str | None = None,
    source_id: str | None = None,
    span: tuple[int, int] | None = None,
    occasion: str | None = None,
    place: str | None = None,
    topics: Iterable[str] = (),
    mentions: Iterable[str] = (),
    language: str | None = None,
) -> tuple[Statement, bool]:
    """Record a confirmed manual statement, with its citation, topics and mentions; returns
    (statement, created).

    Words the same speaker is already recorded as saying on a compatible date
    (tracker.services.duplicate_statements, as ingest decides) are that statement, not
    another: it gets the citation, topics and mentions given here, is
    confirmed, and comes back with created=False.
    """
    text = _clean_text(text)
    check_choice(kind, STATEMENT_KINDS, "statement kind")
    if span is not None and source_id is None:
        raise InvalidInput("--span needs --source: the offsets are into that source's text")
    statement = Statement(
        text=text,
        kind=kind,
        occasion=_optional(occasion, "occasion", OCCASION_CHARS),
        place=_optional(place, "place", PLACE_CHARS),
        language=language,
        status="confirmed",
        origin="manual",
    )
    _set_when(statement, on)
    _set_speaker(session, statement, by, role_title)
    source = get_source(session=session, source_id=source_id) if source_id is not None else None
    same = already_reported(
        session,
        official_id=statement.official_id,
        institution_id=statement.institution_id,
        text=text,
        span=on,
    )
    if same is None:
        session.add(statement)
        session.flush()
    else:
        narrow_date(same, on, None)
        same.status = "confirmed"
        for field in ("role_id", "occasion", "place", "language"):
            if getattr(same, field) is None:
                setattr(same, field, getattr(statement, field))
        session.add(same)
        statement = same
    if source is not None:
        _cite(session, statement.id, text, source, span)
    for topic_id in sorted({topic(session=session, name=n).id for n in topics}):
        if session.get(StatementTopic, (statement.id, topic_id)) is None:
            session.add(StatementTopic(statement_id=statement.id, topic_id=topic_id))
    for name in mentions:
        add_mention(session=session, statement=statement, name=name)
    record_mentions(session=session, statement=statement)  # and whom its words name
    session.flush()
    return statement, same is None


def _clean_text(text: str) -> str:
    cleaned = clean(text or "").strip()
    if not cleaned:
        raise InvalidInput("the statement text is empty")
    return cleaned


def _optional(value: str | None, what: str, limit: int) -> str | None:
    """A one-line value cleaned ("" clears it); longer than its column is refused on either
    engine alike (PostgreSQL would refuse it, SQLite would keep it)."""
    cleaned = clean_line(value) or None if value is not None else None
    if cleaned is not None and len(cleaned) > limit:
        raise InvalidInput(f"the {what} is longer than {limit} characters")
    return cleaned


def _set_when(statement: Statement, on: DateSpan) -> None:
    statement.said_from, statement.said_to = on.start, on.end
    statement.said_precision = on.precision


def _set_speaker(session: Session, statement: Statement, by: str, role_title: str | None) -> None:
    official, institution = resolve_target(session=session, name=by)
    if official is None and role_title is not None:
        raise InvalidInput("--role applies to an official; an institution speaks as itself")
    role = (
        pick_role(session=session, official=official, day=said_span(statement), title=role_title)
        if official is not None
        else None
    )
    statement.official_id = official.id if official else None
    statement.role_id = role.id if role else None
    statement.institution_id = (
        role.institution_id if role else (institution.id if institution else None)
    )


def _cite(
    session: Session, statement_id: int, text: str, source: Source, span: tuple[int, int] | None
) -> None:
    """Cite `source` (once per place in it); without a span, `text` is looked for in it."""
    if span is None:
        at = source.text.find(text)
        if at >= 0 and source.text.find(text, at + 1) < 0:
            span = (at, at + len(text))
    if span is not None and not 0 <= span[0] < span[1] <= len(source.text):
        raise InvalidInput(
            f"span {span[0]}:{span[1]} is outside source {source.id}, "
            f"whose text has {len(source.text)} characters"
        )
    start, end = span if span is not None else (None, None)
    present = select(Citation.id).where(
        Citation.statement_id == statement_id,
        Citation.source_id == source.id,
        Citation.start == start if start is not None else Citation.start.is_(None),
    )
    if session.exec(present).first() is not None:
        return
    session.add(
        Citation(
            statement_id=statement_id,
            source_id=source.id,
            start=start,
            end=end,
            quote=source.text[start:end] if start is not None else None,
        )
    )


def get_statement(*, session: Session, statement_id: str | int) -> Statement:
    """The statement with this id; NotFound otherwise."""
    text = str(statement_id).strip()
    found = session.get(Statement, int(text)) if text.isdigit() else None
    if found is None:
        raise NotFound(f"no statement with id {statement_id!r} (see `tracker statement list`)")
    return found


def edit_statement(
    *,
    session: Session,
    statement: Statement,
    text: str | None = None,
    on: DateSpan | None = None,
    kind: str | None = None,
    by: str | None = None,
    role_title: str | None = None,
    occasion: str | None = None,
    place: str | None = None,
    topics: Sequence[str] | None = None,
) -> list[str]:
    """Change the given fields; returns the fields changed.

    A new speaker, date or role title finds the role again (as `add` does).
    """
    changed = []
    if text is not None:
        statement.text = _clean_text(text)
        record_mentions(session=session, statement=statement)
        changed.append("text")
        if _find_again(session, statement):
            changed.append("citations")
    if kind is not None:
        statement.kind = check_choice(kind, STATEMENT_KINDS, "statement kind")
        changed.append("kind")
    if on is not None:
        _set_when(statement, on)
        changed.append("date")
    if by is not None or role_title is not None or on is not None:
        speaker = by
        if speaker is None:
            speaker = (
                f"official:{statement.official_id}"
                if statement.official_id
                else f"institution:{statement.institution_id}"
            )
        _set_speaker(session, statement, speaker, role_title)
        changed += [f for f, v in (("speaker", by), ("role", role_title)) if v is not None]
    if occasion is not None:
        statement.occasion = _optional(occasion, "occasion", OCCASION_CHARS)
        changed.append("occasion")
    if place is not None:
        statement.place = _optional(place, "place", PLACE_CHARS)
        changed.append("place")
    if topics is not None:
        set_topics(session=session, statement=statement, names=topics)
        changed.append("topics")
    if not changed:
        raise InvalidInput(
            "nothing to change: give --text, --on, --kind, --by, --role, --occasion, --place "
            "or --topic"
        )
    session.add(statement)
    session.flush()
    return changed


def _find_again(session: Session, statement: Statement) -> int:
    """Point each citation at the statement's new words where its source has them (the
    place nearest the old one); returns how many citations moved."""
    moved = 0
    for citation in session.exec(select(Citation).where(Citation.statement_id == statement.id)):
        source = session.get(Source, citation.source_id)
        span = find_span(source.text, statement.text, near=citation.start or 0)
        if span is None or span == (citation.start, citation.end):
            continue
        citation.start, citation.end = span
        citation.quote = source.text[span[0] : span[1]]
        session.add(citation)
        moved += 1
    return moved


def remove_statement(*, session: Session, statement: Statement) -> None:
    """Delete a statement with its citations, topics and mentions."""
    session.delete(statement)
    session.flush()
