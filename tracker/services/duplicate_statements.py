"""One statement, many citations: finding the statement a quote already is, and folding two
statements that turn out to be one.

Two reports are the same statement when the speaker is the same, the dates
are compatible (the intervals overlap) and the words are at least 90% alike
once case, accents, script and punctuation are set aside (Quotebank keeps one
quotation with many occurrences the same way). Ingest, `statement add` and
the merges of officials and institutions all ask `already_reported`; what a
second report brings (its citations, topics, mentions, a more precise date,
a confirmation) is added to the statement already stored by `fold_into`, so
`stats` counts each statement once however it arrived.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from rapidfuzz import fuzz
from sqlalchemy import delete, func, or_, update
from sqlmodel import Session, select

from tracker.dates import DateSpan, stored_span
from tracker.models import Citation, Mention, Statement, StatementTopic
from tracker.names import fold

DUPLICATE_SIMILARITY = 90.0
EVIDENCE_CHARS = 500  # the statement.date_evidence column


@lru_cache(maxsize=8192)
def normalise_quote(text: str) -> str:
    """Quote text for comparison: transliterated, lower case, words only (remembered: the
    same stored statements come back as candidates for article after article)."""
    return fold(text)


def already_reported(
    session: Session,
    *,
    official_id: int | None,
    institution_id: int | None,
    text: str,
    span: DateSpan,
    exclude: Collection[int] = (),
) -> Statement | None:
    """A stored statement by the same speaker, on a compatible date, with near-identical words
    (the most alike when several are); statements whose ids are in `exclude` are left out."""
    query = select(Statement.id, Statement.text)
    if official_id is not None:
        query = query.where(Statement.official_id == official_id)
    else:
        query = query.where(
            Statement.official_id.is_(None), Statement.institution_id == institution_id
        )
    if span.end is not None:
        query = query.where(or_(Statement.said_from.is_(None), Statement.said_from <= span.end))
    if span.start is not None:
        query = query.where(or_(Statement.said_to.is_(None), Statement.said_to >= span.start))
    # Texts of very different lengths cannot be 90% alike: leave them in the database.
    size = len(text)
    query = query.where(func.length(Statement.text).between(size * 3 // 4, size * 4 // 3 + 1))
    wanted = normalise_quote(text)
    best, best_score = None, DUPLICATE_SIMILARITY
    with session.no_autoflush:  # statements are flushed as made; pending citations can wait
        rows = session.exec(query).all()
    for statement_id, stored in rows:
        if statement_id in exclude:
            continue
        score = fuzz.ratio(wanted, normalise_quote(stored), score_cutoff=best_score)
        if score >= best_score:
            best, best_score = statement_id, score
    return session.get(Statement, best) if best is not None else None


def narrow_date(statement: Statement, span: DateSpan, evidence: str | None) -> None:
    """Adopt a second report's date when it is more precise and within the first one."""
    old = stored_span(statement.said_from, statement.said_to, statement.said_precision)
    if narrower(old, span):
        statement.said_from, statement.said_to = span.start, span.end
        statement.said_precision = span.precision
        statement.date_evidence = cut_evidence(evidence)


def narrower(old: DateSpan, span: DateSpan) -> bool:
    """Whether `span` is known, within `old` and shorter: a date a second report brings."""
    if span.is_unknown:
        return False
    within = (old.start is None or (span.start is not None and span.start >= old.start)) and (
        old.end is None or (span.end is not None and span.end <= old.end)
    )
    return within and _width(span) < _width(old)


def cut_evidence(evidence: str | None) -> str | None:
    """Date evidence cut to its column's size."""
    return evidence[:EVIDENCE_CHARS] if evidence else evidence


def _width(span: DateSpan) -> float:
    if span.start is None or span.end is None:
        return float("inf")
    return (span.end - span.start).days


def fold_into(session: Session, *, duplicate: Statement, keep: Statement) -> None:
    """Make `duplicate` a report of `keep`, then delete it.

    Its citations move to KEEP (one citing the same place of the same source
    already is dropped); its topics and mentions are added to KEEP's; KEEP
    takes its date when narrower, its confirmation, and what KEEP lacks
    (role, occasion, place, language).
    """
    cited = {
        (source_id, start)
        for source_id, start in session.exec(
            select(Citation.source_id, Citation.start).where(Citation.statement_id == keep.id)
        )
    }
    for citation_id, source_id, start in session.exec(
        select(Citation.id, Citation.source_id, Citation.start).where(
            Citation.statement_id == duplicate.id
        )
    ).all():
        if (source_id, start) in cited:
            continue  # deleted with the duplicate
        cited.add((source_id, start))
        session.exec(
            update(Citation).where(Citation.id == citation_id).values(statement_id=keep.id)
        )
    _add_missing_topics(session, duplicate.id, keep.id)
    _add_missing_mentions(session, duplicate.id, keep.id)
    narrow_date(keep, _span(duplicate), duplicate.date_evidence)
    if duplicate.status == "confirmed":
        keep.status = "confirmed"
    for field in ("role_id", "occasion", "place", "language"):
        if getattr(keep, field) is None:
            setattr(keep, field, getattr(duplicate, field))
    session.add(keep)
    session.delete(duplicate)
    session.flush()


def _add_missing_topics(session: Session, old_id: int, new_id: int) -> None:
    have = select(StatementTopic.topic_id).where(StatementTopic.statement_id == new_id)
    session.exec(
        update(StatementTopic)
        .where(StatementTopic.statement_id == old_id, StatementTopic.topic_id.not_in(have))
        .values(statement_id=new_id)
    )


def _add_missing_mentions(session: Session, old_id: int, new_id: int) -> None:
    for column in (Mention.official_id, Mention.institution_id):
        have = select(column).where(Mention.statement_id == new_id, column.is_not(None))
        session.exec(
            update(Mention)
            .where(Mention.statement_id == old_id, column.is_not(None), column.not_in(have))
            .values(statement_id=new_id)
        )
    session.exec(delete(Mention).where(Mention.statement_id == old_id))


def fold_duplicates(
    session: Session,
    *,
    statement_ids: Collection[int],
) -> int:
    """Fold each of these statements into another by the same speaker that it duplicates
    (after a merge gave two records' statements one speaker); returns how many were folded.

    They are taken in id order; one not yet looked at is never the statement kept, so
    a statement that was already its speaker's outlives the one that joined it.
    """
    waiting = set(statement_ids)  # the one looked at included: it is not its own duplicate
    folded = 0
    for statement_id in sorted(statement_ids):
        # read again: a merge has just re-pointed it with a bulk UPDATE the session did not see
        statement = session.get(Statement, statement_id, populate_existing=True)
        same = None
        if statement is not None:
            same = already_reported(
                session,
                official_id=statement.official_id,
                institution_id=statement.institution_id,
                text=statement.text,
                span=_span(statement),
                exclude=waiting,
            )
        waiting.discard(statement_id)
        if same is not None:
            fold_into(session, duplicate=statement, keep=same)
            folded += 1
    return folded


def _span(statement: Statement) -> DateSpan:
    return stored_span(statement.said_from, statement.said_to, statement.said_precision)
