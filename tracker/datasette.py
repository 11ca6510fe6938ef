"""Datasette metadata for a tracker SQLite file: search, labels and facets that work.

Datasette finds a table's full-text index by itself only when the index's content
is that table; tracker's statement_fts takes its content from a view (statement
text plus speakers' names, see migration 0002), so Datasette's search box does
nothing on `statement` until the metadata names the index (fts_table) and the
column its rowid matches (fts_pk). Labels make foreign keys read as names
(official_id shows "Sergey Ryabkov"), facets offer the columns people narrow by,
and the index's own tables are hidden.
"""

from __future__ import annotations

from typing import Any

FTS_TABLE = "statement_fts"
HIDDEN = (
    "alembic_version",
    FTS_TABLE,
    f"{FTS_TABLE}_config",
    f"{FTS_TABLE}_data",
    f"{FTS_TABLE}_docsize",
    f"{FTS_TABLE}_idx",
)


def metadata(database: str) -> dict[str, Any]:
    """Datasette's metadata.json for a tracker database Datasette calls `database`
    (the file name without .db)."""
    tables: dict[str, Any] = {
        "statement": {
            "description": (
                "One utterance: who said it, when (said_from..said_to, with its precision) "
                "and what. Search looks in the words and the speakers' names."
            ),
            "fts_table": FTS_TABLE,
            "fts_pk": "id",
            "sort_desc": "said_to",
            "facets": ["kind", "status", "institution_id", "said_precision"],
        },
        "official": {
            "description": "People who speak.",
            "label_column": "name",
            "sort": "name",
        },
        "official_alias": {"description": "Other spellings and scripts of officials' names."},
        "institution": {
            "description": "States, ministries, alliances, outlets...",
            "label_column": "name",
            "sort": "name",
            "facets": ["kind", "country"],
        },
        "institution_alias": {"description": "Other names of institutions."},
        "role": {
            "description": "An official's post in an institution, from start_date to end_date.",
            "label_column": "title",
            "facets": ["institution_id", "title"],
        },
        "source": {
            "description": "Articles, transcripts and press releases, with their full text.",
            "label_column": "title",
            "sort_desc": "published",
            "facets": ["outlet_id", "language", "published_precision"],
            "columns": {
                "published": (
                    "The day it was published; when published_precision is month or year, "
                    "only that month or year is known and this is its first day."
                ),
                "published_precision": "day, month or year: how far the date is known.",
            },
        },
        "citation": {
            "description": "Where a statement was reported: a span of a source's text.",
            "facets": ["source_id"],
        },
        "topic": {"label_column": "name"},
        "mention": {"description": "Officials and institutions a statement is about."},
        "statement_review": {
            "description": "Who accepted, edited or rejected a statement, and when.",
            "sort_desc": "reviewed_at",
            "facets": ["action", "reviewer"],
        },
    }
    tables.update({name: {"hidden": True} for name in HIDDEN})
    return {
        "title": "tracker: who said what, when",
        "description": "Statements by officials, tied to the day and the words in the source.",
        "databases": {database: {"tables": tables}},
    }
