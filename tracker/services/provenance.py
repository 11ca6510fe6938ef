"""A statement with its provenance: speaker, role, date, tags, and every citation in context.

What `tracker statement show` prints: each source that reported the statement,
with the words cited and the paragraph around them, so a reader can check the
quote against the text it came from.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, select

from tracker.dates import publication_edtf
from tracker.models import (
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
from tracker.services.statements import said_span

CONTEXT_CHARS = 400


def statement_detail(*, session: Session, statement: Statement) -> dict[str, Any]:
    """Full provenance: speaker, role, date, tags, mentions and every citation in context."""
    official = session.get(Official, statement.official_id) if statement.official_id else None
    institution = (
        session.get(Institution, statement.institution_id) if statement.institution_id else None
    )
    role = session.get(Role, statement.role_id) if statement.role_id else None
    when = said_span(statement)
    topics = session.exec(
        select(Topic.name)
        .join(StatementTopic, StatementTopic.topic_id == Topic.id)
        .where(StatementTopic.statement_id == statement.id)
        .order_by(Topic.name)
    ).all()
    return {
        "id": statement.id,
        "text": statement.text,
        "kind": statement.kind,
        "status": statement.status,
        "origin": statement.origin,
        "said_on": when.edtf(),
        "said_on_display": when.display(),
        "date_evidence": statement.date_evidence,
        "official": {"id": official.id, "name": official.name} if official else None,
        "institution": {"id": institution.id, "name": institution.name} if institution else None,
        "role": {"id": role.id, "title": role.title} if role else None,
        "occasion": statement.occasion,
        "place": statement.place,
        "language": statement.language,
        "confidence": statement.confidence,
        "topics": list(topics),
        "mentions": _mentions(session, statement),
        "citations": _citations(session, statement),
        "created_at": statement.created_at,
        "updated_at": statement.updated_at,
    }


def _mentions(session: Session, statement: Statement) -> list[dict[str, Any]]:
    rows = session.exec(
        select(Mention, Official.name, Institution.name)
        .outerjoin(Official, Official.id == Mention.official_id)
        .outerjoin(Institution, Institution.id == Mention.institution_id)
        .where(Mention.statement_id == statement.id)
        .order_by(Mention.id)
    ).all()
    return [
        {"type": "official", "id": m.official_id, "name": person}
        if m.official_id
        else {"type": "institution", "id": m.institution_id, "name": body}
        for m, person, body in rows
    ]


def _citations(session: Session, statement: Statement) -> list[dict[str, Any]]:
    rows = session.exec(
        select(Citation, Source, Institution.name)
        .join(Source, Source.id == Citation.source_id)
        .outerjoin(Institution, Institution.id == Source.outlet_id)
        .where(Citation.statement_id == statement.id)
        .order_by(Source.published, Citation.id)
    ).all()
    return [
        {
            "source_id": source.id,
            "title": source.title,
            "outlet": outlet,
            "url": source.url,
            "published": publication_edtf(source.published, source.published_precision),
            "start": citation.start,
            "end": citation.end,
            "quote": citation.quote,
            "confidence": citation.confidence,
            **context(source.text, citation.start, citation.end),
        }
        for citation, source, outlet in rows
    ]


def context(text: str, start: int | None, end: int | None) -> dict[str, str | None]:
    """The paragraph around a span, split into the words before, the span, and after.

    Paragraphs are separated by blank lines; a very long one is cut to
    CONTEXT_CHARS on each side of the span.
    """
    if start is None or end is None:
        return {"before": None, "cited": None, "after": None}
    para_start = text.rfind("\n\n", 0, start)
    para_start = 0 if para_start < 0 else para_start + 2
    para_end = text.find("\n\n", end)
    para_end = len(text) if para_end < 0 else para_end
    before = text[max(para_start, start - CONTEXT_CHARS) : start]
    after = text[end : min(para_end, end + CONTEXT_CHARS)]
    if start - CONTEXT_CHARS > para_start:
        before = "…" + before
    if end + CONTEXT_CHARS < para_end:
        after += "…"
    return {"before": before.lstrip(), "cited": text[start:end], "after": after.rstrip()}
