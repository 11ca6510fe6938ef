"""One filter object -> one SQL statement, shared by said, search, timeline, stats, who, export
and the Python API (tracker.api).

    filters     Criteria as typed -> Filter (names resolved, dates read, values checked)
    conditions  a Filter as SQL conditions; institutions with many role holders
    listing     the SELECTs of a listing, page by page, and the rows streamed
    rows        a listing's row as a plain dict (EDTF date, date in words, speaker)
    aggregates  stats, who, and highlighted snippets

Everything here reads the database through a session it is given; nothing
imports the CLI.
"""

from tracker.query.aggregates import STATS_DIMENSIONS, snippets, stats, who
from tracker.query.conditions import where_clause
from tracker.query.filters import Criteria, Filter, build_filter
from tracker.query.listing import SORTS, statement_queries, statement_records, statements

__all__ = [
    "SORTS",
    "STATS_DIMENSIONS",
    "Criteria",
    "Filter",
    "build_filter",
    "snippets",
    "statement_queries",
    "statement_records",
    "statements",
    "stats",
    "where_clause",
    "who",
]
