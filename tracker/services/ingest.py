"""Ingesting an article: read it, extract its statements, review them, record them.

prepare() reads one input and settles what is known about the article (its
metadata merged, its reference date found, or asked for through a callback: a
dateline's year is never guessed), then runs extraction. ingest() records a
prepared article: every statement as "proposed", or only those a review
callback accepts. The CLI (tracker.cli.ingest) adds progress, prompts and the
summary; the Python API (tracker.api) calls the same two functions.

record_article() stores the source and each accepted statement with its
speaker matched by tracker.services.matching. A statement that another source
already reported (tracker.services.duplicate_statements: same speaker, a compatible
date, quote text at least 90% similar once normalised) gets a second citation
instead of a duplicate row; tracker.services.article_rows writes the article's rows
together. The whole article is one transaction: the caller's session.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from sqlmodel import Session

from tracker import reader
from tracker.article import Article, MissingYear, Overrides, describe, reference_date, with_year
from tracker.dates import parse_edtf
from tracker.errors import InvalidInput
from tracker.extract import READ_LIMIT, contract_json, extract, read_meta
from tracker.extract.model import ProposedStatement
from tracker.extract.period import extract_in_period
from tracker.models import STATEMENT_KINDS, STATUSES
from tracker.services.article_rows import ArticleRows
from tracker.services.matching import Speakers
from tracker.services.sources import find_source_by_text, store_source
from tracker.services.validate import check_choice

if TYPE_CHECKING:
    from tracker.db import Database

AskYear = Callable[[str, tuple[int, int]], int]
"""Asked for the year of a dateline that gives only (month, day); gets the article's path."""


@dataclass(frozen=True)
class Prepared:
    """One input read and extracted: the article with its metadata settled, the statements
    extraction proposes, and notes for the user (an article with no date to count from)."""

    article: Article
    statements: list[ProposedStatement]
    notes: tuple[str, ...] = ()

    def contract(self) -> dict:
        """The extraction contract's JSON object (DESIGN.md), as `ingest --json` prints it."""
        a = self.article
        meta = {
            "path": a.path,
            "id": a.id,
            "title": a.title,
            "url": a.url,
            "outlet": a.outlet,
            "published": a.published_edtf,
            "dateline_place": a.dateline_place,
            "language": a.language,
        }
        # spans as offsets into the text as read, before invisible characters were removed
        as_read = [replace(p, span=a.original_span(p.span)) for p in self.statements]
        return contract_json(meta, as_read)


@dataclass
class Decisions:
    """The outcome of reviewing one article: (statement, status) pairs, the proposals the
    reviewer marked as no statement at all, and whether to stop."""

    accepted: list[tuple[ProposedStatement, str]] = field(default_factory=list)
    skipped: int = 0
    quit: bool = False
    rejected: list[ProposedStatement] = field(default_factory=list)


Review = Callable[[Article, list[ProposedStatement]], Decisions]
"""Shown an article's proposed statements; says which to record, with which status."""


@dataclass
class Recorded:
    """What ingesting one article did. source_id is None when review accepted nothing."""

    source_id: int | None
    already: bool = False
    statements: int = 0
    citations: int = 0
    unattributed: int = 0
    notes: list[str] = field(default_factory=list)
    skipped: int = 0  # statements skipped in review
    stop: bool = False  # the reviewer asked to stop the run
    rejected: int = 0  # proposals the reviewer marked as not a statement


def prepare(
    item: reader.Input,
    *,
    overrides: Overrides | None = None,
    timeout: float = reader.DEFAULT_TIMEOUT,
    max_bytes: int = reader.DEFAULT_MAX_BYTES,
    ask_year: AskYear | None = None,
    public_only: bool = False,
    unnamed: bool = False,
) -> Prepared:
    """Read one input (file, URL or stdin) and extract its statements; see prepare_document.

    public_only: fetch URLs only from public addresses (tracker.fetch); a server that
    ingests on behalf of its users must set it.
    """
    document = reader.read(item, timeout=timeout, max_bytes=max_bytes, public_only=public_only)
    return prepare_document(item, document, overrides=overrides, ask_year=ask_year, unnamed=unnamed)


def prepare_document(
    item: reader.Input,
    document: reader.Document,
    *,
    overrides: Overrides | None = None,
    ask_year: AskYear | None = None,
    unnamed: bool = False,
) -> Prepared:
    """The article with its metadata settled, and the statements extraction proposes
    (with ``unnamed``, also the words of unnamed sources, which no record can hold).

    A dateline with month and day but no year anywhere raises MissingYear unless
    `ask_year` answers it. Without any date, relative dates ("on Friday") stay open
    and a note says so; a page dated only to a month or year (`article.period`) is read
    within that period, and a note says so too.
    """
    article = describe(item, document, read_meta(document.text), overrides or Overrides())
    notes = []
    try:
        reference = reference_date(article)
    except MissingYear:
        if ask_year is None:
            raise
        article = with_year(article, ask_year(article.path, article.dateline_month_day))
        reference = reference_date(article)
    in_period = reference is None and article.period is not None
    if in_period:
        notes.append(
            f"published in {article.period.edtf()}, no day given: statements said on the "
            f"publication day are dated {article.period.edtf()}, relative days ('on Friday') "
            "only as far as that tells"
        )
    elif reference is None:
        notes.append(
            "no publication date found, so relative dates ('on Friday') stay open; "
            "pass --published to date them"
        )
    elif article.published is None:
        article = replace(article, published=reference, period=None)
    if len(article.text) > READ_LIMIT:
        notes.append(
            f"the text is {len(article.text):,} characters long; statements were looked for in "
            f"its first {READ_LIMIT:,} only"
        )
    if in_period:
        statements = extract_in_period(
            article.text, article.period, unnamed=unnamed, url=article.url
        )
    else:
        statements = extract(article.text, published=reference, unnamed=unnamed, url=article.url)
    return Prepared(article, statements, tuple(notes))


def ingest(*, database: Database, prepared: Prepared, review: Review | None = None) -> Recorded:
    """Record a prepared article in one write transaction.

    Without `review` every statement is recorded "proposed". With it, an article
    already stored is reported before anyone is asked; otherwise the review is
    shown the statements (outside any write transaction, so other writers are not
    held up while a person reads) and only those it accepts are recorded.
    """
    article = prepared.article
    if review is None:
        decisions = Decisions(accepted=[(p, "proposed") for p in prepared.statements])
    else:
        with database.transaction(write=False) as s:
            existing = find_source_by_text(session=s, text=article.text)
        if existing is not None:
            return Recorded(source_id=existing.id, already=True)
        decisions = review(article, prepared.statements)
        if not decisions.accepted:
            return Recorded(
                source_id=None,
                skipped=decisions.skipped,
                stop=decisions.quit,
                rejected=len(decisions.rejected),
            )
    with database.transaction() as s:
        done = record_article(session=s, article=article, accepted=decisions.accepted)
    done.skipped, done.stop = decisions.skipped, decisions.quit
    done.rejected = len(decisions.rejected)
    return done


def record_article(
    *,
    session: Session,
    article: Article,
    accepted: Iterable[tuple[ProposedStatement, str]],
) -> Recorded:
    """Store an article and its accepted statements, each with the status it was accepted with.

    The same text twice is a no-op (Recorded.already). Statements without a
    speaker that can be stored (an unknown "diplomatic source") are counted as
    unattributed and left out. An article that yields no statement at all is
    refused (InvalidInput), so the caller's transaction stores nothing of it.
    """
    period = None if article.published else article.period  # a month or year, no day
    source_id, created = store_source(
        session=session,
        text=article.text,
        url=article.url,
        outlet=article.outlet,
        title=article.title,
        published=article.published or (period.start if period else None),
        published_precision=period.precision if period else "day",
        dateline_place=article.dateline_place,
        language=article.language,
        guess_outlet=True,
    )
    if not created:
        return Recorded(source_id=source_id, already=True)
    accepted = list(accepted)
    speakers = Speakers(
        session,
        context=f"{article.outlet or ''}\n{article.text}",
        names=[p.speaker for p, _ in accepted if p.speaker_type == "person" and p.speaker],
    )
    speakers.prefetch([p for p, _ in accepted])
    result = Recorded(source_id=source_id)
    rows = ArticleRows(session, source_id, article.language, article.text)
    for proposal, status in accepted:
        _record_statement(speakers, rows, article, proposal, status, result)
    result.statements, result.citations = rows.write()
    if not (result.statements or result.citations):
        left_out = (
            f" ({result.unattributed} without a known speaker)" if result.unattributed else ""
        )
        raise InvalidInput(
            f"no statements found{left_out}, nothing recorded; store the text with "
            "`tracker source add` and add statements by hand with `tracker statement add`"
        )
    return result


def _record_statement(
    speakers: Speakers,
    rows: ArticleRows,
    article: Article,
    p: ProposedStatement,
    status: str,
    result: Recorded,
) -> None:
    check_choice(status, STATUSES, "status")
    if p.kind not in STATEMENT_KINDS:
        raise InvalidInput(f"unknown statement kind {p.kind!r} at {p.span[0]}..{p.span[1]}")
    start, end = p.span
    if not 0 <= start <= end <= len(article.text):
        raise InvalidInput(f"span {start}..{end} lies outside the text of {article.path}")
    if not p.text.strip():
        raise InvalidInput(f"empty statement text at {start}..{end}")
    span = parse_edtf(p.said_on)
    official, institution, role = speakers.resolve(p, span)
    result.notes.extend(speakers.take_notes())
    if official is None and institution is None:
        result.unattributed += 1
        return
    rows.add(
        p,
        span,
        status,
        official_id=official.id if official else None,
        institution_id=institution.id if institution else None,
        role_id=role.id if role else None,
    )
