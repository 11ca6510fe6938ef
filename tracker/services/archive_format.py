"""The archive format: the whole database as JSON Lines, for backup and for moving between
SQLite and PostgreSQL (written by archive_export, read by archive_import).

An archive is one JSON object per line, each named by its "type" (the table)
and carrying every column, ids included, so that a round trip loses nothing
and references stay valid. A header line names the format and the schema
revision. Records come in dependency order (institutions, parents first;
officials; roles; sources; topics; statements; citations; tags; mentions; reviews), so
that a reader can check every reference against what came before it.

The header and the order are defined here once and used both ways, and each record's
fields and types are its table's columns (archive_records), so that writing and reading
cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Table
from sqlmodel import SQLModel

import tracker.models  # noqa: F401  (registers every table on SQLModel.metadata)

FORMAT = "tracker-archive"
VERSION = 1
ORDER = (
    "institution",
    "institution_alias",
    "official",
    "official_alias",
    "role",
    "source",
    "topic",
    "statement",
    "citation",
    "statement_topic",
    "mention",
    "statement_review",
)

PROGRESS_EVERY = 10_000

Progress = Callable[[int], None]


def tables() -> dict[str, Table]:
    """The archived tables by name, in dependency order."""
    metadata = SQLModel.metadata.tables
    return {name: metadata[name] for name in ORDER}
