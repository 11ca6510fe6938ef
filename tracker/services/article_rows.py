"""The statements and citations one ingested article adds, found again or written together.

A statement another source already reported gets a second citation instead of a duplicate
row, by the rule of tracker.services.duplicate_statements (same speaker, a compatible date,
quote text at least 90% similar once normalised), here asked once per speaker for the
whole article. The article's new statements are held until its end and then written with
one multi-row insert each for statements and citations, through SQLAlchemy Core: ingest
spends its time on reading text, not on one ORM object, one flush and one round trip per
row. Statements the article itself already added count as reported, exactly as if each
had been written when found; each new statement then gets its mentions (whom and what its
words name, tracker.services.mentions).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import (
    Date,
    Insert,
    Select,
    String,
    Table,
    bindparam,
    func,
    insert,
    or_,
    select,
    type_coerce,
)
from sqlmodel import Session

from tracker.bulk import defaults
from tracker.dates import DateSpan, stored_span
from tracker.extract.model import ProposedStatement
from tracker.models import DERIVED_COLUMNS, Citation, Statement
from tracker.prepared import PreparedFamily
from tracker.services.duplicate_statements import (
    DUPLICATE_SIMILARITY,
    cut_evidence,
    narrower,
    normalise_quote,
)
from tracker.services.mentions import record_new_mentions

ROWS_PER_INSERT = 200  # well under SQLite's and PostgreSQL's limits on bound values

_STATEMENT = Statement.__table__
_CITATION = Citation.__table__
_DERIVED = DERIVED_COLUMNS.get("statement", {})  # text_stems: made from the text on every write
_STATEMENT_COLUMNS = (
    "official_id", "institution_id", "role_id", "text", "kind", "said_from", "said_to",
    "said_precision", "date_evidence", "language", "status", "origin", "confidence",
    "created_at", "updated_at", "version", *_DERIVED,
)  # fmt: skip
_CITATION_COLUMNS = ("statement_id", "source_id", "start", "end", "quote", "confidence")
_STATEMENT_DEFAULTS = defaults(_STATEMENT)
# Columns that tell an article's new statements apart: two new ones alike in all of them
# would have been one statement cited twice.
_DISTINCT = ("official_id", "institution_id", "text", "said_from", "said_to")


def _insert_rows(table: Table, columns: tuple[str, ...], count: int) -> Insert:
    """INSERT of `count` rows of `columns`, bound as column_0, column_1 ..."""
    rows = [
        {name: bindparam(f"{name}_{i}", type_=table.c[name].type) for name in columns}
        for i in range(count)
    ]
    return insert(table).values(rows)


_INSERT_STATEMENTS = PreparedFamily(
    lambda n: _insert_rows(_STATEMENT, _STATEMENT_COLUMNS, n).returning(
        _STATEMENT.c.id, *(_STATEMENT.c[name] for name in _DISTINCT)
    )
)
_INSERT_CITATIONS = PreparedFamily(lambda n: _insert_rows(_CITATION, _CITATION_COLUMNS, n))


@dataclass
class _Said:
    """One accepted statement of the article with its resolved speaker."""

    p: ProposedStatement
    span: DateSpan
    status: str
    official_id: int | None
    institution_id: int | None
    role_id: int | None

    @property
    def speaker(self) -> tuple[int | None, int | None]:
        """Who it is by, as statements are compared: the official, else the institution."""
        return (self.official_id, None if self.official_id is not None else self.institution_id)


@dataclass(slots=True)
class _Known:
    """A statement it may repeat: stored (id) or new in this article (row), with its dates."""

    id: int | None
    row: dict | None
    text: str
    said_from: date | None
    said_to: date | None
    said_precision: str


class _Candidates:
    """The statements a speaker's statements may repeat, oldest first, with their words
    normalised once. A stored one stays the row the database gave, (id, text, said_from,
    said_to, said_precision) with its days as the driver read them, until it is found
    repeated: most never are, and a speaker may have hundreds. `day` reads a day as the
    column's type does (None where the driver gives dates)."""

    def __init__(self, day: Callable[[Any], date | None] | None = None) -> None:
        self.known: list[_Known | tuple] = []
        self.words: list[str] = []
        self.day = day

    def add(self, known: _Known) -> None:
        self.known.append(known)
        self.words.append(normalise_quote(known.text))

    def add_stored(self, rows: list[tuple]) -> None:
        """Stored statements, as rows of (id, text, said_from, said_to, said_precision)."""
        self.known += rows
        self.words += map(normalise_quote, [row[1] for row in rows])

    def at(self, index: int) -> _Known:
        """The candidate at `index`, as a _Known (made from its row the first time)."""
        known = self.known[index]
        if known.__class__ is not _Known:
            statement_id, text, said_from, said_to, precision = known
            if self.day is not None:
                said_from, said_to = self.day(said_from), self.day(said_to)
            known = self.known[index] = _Known(statement_id, None, text, said_from, said_to,
                                               precision)  # fmt: skip
        return known


class ArticleRows:
    """One article's statements and citations, written by write() in the caller's transaction.

    add() takes each accepted statement with its resolved speaker, in order; write() finds
    those already reported (one query per speaker) and inserts the rest and every citation.
    """

    def __init__(
        self, session: Session, source_id: int, language: str | None, context: str
    ) -> None:
        self.session = session
        self.source_id = source_id
        self.language = language
        self.context = context  # the article's text, for mentions by surname
        self._said: list[_Said] = []

    def add(
        self,
        p: ProposedStatement,
        span: DateSpan,
        status: str,
        *,
        official_id: int | None,
        institution_id: int | None,
        role_id: int | None,
    ) -> None:
        """Take a statement to record."""
        self._said.append(_Said(p, span, status, official_id, institution_id, role_id))

    def write(self) -> tuple[int, int]:
        """Record every statement taken, in order; returns (statements new, citations of
        statements already stored or new earlier in the article)."""
        known = self._stored()
        new: list[dict] = []
        cited: list[tuple[_Known, ProposedStatement]] = []
        for said in self._said:
            same = _closest(said, known[said.speaker])
            if same is None:
                row = self._row(said)
                new.append(row)
                same = _Known(None, row, said.p.text, row["said_from"], row["said_to"],
                              row["said_precision"])  # fmt: skip
                known[said.speaker].add(same)
            else:
                self._cite_again(same, said)
            cited.append((same, said.p))
        if self.session.dirty:
            self.session.flush()  # statements found again, narrowed or confirmed
        connection = self.session.connection()
        stamps = {
            name: _STATEMENT_DEFAULTS[name]() for name in ("created_at", "updated_at", "version")
        }
        for chunk in _chunks(new):
            # One multi-row insert; its RETURNING rows may come in any order.
            rows = [row | stamps | {n: make(row) for n, make in _DERIVED.items()} for row in chunk]
            made = {tuple(r[1:]): r[0] for r in _INSERT_STATEMENTS.all(connection, rows)}
            for row in chunk:
                row["id"] = made[tuple(row[name] for name in _DISTINCT)]
        rows = [
            {
                "statement_id": k.id if k.id is not None else k.row["id"],
                "source_id": self.source_id,
                "start": p.span[0],
                "end": p.span[1],
                "quote": p.text,
                "confidence": p.confidence,
            }
            for k, p in cited
        ]
        for chunk in _chunks(rows):
            _INSERT_CITATIONS.all(connection, chunk)
        record_new_mentions(
            session=self.session,
            statements=[(row["id"], row["text"], row["official_id"]) for row in new],
            context=self.context,
        )
        return len(new), len(cited) - len(new)

    def _stored(self) -> dict[tuple, _Candidates]:
        """The stored statements each speaker's statements may repeat, oldest first: one
        query for all the officials, one for each institution speaking as itself, each for
        the widest dates and lengths its statements allow."""
        groups: dict[int | None, list[_Said]] = {}  # None: the officials' statements
        for said in self._said:
            groups.setdefault(None if said.official_id else said.institution_id, []).append(said)
        connection = self.session.connection()
        dialect = connection.dialect
        day = _DAY.dialect_impl(dialect).result_processor(dialect, None)
        known = {said.speaker: _Candidates(day) for said in self._said}
        for institution_id, said in groups.items():
            ends = [s.span.end for s in said]
            starts = [s.span.start for s in said]
            sizes = [len(s.p.text) for s in said]
            shape = (institution_id is None, None not in ends, None not in starts)
            if shape not in _REPORTED:
                _REPORTED[shape] = _reported_statement(*shape)
            values = {
                "end": max(ends) if shape[1] else None,
                "start": min(starts) if shape[2] else None,
                "shortest": min(sizes) * 3 // 4,
                "longest": max(sizes) * 4 // 3 + 1,
            }
            if institution_id is None:
                officials = sorted({s.official_id for s in said})
                items = [{"official": official_id} for official_id in officials]
            else:
                items = [{"institution": institution_id}]
            rows = _REPORTED[shape].all(connection, items, values)
            if institution_id is not None:
                known[(None, institution_id)].add_stored([row[1:] for row in rows])
                continue
            by_official: dict[int, list[tuple]] = {}
            for row in rows:
                by_official.setdefault(row[0], []).append(row[1:])
            for official_id, found in by_official.items():
                known[(official_id, None)].add_stored(found)
        return known

    def _row(self, said: _Said) -> dict:
        p, span = said.p, said.span
        return {
            "official_id": said.official_id,
            "institution_id": said.institution_id,
            "role_id": said.role_id,
            "text": p.text,
            "kind": p.kind,
            "said_from": span.start,
            "said_to": span.end,
            "said_precision": span.precision,
            "date_evidence": cut_evidence(p.date_evidence),
            "language": self.language,
            "status": said.status,
            "origin": "extracted",
            "confidence": p.confidence,
        }

    def _cite_again(self, same: _Known, said: _Said) -> None:
        """A second report adopts its date when more precise and within the first one's,
        and a confirmed one confirms the statement."""
        span = said.span
        changes = {}
        if narrower(stored_span(same.said_from, same.said_to, same.said_precision), span):
            same.said_from, same.said_to, same.said_precision = span.start, span.end, span.precision
            changes = {
                "said_from": span.start,
                "said_to": span.end,
                "said_precision": span.precision,
                "date_evidence": cut_evidence(said.p.date_evidence),
            }
        if said.status == "confirmed":
            changes["status"] = "confirmed"
        if same.row is not None:
            same.row.update(changes)
            return
        if changes:
            statement = self.session.get(Statement, same.id)
            for name, value in changes.items():
                setattr(statement, name, value)


def _closest(said: _Said, candidates: _Candidates) -> _Known | None:
    """The statement `said` repeats: near-identical words (normalised), the closest, and of
    equals the latest; None when there is none."""
    words = normalise_quote(said.p.text)
    alike = process.extractOne(
        words, candidates.words, scorer=fuzz.ratio, score_cutoff=DUPLICATE_SIMILARITY
    )
    if alike is None:
        return None  # nothing alike at all, so nothing alike that fits: the usual case, in C
    size = len(said.p.text)
    shortest, longest = size * 3 // 4, size * 4 // 3 + 1
    end, start = said.span.end, said.span.start
    ratio = fuzz.ratio
    best, best_score = None, DUPLICATE_SIMILARITY
    for index, their_words in enumerate(candidates.words):
        # the test the database query makes, then the words
        candidate = candidates.at(index)
        if not shortest <= len(candidate.text) <= longest:
            continue
        if end is not None and candidate.said_from is not None and candidate.said_from > end:
            continue
        if start is not None and candidate.said_to is not None and candidate.said_to < start:
            continue
        score = ratio(words, their_words, score_cutoff=best_score)
        if score >= best_score:
            best, best_score = candidate, score
    return best


_DAY, _UNREAD = Date(), String()
# The query for stored statements that may be the same, one per shape of question: by any
# of n officials (official_0, official_1 ...), or by one institution as itself.
_REPORTED: dict[tuple[bool, bool, bool], PreparedFamily] = {}


def _reported_statement(by_officials: bool, has_end: bool, has_start: bool) -> PreparedFamily:
    c = _STATEMENT.c

    def build(n: int) -> Select:
        # the days as the driver reads them (ISO text on SQLite): read as days by _Candidates
        # only for the few statements found alike
        days = (type_coerce(c.said_from, _UNREAD), type_coerce(c.said_to, _UNREAD))
        query = select(c.official_id, c.id, c.text, *days, c.said_precision)
        if by_officials:
            query = query.where(c.official_id.in_([bindparam(f"official_{i}") for i in range(n)]))
        else:
            institution = c.institution_id == bindparam("institution_0")
            # official_id + 0: not read from the (official_id, said_to) index, which SQLite's
            # statistics rate as a few statements per official, averaging in the tens of
            # thousands with no official: it would read all of those in the date range,
            # where the (institution_id, said_to) index reads the institution's own
            query = query.where((c.official_id + 0).is_(None), institution)
        if has_end:
            query = query.where(or_(c.said_from.is_(None), c.said_from <= bindparam("end")))
        if has_start:
            query = query.where(or_(c.said_to.is_(None), c.said_to >= bindparam("start")))
        # Texts of very different lengths cannot be 90% alike: leave them in the database.
        length = func.length(c.text).between(bindparam("shortest"), bindparam("longest"))
        return query.where(length).order_by(c.id)

    return PreparedFamily(build)


def _chunks(rows: list) -> list[list]:
    return [rows[i : i + ROWS_PER_INSERT] for i in range(0, len(rows), ROWS_PER_INSERT)]
