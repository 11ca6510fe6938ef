"""Statements by hand: recording, listing, editing, confirming (showing: provenance.py).

A statement recorded by hand is `manual` and `confirmed`. Its speaker is an
official, or an institution speaking as such; for an official the role held
on the day is found from the recorded roles (or chosen by title), and the
statement speaks for that role's institution.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from tracker.dates import DateSpan, stored_span
from tracker.errors import InvalidInput, NotFound
from tracker.models import (
    STATEMENT_KINDS,
    STATUSES,
    Citation,
    Institution,
    Mention,
    Official,
    Role,
    Source,
    Statement,
    StatementTopic,
    Topic,
)
from tracker.names import fold
from tracker.services.duplicate_statements import already_reported, narrow_date
from tracker.services.mentions import record_mentions
from tracker.services.resolve import find_institution, find_official
from tracker.services.roles import role_on, roles_titled
from tracker.services.sources import get_source
from tracker.services.validate import check_choice
from tracker.spans import find_span
from tracker.text import clean, clean_line

STATEMENT_COLUMNS = (
    "id",
    "said_on",
    "official_id",
    "official",
    "role",
    "institution_id",
    "institution",
    "kind",
    "status",
    "origin",
    "text",
)
OCCASION_CHARS, PLACE_CHARS = 500, 200  # the columns' sizes


def said_span(statement: Statement) -> DateSpan:
    """The statement's said-on interval as a DateSpan."""
    return stored_span(statement.said_from, statement.said_to, statement.said_precision)


def resolve_target(*, session: Session, name: str) -> tuple[Official | None, Institution | None]:
    """An official or an institution by name or id ("institution:12" forces the institution).

    A bare name is looked up among officials first, then institutions; a bare
    id means an official.
    """
    prefix, _, rest = name.partition(":")
    if rest and prefix.strip().lower() == "official":
        return find_official(session=session, name=rest), None
    if rest and prefix.strip().lower() == "institution":
        return None, find_institution(session=session, name=rest)
    try:
        return find_official(session=session, name=name), None
    except NotFound as person_missing:
        try:
            return None, find_institution(session=session, name=name)
        except NotFound as body_missing:
            hints = [_hint(person_missing), _hint(body_missing)]
            close = ", ".join(h for h in hints if h)
            raise NotFound(
                f"no official or institution {name!r}"
                + (f"; did you mean: {close}?" if close else "")
            ) from None


def _hint(error: NotFound) -> str:
    """The names a resolve.py NotFound suggests, without the wording around them."""
    _, _, hint = str(error).partition("did you mean: ")
    return hint.rstrip("?")


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


def topic(*, session: Session, name: str) -> Topic:
    """The topic of this name (case and accents aside), created when new."""
    cleaned = clean_line(name)
    key = fold(cleaned)
    if not key:
        raise InvalidInput(f"empty topic name {name!r}")
    found = session.exec(select(Topic).where(Topic.key == key)).first()
    if found is not None:
        return found
    row = Topic(name=cleaned, key=key)
    session.add(row)
    session.flush()
    return row


def set_topics(*, session: Session, statement: Statement, names: Iterable[str]) -> None:
    """Make the statement's topics exactly `names`."""
    session.exec(delete(StatementTopic).where(StatementTopic.statement_id == statement.id))
    ids = {topic(session=session, name=n).id for n in names}
    for topic_id in sorted(ids):
        session.add(StatementTopic(statement_id=statement.id, topic_id=topic_id))
    session.flush()


def add_mention(*, session: Session, statement: Statement, name: str) -> Mention:
    """Record that the statement is about an official or institution (once)."""
    official, institution = resolve_target(session=session, name=name)
    condition = (
        Mention.official_id == official.id if official else Mention.institution_id == institution.id
    )
    found = session.exec(
        select(Mention).where(Mention.statement_id == statement.id, condition)
    ).first()
    if found is not None:
        return found
    row = Mention(
        statement_id=statement.id,
        official_id=official.id if official else None,
        institution_id=institution.id if institution else None,
    )
    session.add(row)
    session.flush()
    return row


def get_statement(*, session: Session, statement_id: str | int) -> Statement:
    """The statement with this id; NotFound otherwise."""
    text = str(statement_id).strip()
    found = session.get(Statement, int(text)) if text.isdigit() else None
    if found is None:
        raise NotFound(f"no statement with id {statement_id!r} (see `tracker statement list`)")
    return found


def statement_rows(
    *,
    session: Session,
    by: str | None = None,
    status: str | None = None,
    source_id: str | None = None,
    limit: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Statements, latest first (fields: STATEMENT_COLUMNS), filtered by speaker, status, source."""
    speaker = aliased(Official)
    body = aliased(Institution)
    query = (
        select(Statement, speaker.name, body.name, Role.title)
        .outerjoin(speaker, speaker.id == Statement.official_id)
        .outerjoin(body, body.id == Statement.institution_id)
        .outerjoin(Role, Role.id == Statement.role_id)
        .order_by(
            Statement.said_to.is_(None),
            Statement.said_to.desc(),
            Statement.id.desc(),
        )
        .limit(limit)
    )
    if by is not None:
        official, institution = resolve_target(session=session, name=by)
        query = query.where(
            Statement.official_id == official.id
            if official
            else Statement.institution_id == institution.id
        )
    if status is not None:
        query = query.where(Statement.status == check_choice(status, STATUSES, "status"))
    if source_id is not None:
        source = get_source(session=session, source_id=source_id)
        cited = select(Citation.statement_id).where(Citation.source_id == source.id)
        query = query.where(Statement.id.in_(cited))
    for statement, official_name, institution_name, role_title in session.exec(query):
        yield {
            "id": statement.id,
            "said_on": said_span(statement).edtf(),
            "official_id": statement.official_id,
            "official": official_name,
            "role": role_title,
            "institution_id": statement.institution_id,
            "institution": institution_name,
            "kind": statement.kind,
            "status": statement.status,
            "origin": statement.origin,
            "text": statement.text,
        }


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


def parse_statement_ids(values: Sequence[str]) -> tuple[list[int], list[int]]:
    """Ids as typed -> (ids named one by one, ids within ranges): "42", "40-45" or "40..45"
    (inclusive), "40,41,50-52"."""
    single: list[int] = []
    ranged: list[int] = []
    for value in values:
        for part in value.replace(" ", "").split(","):
            if not part:
                continue
            first, sep, last = part.replace("..", "-").partition("-")
            if not first.isdigit() or (sep and not last.isdigit()):
                raise InvalidInput(f"not a statement id or range: {part!r} (e.g. 42 or 40-45)")
            if not sep:
                single.append(int(first))
                continue
            low, high = int(first), int(last)
            if high < low:
                raise InvalidInput(f"range {part!r} runs backwards")
            if high - low >= MAX_RANGE:
                raise InvalidInput(f"range {part!r} spans more than {MAX_RANGE:,} ids")
            ranged.extend(range(low, high + 1))
    return sorted(set(single)), sorted(set(ranged))


MAX_RANGE = 1_000_000


def select_statements(
    *,
    session: Session,
    single: Sequence[int] = (),
    ranged: Sequence[int] = (),
    criteria=None,
) -> list[int]:
    """The ids of the statements to act on, in order.

    Ids named one by one must all exist (NotFound otherwise); a range takes the ids in it
    that exist. With a tracker.query.Criteria, the statements it matches (among the ids,
    when ids are given too).
    """
    from tracker.query import build_filter, where_clause
    from tracker.tables import statement  # the table where_clause's conditions name

    existing = _existing(session, [*single, *ranged])
    missing = [i for i in single if i not in existing]
    if missing:
        shown = ", ".join(map(str, missing[:10])) + (" …" if len(missing) > 10 else "")
        raise NotFound(f"no statement with id {shown}; nothing deleted")
    if criteria is None:
        return sorted(existing)
    condition = where_clause(session, build_filter(session=session, criteria=criteria))
    ids = select(statement.c.id).where(condition).order_by(statement.c.id)
    matched = list(session.exec(ids))
    return [i for i in matched if i in existing] if single or ranged else matched


def _existing(session: Session, ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for at in range(0, len(ids), 500):
        chunk = list(ids[at : at + 500])
        found |= set(session.exec(select(Statement.id).where(Statement.id.in_(chunk))))
    return found


def remove_statements(*, session: Session, ids: Sequence[int]) -> int:
    """Delete statements by id with their citations, topics and mentions; returns how many."""
    count = 0
    for at in range(0, len(ids), 500):
        result = session.exec(delete(Statement).where(Statement.id.in_(list(ids[at : at + 500]))))
        count += result.rowcount
    session.flush()
    return count


def confirm_statements(*, session: Session, ids: Sequence[str]) -> tuple[list[int], list[int]]:
    """Mark proposed statements confirmed; returns (confirmed, already confirmed) ids.

    Every id must exist, or nothing is changed.
    """
    statements = [get_statement(session=session, statement_id=i) for i in dict.fromkeys(ids)]
    confirmed, already = [], []
    for statement in statements:
        if statement.status == "confirmed":
            already.append(statement.id)
            continue
        statement.status = "confirmed"
        session.add(statement)
        confirmed.append(statement.id)
    session.flush()
    return confirmed, already
