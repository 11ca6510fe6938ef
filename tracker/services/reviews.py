"""The review queue's decisions: accept, edit or reject a proposed statement, as a named reviewer.

Each decision changes the statement and records who made it, when and what changed
(statement_review), in the caller's one transaction. The caller passes the version
of the statement the reviewer was shown; a statement changed since then (by another
reviewer, or by `tracker statement edit`) is refused with Conflict and nothing is
written, so no one overwrites anyone silently. The version is checked twice: against
the row read here (a stale form), and by the UPDATE or DELETE itself, which names the
version it read (SQLAlchemy's version_id_col, see models.STATEMENT_VERSION). The
second check catches a reviewer who commits between the read and the write: on
PostgreSQL the later UPDATE waits for the earlier transaction's row lock and then
finds the version moved on; on SQLite writers queue on BEGIN IMMEDIATE, so the later
one reads the new version.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session, select

from tracker.dates import DateSpan
from tracker.errors import Conflict, InvalidInput, NotFound
from tracker.models import Institution, Official, Role, Statement, StatementReview
from tracker.services.statements import edit_statement, remove_statement, said_span

REVIEWER_CHARS = 200


def check_reviewer(name: str | None) -> str:
    """A reviewer's name as recorded: trimmed, printable, at most REVIEWER_CHARS."""
    cleaned = " ".join((name or "").split())
    if not cleaned:
        raise InvalidInput("a review needs the reviewer's name")
    if any(unicodedata.category(c).startswith("C") for c in cleaned):
        raise InvalidInput("the reviewer's name contains control characters")
    if len(cleaned) > REVIEWER_CHARS:
        raise InvalidInput(f"the reviewer's name is longer than {REVIEWER_CHARS} characters")
    return cleaned


def accept_statement(
    *, session: Session, statement_id: int, version: int, reviewer: str
) -> Statement:
    """Confirm a proposed statement as it stands."""
    reviewer = check_reviewer(reviewer)
    statement = _claim(session, statement_id, version)
    before = snapshot(session, statement)
    statement.status = "confirmed"
    _write(session, statement)
    _record(session, statement.id, "accept", reviewer, before, snapshot(session, statement))
    return statement


def edit_statement_and_accept(
    *,
    session: Session,
    statement_id: int,
    version: int,
    reviewer: str,
    by: str | None = None,
    on: DateSpan | None = None,
    kind: str | None = None,
    text: str | None = None,
) -> Statement:
    """Correct a proposed statement (speaker, date, kind, words) and confirm it.

    Only fields that differ from the statement's are changed; a new speaker or date
    finds the role held that day again, as `tracker statement edit` does.
    """
    reviewer = check_reviewer(reviewer)
    statement = _claim(session, statement_id, version)
    before = snapshot(session, statement)
    changes: dict[str, Any] = {}
    if by is not None and by.strip() and by.strip() != before["speaker"]:
        changes["by"] = by.strip()
    if on is not None and on != said_span(statement):
        changes["on"] = on
    if kind is not None and kind != statement.kind:
        changes["kind"] = kind
    if text is not None and " ".join(text.split()) != " ".join(statement.text.split()):
        changes["text"] = text
    if changes:
        edit_statement(session=session, statement=statement, **changes)
    statement.status = "confirmed"
    _write(session, statement)
    action = "edit" if changes else "accept"
    _record(session, statement.id, action, reviewer, before, snapshot(session, statement))
    return statement


def reject_statement(*, session: Session, statement_id: int, version: int, reviewer: str) -> None:
    """Delete a proposed statement (with its citations, tags and mentions), keeping in the
    review record everything it said."""
    reviewer = check_reviewer(reviewer)
    statement = _claim(session, statement_id, version)
    before = snapshot(session, statement)
    try:
        remove_statement(session=session, statement=statement)
    except StaleDataError:
        raise _changed_meanwhile(session, statement_id) from None
    _record(session, statement_id, "reject", reviewer, before, dict.fromkeys(before))


def reviews_of(*, session: Session, statement_id: int) -> list[dict[str, Any]]:
    """The decisions recorded on a statement, oldest first: action, reviewer, when, changes."""
    rows = session.exec(
        select(StatementReview)
        .where(StatementReview.statement_id == statement_id)
        .order_by(StatementReview.reviewed_at, StatementReview.id)
    ).all()
    return [
        {
            "action": r.action,
            "reviewer": r.reviewer,
            "reviewed_at": r.reviewed_at,
            "changes": json.loads(r.changes) if r.changes else {},
        }
        for r in rows
    ]


def snapshot(session: Session, statement: Statement) -> dict[str, Any]:
    """What a reviewer sees of a statement, as recorded before and after a decision."""
    official = session.get(Official, statement.official_id) if statement.official_id else None
    body = session.get(Institution, statement.institution_id) if statement.institution_id else None
    role = session.get(Role, statement.role_id) if statement.role_id else None
    return {
        "speaker": official.name if official else (body.name if body else None),
        "role": role.title if role else None,
        "institution": body.name if body else None,
        "date": said_span(statement).edtf(),
        "kind": statement.kind,
        "text": statement.text,
        "status": statement.status,
    }


def _claim(session: Session, statement_id: int, version: int) -> Statement:
    """The proposed statement, if it is still at the version the reviewer saw."""
    statement = session.get(Statement, statement_id)
    if statement is None:
        last = _last_review(session, statement_id)
        if last is not None and last.action == "reject":
            raise Conflict(
                f"statement {statement_id} was rejected by {last.reviewer} at "
                f"{_when(last)}; nothing was changed"
            )
        raise NotFound(f"no statement with id {statement_id}")
    session.refresh(statement)  # the row as committed now, not as this session last saw it
    if statement.version != version:
        raise _changed_meanwhile(session, statement_id)
    if statement.status != "proposed":
        raise InvalidInput(f"statement {statement_id} is {statement.status}, not proposed")
    return statement


def _write(session: Session, statement: Statement) -> None:
    statement_id = statement.id  # after a failed flush the object cannot be read
    session.add(statement)
    try:
        session.flush()
    except StaleDataError:
        raise _changed_meanwhile(session, statement_id) from None


def _changed_meanwhile(session: Session, statement_id: int) -> Conflict:
    """The refusal, naming the last reviewer; read apart, as a failed flush ends the session's
    transaction (read-only, so that on SQLite it does not queue behind this writer)."""
    bind = session.get_bind().execution_options(tracker_readonly=True)
    with Session(bind) as fresh:
        last = _last_review(fresh, statement_id)
    who = f" by {last.reviewer} at {_when(last)}" if last is not None else ""
    return Conflict(
        f"statement {statement_id} was changed{who} after you opened it; "
        "your change was not saved (reload to see it as it is now)"
    )


def _last_review(session: Session, statement_id: int) -> StatementReview | None:
    return session.exec(
        select(StatementReview)
        .where(StatementReview.statement_id == statement_id)
        .order_by(StatementReview.reviewed_at.desc(), StatementReview.id.desc())
    ).first()


def _when(review: StatementReview) -> str:
    return review.reviewed_at.strftime("%Y-%m-%d %H:%M UTC")


def _record(
    session: Session,
    statement_id: int,
    action: str,
    reviewer: str,
    before: dict[str, Any],
    after: dict[str, Any],
) -> None:
    changes = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
    session.add(
        StatementReview(
            statement_id=statement_id,
            action=action,
            reviewer=reviewer,
            changes=json.dumps(changes, ensure_ascii=False),
        )
    )
    session.flush()
