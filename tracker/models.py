"""Every table of tracker, as SQLModel classes.

The shape follows Popolo (people, organisations and dated posts) and Quotebank
(one statement, many citations across outlets). Constraints live in the
database and are named by NAMING_CONVENTION so that migrations can refer to
them on SQLite and PostgreSQL alike. migrations/env.py imports this module
whole; Alembic is the only way the schema is created or changed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    event,
)
from sqlmodel import Field, SQLModel

from tracker.dates import PUBLISHED_PRECISIONS  # a source's publication date: no interval
from tracker.search import text_stems
from tracker.tables import (  # the values a column may hold, kept where reading needs them
    INSTITUTION_KINDS,
    ORIGINS,
    PRECISIONS,
    STATEMENT_KINDS,
    STATUSES,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
SQLModel.metadata.naming_convention = NAMING_CONVENTION

REVIEW_ACTIONS = ("accept", "edit", "reject")


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _fk(target: str, *, ondelete: str | None = None, index: bool = True, nullable: bool = True):
    """A foreign-key column declared in SQLAlchemy terms (SQLModel's Field cannot set ondelete)."""
    return Field(
        default=None,
        sa_column=Column(
            Integer, ForeignKey(target, ondelete=ondelete), index=index, nullable=nullable
        ),
    )


def _timestamp():
    return Field(default_factory=_now, sa_column=Column(DateTime, nullable=False, default=_now))


class Official(SQLModel, table=True):
    """A person who speaks."""

    __tablename__ = "official"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(300), nullable=False))
    sort_name: str | None = Field(default=None, sa_column=Column(String(300)))
    wikidata: str | None = Field(default=None, sa_column=Column(String(20), unique=True))
    notes: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = _timestamp()


class OfficialAlias(SQLModel, table=True):
    """Another spelling or script of an official's name; `key` is names.name_key(alias).

    Every spelling is kept (for display and export) even when several share a key.
    """

    __tablename__ = "official_alias"
    __table_args__ = (UniqueConstraint("official_id", "alias"),)

    id: int | None = Field(default=None, primary_key=True)
    official_id: int = _fk("official.id", ondelete="CASCADE", index=False, nullable=False)
    alias: str = Field(sa_column=Column(String(300), nullable=False))
    key: str = Field(sa_column=Column(String(300), nullable=False, index=True))
    language: str | None = Field(default=None, sa_column=Column(String(10)))


class Institution(SQLModel, table=True):
    """A state, ministry, agency, alliance, party, international organisation or outlet."""

    __tablename__ = "institution"
    __table_args__ = (
        CheckConstraint(_in("kind", INSTITUTION_KINDS), name="kind"),
        CheckConstraint("country IS NULL OR length(country) = 2", name="country"),
    )

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(300), nullable=False))
    kind: str = Field(sa_column=Column(String(30), nullable=False))
    country: str | None = Field(default=None, sa_column=Column(String(2), index=True))
    parent_id: int | None = _fk("institution.id", ondelete="SET NULL")
    wikidata: str | None = Field(default=None, sa_column=Column(String(20), unique=True))
    notes: str | None = Field(default=None, sa_column=Column(Text))
    created_at: datetime = _timestamp()


class InstitutionAlias(SQLModel, table=True):
    """Another name of an institution: "MFA", "Russian Foreign Ministry"."""

    __tablename__ = "institution_alias"
    __table_args__ = (UniqueConstraint("institution_id", "alias"),)

    id: int | None = Field(default=None, primary_key=True)
    institution_id: int = _fk("institution.id", ondelete="CASCADE", index=False, nullable=False)
    alias: str = Field(sa_column=Column(String(300), nullable=False))
    key: str = Field(sa_column=Column(String(300), nullable=False, index=True))
    language: str | None = Field(default=None, sa_column=Column(String(10)))


class Role(SQLModel, table=True):
    """An official's post in an institution for a span of days.

    start_date is the earliest day the post may have begun and end_date the
    latest day it may have ended (None: still held); the precisions say how
    the dates were given, so "2008" stays a year when shown.
    """

    __tablename__ = "role"
    __table_args__ = (
        CheckConstraint(
            "start_date IS NULL OR end_date IS NULL OR start_date <= end_date", name="dates"
        ),
        CheckConstraint(_in("start_precision", PRECISIONS), name="start_precision"),
        CheckConstraint(_in("end_precision", PRECISIONS), name="end_precision"),
        # They cover what a listing asks of roles, so it never reads the table: which roles at
        # an institution were held in a span of days (tracker.query.institutions joins their
        # holders' statements, and counts them by whichever date reads fewer), and whether an
        # official held one at it on a day.
        Index(None, "institution_id", "end_date", "start_date", "official_id"),
        Index(None, "institution_id", "start_date", "end_date", "official_id"),
        Index(None, "official_id", "start_date", "end_date", "institution_id"),
        # The distinct titles, for a speaker named by a title alone ("the Secretary-General"):
        # tracker.services.role_matching reads them here, not from every role.
        Index(None, "title"),
    )

    id: int | None = Field(default=None, primary_key=True)
    official_id: int = _fk("official.id", ondelete="CASCADE", index=False, nullable=False)
    institution_id: int = _fk("institution.id", ondelete="CASCADE", index=False, nullable=False)
    title: str = Field(sa_column=Column(String(300), nullable=False))
    start_date: date | None = None
    start_precision: str = Field(default="unknown", sa_column=Column(String(10), nullable=False))
    end_date: date | None = None
    end_precision: str = Field(default="unknown", sa_column=Column(String(10), nullable=False))


class Source(SQLModel, table=True):
    """An article, transcript or press release, with its full text.

    published is the day it was published, or the first day of the month or year it was
    published in when only that is known: published_precision says which (shown as
    2020-09, never as the month's first day).
    """

    __tablename__ = "source"
    __table_args__ = (
        CheckConstraint(
            _in("published_precision", PUBLISHED_PRECISIONS), name="published_precision"
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    url: str | None = Field(default=None, sa_column=Column(String(2000), index=True))
    outlet_id: int | None = _fk("institution.id", ondelete="SET NULL")
    title: str | None = Field(default=None, sa_column=Column(String(1000)))
    published: date | None = Field(default=None, index=True)
    published_precision: str = Field(
        default="day", sa_column=Column(String(10), nullable=False, server_default="day")
    )
    dateline_place: str | None = Field(default=None, sa_column=Column(String(200)))
    language: str | None = Field(default=None, sa_column=Column(String(10)))
    text: str = Field(sa_column=Column(Text, nullable=False))
    sha256: str = Field(sa_column=Column(String(64), nullable=False, unique=True))
    added_at: datetime = _timestamp()


# A statement's version goes up by one with every change the ORM writes, and each UPDATE or
# DELETE names the version it read (SQLAlchemy's version_id_col): two reviewers who opened
# the same statement cannot overwrite each other; the second gets StaleDataError.
STATEMENT_VERSION = Column("version", Integer, nullable=False, default=1, server_default="1")


class Statement(SQLModel, table=True):
    """One utterance: who said it (an official, or an institution as such), when, and what.

    institution_id is the institution the statement speaks for: the
    institution itself, or the one the speaker's role was at. said_from and
    said_to bound the day it was said (None: open on that side). version counts
    the changes made to it (see STATEMENT_VERSION).
    """

    __tablename__ = "statement"
    __table_args__ = (
        CheckConstraint("official_id IS NOT NULL OR institution_id IS NOT NULL", name="speaker"),
        CheckConstraint(_in("kind", STATEMENT_KINDS), name="kind"),
        CheckConstraint(_in("status", STATUSES), name="status"),
        CheckConstraint(_in("origin", ORIGINS), name="origin"),
        CheckConstraint(_in("said_precision", PRECISIONS), name="said_precision"),
        CheckConstraint(
            "said_from IS NULL OR said_to IS NULL OR said_from <= said_to", name="said_dates"
        ),
        Index(None, "official_id", "said_to"),
        Index(None, "institution_id", "said_to"),
        # In listing order (said_to, then id), and covering the speaker, so that a walk down
        # the dates can check who spoke without reading the table.
        Index(None, "said_to", "id", "institution_id", "official_id"),
        # By role, and also whether an official has statements without one (role_id NULL):
        # one seek, not a read of every statement without a role (roles.fill_missing_roles).
        Index(None, "role_id", "official_id"),
    )
    __mapper_args__ = {"version_id_col": STATEMENT_VERSION}

    id: int | None = Field(default=None, primary_key=True)
    official_id: int | None = _fk("official.id", ondelete="RESTRICT", index=False)
    institution_id: int | None = _fk("institution.id", ondelete="RESTRICT", index=False)
    role_id: int | None = _fk("role.id", ondelete="SET NULL", index=False)
    text: str = Field(sa_column=Column(Text, nullable=False))
    kind: str = Field(default="direct", sa_column=Column(String(10), nullable=False))
    said_from: date | None = None
    said_to: date | None = None
    said_precision: str = Field(default="day", sa_column=Column(String(10), nullable=False))
    date_evidence: str | None = Field(default=None, sa_column=Column(String(500)))
    occasion: str | None = Field(default=None, sa_column=Column(String(500)))
    place: str | None = Field(default=None, sa_column=Column(String(200)))
    language: str | None = Field(default=None, sa_column=Column(String(10)))
    status: str = Field(default="proposed", sa_column=Column(String(10), nullable=False))
    origin: str = Field(default="manual", sa_column=Column(String(10), nullable=False))
    confidence: float | None = None
    created_at: datetime = _timestamp()
    updated_at: datetime = Field(
        default_factory=_now,
        sa_column=Column(DateTime, nullable=False, default=_now, onupdate=_now),
    )
    # The Russian words of `text` as Snowball stems, made from the text on every write (see
    # DERIVED_COLUMNS); SQLite's full-text index reads them (FTS5 cannot stem Russian).
    # PostgreSQL stems in its own text search configuration and does not need them.
    text_stems: str | None = Field(default=None, sa_column=Column(Text))
    version: int = Field(default=1, sa_column=STATEMENT_VERSION)


# Columns computed from others on every write: ORM objects get them from the events below,
# rows loaded in bulk (tracker.bulk) from these functions of the row.
DERIVED_COLUMNS = {"statement": {"text_stems": lambda row: text_stems(row.get("text"))}}


@event.listens_for(Statement, "before_insert")
@event.listens_for(Statement, "before_update")
def _stems_of_text(_mapper, _connection, statement: Statement) -> None:
    statement.text_stems = text_stems(statement.text)


class Citation(SQLModel, table=True):
    """Where a statement was reported: a span of a source's text and its wording there."""

    __tablename__ = "citation"
    __table_args__ = (
        UniqueConstraint("statement_id", "source_id", "start"),
        CheckConstraint(
            'start IS NULL OR (start >= 0 AND "end" IS NOT NULL AND start <= "end")',
            name="span",
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = _fk("statement.id", ondelete="CASCADE", index=False, nullable=False)
    source_id: int = _fk("source.id", ondelete="RESTRICT", nullable=False)
    start: int | None = None
    end: int | None = None
    quote: str | None = Field(default=None, sa_column=Column(Text))
    confidence: float | None = None


class Topic(SQLModel, table=True):
    """A tag such as "security guarantees"; `key` is the folded name."""

    __tablename__ = "topic"

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(sa_column=Column(String(200), nullable=False))
    key: str = Field(sa_column=Column(String(200), nullable=False, unique=True))


class StatementTopic(SQLModel, table=True):
    """A statement tagged with a topic."""

    __tablename__ = "statement_topic"
    __table_args__ = (Index(None, "topic_id", "statement_id"),)

    statement_id: int = Field(
        sa_column=Column(Integer, ForeignKey("statement.id", ondelete="CASCADE"), primary_key=True)
    )
    topic_id: int = Field(
        sa_column=Column(Integer, ForeignKey("topic.id", ondelete="CASCADE"), primary_key=True)
    )


class Mention(SQLModel, table=True):
    """An official or institution that a statement is about."""

    __tablename__ = "mention"
    __table_args__ = (
        CheckConstraint(
            "(official_id IS NULL) <> (institution_id IS NULL)", name="exactly_one_target"
        ),
        UniqueConstraint("statement_id", "official_id", "institution_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = _fk("statement.id", ondelete="CASCADE", index=False, nullable=False)
    official_id: int | None = _fk("official.id", ondelete="CASCADE")
    institution_id: int | None = _fk("institution.id", ondelete="CASCADE")


class StatementReview(SQLModel, table=True):
    """A reviewer's decision on a statement: who, when, and what it changed.

    `changes` is JSON, {field: [before, after]}; a rejected statement is deleted, so its
    record keeps every field with `after` null. statement_id is therefore no foreign key:
    the record outlives the statement it is about.
    """

    __tablename__ = "statement_review"
    __table_args__ = (
        CheckConstraint(_in("action", REVIEW_ACTIONS), name="action"),
        Index(None, "statement_id", "reviewed_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    statement_id: int = Field(sa_column=Column(Integer, nullable=False))
    action: str = Field(sa_column=Column(String(10), nullable=False))
    reviewer: str = Field(sa_column=Column(String(200), nullable=False))
    reviewed_at: datetime = _timestamp()
    changes: str | None = Field(default=None, sa_column=Column(Text))
