"""What a statement is about, as given by hand: its topics, and the officials and
institutions it mentions (mentions.py reads the ones its words name)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import delete
from sqlmodel import Session, select

from tracker.errors import InvalidInput
from tracker.models import Mention, Statement, StatementTopic, Topic
from tracker.names import fold
from tracker.services.resolve import resolve_target
from tracker.text import clean_line


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
