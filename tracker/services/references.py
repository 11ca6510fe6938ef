"""Counting and re-pointing the rows that refer to an official or institution.

Listings count what refers to each record; a merge re-points those rows to the
record kept, and a removal says what it would take with it.
"""

from __future__ import annotations

from sqlalchemy import delete, func, update
from sqlmodel import Session, select

from tracker.models import Mention


def counts_by(session: Session, column) -> dict[int, int]:
    rows = session.exec(select(column, func.count()).where(column.is_not(None)).group_by(column))
    return dict(rows.all())


def count_where(session: Session, model, condition) -> int:
    return session.exec(select(func.count()).select_from(model).where(condition)).one()


def repoint(session: Session, model, column, old_id: int, new_id: int) -> int:
    result = session.exec(update(model).where(column == old_id).values({column.key: new_id}))
    return result.rowcount


def repoint_mentions(session: Session, column, old_id: int, new_id: int) -> int:
    """Re-point mentions; a statement that mentioned both keeps one mention."""
    already = select(Mention.statement_id).where(column == new_id)
    session.exec(delete(Mention).where(column == old_id, Mention.statement_id.in_(already)))
    return repoint(session, Mention, column, old_id, new_id)


def describe_counts(counts: dict[str, int]) -> str:
    """{"roles": 2, "statements": 0, "mentions": 1} -> "2 roles, 1 mention"."""
    parts = [f"{n} {what if n != 1 else _singular(what)}" for what, n in counts.items() if n]
    return ", ".join(parts) or "nothing"


def _singular(plural: str) -> str:
    return plural[:-2] if plural.endswith("ses") else plural[:-1]
