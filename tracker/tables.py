"""The tables as SQLAlchemy Core reads them, without SQLModel or the ORM.

A command that only reads (said, search, timeline, stats, who) needs neither:
importing SQLModel and building the models costs more than the query, so
tracker.query and name resolution read through these. tracker.models stays
the one definition of the schema (migrations are made from it and these are
not); tests/test_schema.py checks that every column here is a column there,
of the same type. The values a column may hold are kept here, for both.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Date, DateTime, Float, Integer, String, Text, column, table

INSTITUTION_KINDS = (
    "state",
    "government",
    "ministry",
    "agency",
    "legislature",
    "party",
    "international organisation",
    "alliance",
    "media outlet",
    "other",
)
STATEMENT_KINDS = ("direct", "indirect", "mixed")
STATUSES = ("proposed", "confirmed")
ORIGINS = ("manual", "extracted")
PRECISIONS = ("day", "month", "year", "interval", "unknown")

official = table(
    "official",
    column("id", Integer),
    column("name", String),
    column("sort_name", String),
    column("wikidata", String),
)

official_alias = table(
    "official_alias",
    column("id", Integer),
    column("official_id", Integer),
    column("alias", String),
    column("key", String),
)

institution = table(
    "institution",
    column("id", Integer),
    column("name", String),
    column("kind", String),
    column("country", String),
    column("parent_id", Integer),
)

institution_alias = table(
    "institution_alias",
    column("id", Integer),
    column("institution_id", Integer),
    column("alias", String),
    column("key", String),
)

role = table(
    "role",
    column("id", Integer),
    column("official_id", Integer),
    column("institution_id", Integer),
    column("title", String),
    column("start_date", Date),
    column("end_date", Date),
)

source = table(
    "source",
    column("id", Integer),
    column("url", String),
    column("outlet_id", Integer),
    column("title", String),
    column("published", Date),
    column("published_precision", String),
)

statement = table(
    "statement",
    column("id", Integer),
    column("official_id", Integer),
    column("institution_id", Integer),
    column("role_id", Integer),
    column("text", Text),
    column("kind", String),
    column("said_from", Date),
    column("said_to", Date),
    column("said_precision", String),
    column("occasion", String),
    column("place", String),
    column("language", String),
    column("status", String),
    column("confidence", Float),
    column("created_at", DateTime),
)

citation = table(
    "citation",
    column("id", Integer),
    column("statement_id", Integer),
    column("source_id", Integer),
)

topic = table("topic", column("id", Integer), column("name", String), column("key", String))

statement_topic = table(
    "statement_topic", column("statement_id", Integer), column("topic_id", Integer)
)

mention = table(
    "mention",
    column("id", Integer),
    column("statement_id", Integer),
    column("official_id", Integer),
    column("institution_id", Integer),
)


def reading(session: Any) -> Connection:
    """The Core connection to read on: a Session's, after flushing what the session added
    (which then counts too), or the Connection itself (a read-only command needs no ORM)."""
    if isinstance(session, Connection):
        return session
    session.flush()
    return session.connection()


TABLES = (
    official,
    official_alias,
    institution,
    institution_alias,
    role,
    source,
    statement,
    citation,
    topic,
    statement_topic,
    mention,
)
