"""Statements listed for `tracker statement list`: latest first, filtered by speaker,
status or source, as rows of STATEMENT_COLUMNS."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import aliased
from sqlmodel import Session, select

from tracker.models import STATUSES, Citation, Institution, Official, Role, Statement
from tracker.services.resolve import resolve_target
from tracker.services.sources import get_source
from tracker.services.statements import said_span
from tracker.services.validate import check_choice

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
