"""Acting on many statements at once: ids and ranges as typed, the statements they and a
filter choose, removed or confirmed together."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete
from sqlmodel import Session, select

from tracker.errors import InvalidInput, NotFound
from tracker.models import Statement
from tracker.services.statements import get_statement


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
