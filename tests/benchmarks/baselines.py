"""Hand-written SQL for every question the harness asks: the baselines tracker is measured against.

Each baseline is what a database engineer would write for the same answer, on
the bare driver (sqlite3 or psycopg), knowing the schema and its indexes but
nothing of tracker's own SQL. Where two formulations each win on some data
(walking the date index or joining role holders' statements), both are given
and the harness takes the faster, so the baseline is the best of them. Every
baseline returns the same rows tracker returns, in the same order, and the
harness checks that it does: a baseline that answers another question would
flatter or damn tracker without anyone noticing.

Semantics written out here as tracker documents them: a statement is placed
on the latest day it may have been said (said_to), newest first with undated
statements last; --from/--to keep the statements whose latest day lies in the
range; --institution takes the statements speaking for the institution or one
under it, and those its role holders made on a day they held the role (an
undated one when it is tied to such a role); the first source of a statement
is the one with the lowest id among its citations.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

FIRST_DAY = date(1, 1, 1)
LAST_DAY = date(9999, 12, 31)

# The columns every listing shows, for the page's ids only (joined after the page is known).
# A statement's first source: the lowest source id among its citations, read from the
# (statement_id, source_id, ...) index; on PostgreSQL as a LATERAL subquery, so that it is
# looked up once per row.
DISPLAY = """
SELECT s.id, s.said_from, s.said_to, s.said_precision, s.text, s.kind, s.status, s.occasion,
       s.place, s.official_id, s.institution_id, o.name AS official, i.name AS institution,
       r.title AS role, src.id AS source_id, src.url AS source_url, src.title AS source_title,
       src.published AS source_published, outlet.name AS outlet
FROM page
JOIN statement AS s ON s.id = page.id
LEFT JOIN official AS o ON o.id = s.official_id
LEFT JOIN institution AS i ON i.id = s.institution_id
LEFT JOIN role AS r ON r.id = s.role_id
{first_source}
LEFT JOIN institution AS outlet ON outlet.id = src.outlet_id
ORDER BY {order}
"""
FIRST_SOURCE = {
    "sqlite": """LEFT JOIN source AS src ON src.id = (
    SELECT min(c.source_id) FROM citation AS c WHERE c.statement_id = s.id)""",
    "postgresql": """LEFT JOIN LATERAL (
    SELECT c.source_id FROM citation AS c WHERE c.statement_id = s.id
    ORDER BY c.source_id LIMIT 1) AS first ON true
LEFT JOIN source AS src ON src.id = first.source_id""",
}

SUBTREE = """
WITH RECURSIVE sub(id) AS (
    SELECT id FROM institution WHERE id IN ({roots})
    UNION SELECT i.id FROM institution AS i JOIN sub ON i.parent_id = sub.id)
SELECT id FROM sub ORDER BY id
"""


class Raw:
    """The bare driver's connection with the little that differs between the two engines."""

    def __init__(self, connection: Any, engine: str) -> None:
        self.connection = connection
        self.engine = engine

    @property
    def sqlite(self) -> bool:
        return self.engine == "sqlite"

    def rows(self, sql: str, params: dict[str, Any] | None = None) -> list[tuple]:
        """All rows of one query; :name parameters on both engines, dates as the engine
        stores them (ISO text on SQLite)."""
        params = {k: self._value(v) for k, v in (params or {}).items()}
        if not self.sqlite:
            sql = re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)
        cursor = self.connection.cursor()
        try:
            cursor.execute(sql, params)
            return cursor.fetchall()
        finally:
            cursor.close()

    def _value(self, value: Any) -> Any:
        if self.sqlite and isinstance(value, date):
            return value.isoformat()
        return value

    def greatest(self, *terms: str) -> str:
        return f"{'max' if self.sqlite else 'greatest'}({', '.join(terms)})"

    def least(self, *terms: str) -> str:
        return f"{'min' if self.sqlite else 'least'}({', '.join(terms)})"

    def ids(self, values) -> str:
        """A list of integers written into the SQL (ids read from the database, not input)."""
        return ", ".join(str(int(v)) for v in values) or "NULL"

    def display(self, order: str) -> str:
        return DISPLAY.format(first_source=FIRST_SOURCE[self.engine], order=order)

    def subtree(self, roots) -> list[int]:
        return [row[0] for row in self.rows(SUBTREE.format(roots=self.ids(roots)))]


def display(raw: Raw, page_sql: str, params: dict[str, Any], *, newest_first: bool = True):
    """The listing's rows for a page given as SQL returning (id, said_to) in order."""
    direction = "DESC" if newest_first else "ASC"
    order = f"page.said_to {direction} NULLS LAST, page.id {direction}"
    return raw.rows(f"WITH page AS ({page_sql})" + raw.display(order), params)


# --- said pages ---------------------------------------------------------------------------


def by_speaker(raw: Raw, *, official: int, lo: date, hi: date, n: int):
    """`said --by X --from lo --to hi`: one range of the (official_id, said_to) index."""
    page = """SELECT id, said_to FROM statement
        WHERE official_id = :official AND said_to BETWEEN :lo AND :hi
        ORDER BY said_to DESC, id DESC LIMIT :n"""
    return display(raw, page, {"official": official, "lo": lo, "hi": hi, "n": n})


def latest(raw: Raw, *, n: int):
    """`said` with no filter: the newest statements, undated ones last."""
    if raw.sqlite:  # NULLs sort first, so last going backwards down the said_to index
        page = "SELECT id, said_to FROM statement ORDER BY said_to DESC, id DESC LIMIT :n"
    else:
        page = """(SELECT id, said_to FROM statement WHERE said_to IS NOT NULL
                   ORDER BY said_to DESC, id DESC LIMIT :n)
                  UNION ALL
                  (SELECT id, said_to FROM statement WHERE said_to IS NULL
                   ORDER BY id DESC LIMIT :n)"""
        page = f"SELECT * FROM ({page}) AS both_parts LIMIT :n"
    return display(raw, page, {"n": n})


def _own_pages(raw: Raw, ids: list[int], bounds: str) -> str:
    """The newest :n statements speaking for any of the institutions `ids`."""
    if raw.sqlite:  # SQLite reads an IN list on the index's first column in order, per value
        return f"""SELECT id, said_to FROM statement WHERE institution_id IN ({raw.ids(ids)})
            AND {bounds} ORDER BY said_to DESC, id DESC LIMIT :n"""
    return f"""SELECT own.id, own.said_to FROM unnest(ARRAY[{raw.ids(ids)}]::int[]) AS inst(id)
        CROSS JOIN LATERAL (SELECT id, said_to FROM statement
            WHERE institution_id = inst.id AND {bounds}
            ORDER BY said_to DESC, id DESC LIMIT :n) AS own
        ORDER BY own.said_to DESC, own.id DESC LIMIT :n"""


def _undated(raw: Raw, ids: list[int]) -> str:
    """Undated statements of the institutions: their own, or tied to one of their roles."""
    listed = raw.ids(ids)
    return f"""SELECT id, said_to FROM statement WHERE said_to IS NULL AND (
        institution_id IN ({listed})
        OR role_id IN (SELECT id FROM role WHERE institution_id IN ({listed})))"""


def institution_join(raw: Raw, *, institution: int, lo: date | None, hi: date | None, n: int):
    """`said --institution X`: the institution's own newest page sets a bound (the n-th
    day); held statements can only enter the page on or after it, so only roles held then
    are joined to their holders' statements in that window."""
    ids = raw.subtree([institution])
    first, last = lo or FIRST_DAY, hi or LAST_DAY
    window_start = raw.greatest("coalesce(r.start_date, :lo)", "bound.day")
    window_end = raw.least("coalesce(r.end_date, :hi)", ":hi")
    page = f"""
        WITH own AS ({_own_pages(raw, ids, "said_to BETWEEN :lo AND :hi")}),
        bound AS (SELECT CASE WHEN count(*) = :n THEN min(said_to) ELSE :lo END AS day FROM own),
        held AS (
            SELECT s.id, s.said_to FROM bound CROSS JOIN role AS r
            JOIN statement AS s ON s.official_id = r.official_id
                AND s.said_to BETWEEN {window_start} AND {window_end}
            WHERE r.institution_id IN ({raw.ids(ids)})
              AND coalesce(r.end_date, :hi) >= bound.day
              AND coalesce(r.start_date, :lo) <= :hi)
        SELECT id, said_to FROM own UNION SELECT id, said_to FROM held
        {_with_undated(raw, ids, lo, hi)}
        ORDER BY said_to DESC NULLS LAST, id DESC LIMIT :n"""
    return display(raw, page, {"lo": first, "hi": last, "n": n})


def institution_walk(raw: Raw, *, institution: int, lo: date | None, hi: date | None, n: int):
    """`said --institution X`, the other way: walk the date index down from the top of the
    range (or from the bound the own page sets), checking each statement's roles."""
    ids = raw.ids(raw.subtree([institution]))
    first, last = lo or FIRST_DAY, hi or LAST_DAY
    held = f"""EXISTS (SELECT 1 FROM role AS r WHERE r.official_id = s.official_id
        AND r.institution_id IN ({ids}) AND coalesce(r.start_date, :lo) <= s.said_to
        AND coalesce(r.end_date, :hi) >= s.said_to)"""
    page = f"""
        WITH own AS ({_own_pages(raw, raw.subtree([institution]), "said_to BETWEEN :lo AND :hi")}),
        bound AS (SELECT CASE WHEN count(*) = :n THEN min(said_to) ELSE :lo END AS day FROM own)
        SELECT id, said_to FROM (
            SELECT s.id, s.said_to FROM statement AS s
            WHERE s.said_to BETWEEN (SELECT day FROM bound) AND :hi
              AND (s.institution_id IN ({ids}) OR {held})
            ORDER BY s.said_to DESC, s.id DESC LIMIT :n) AS dated
        {_with_undated(raw, raw.subtree([institution]), lo, hi)}
        ORDER BY said_to DESC NULLS LAST, id DESC LIMIT :n"""
    return display(raw, page, {"lo": first, "hi": last, "n": n})


def _with_undated(raw: Raw, ids: list[int], lo: date | None, hi: date | None) -> str:
    """Undated statements come after every dated one, and only when no date is asked for."""
    if lo is not None or hi is not None:
        return ""
    return f"UNION SELECT id, said_to FROM ({_undated(raw, ids)}) AS undated"


def country(raw: Raw, *, code: str, n: int):
    """`said --country XX`: statements speaking for the country's institutions (and those
    under them), newest first."""
    roots = [
        row[0] for row in raw.rows("SELECT id FROM institution WHERE country = :c", {"c": code})
    ]
    ids = raw.subtree(roots)
    if raw.sqlite:
        page = f"""SELECT id, said_to FROM statement WHERE institution_id IN ({raw.ids(ids)})
            ORDER BY said_to DESC, id DESC LIMIT :n"""
    else:
        dated = _own_pages(raw, ids, "said_to IS NOT NULL")
        undated = f"""SELECT id, said_to FROM statement WHERE said_to IS NULL
            AND institution_id IN ({raw.ids(ids)}) ORDER BY id DESC LIMIT :n"""
        page = f"SELECT * FROM (({dated}) UNION ALL ({undated})) AS both_parts LIMIT :n"
    return display(raw, page, {"n": n})


def mentions(raw: Raw, *, official: int, n: int):
    """`said --mentions X`: from the mention index to the statements, newest first."""
    page = """SELECT s.id, s.said_to FROM mention AS m JOIN statement AS s ON s.id = m.statement_id
        WHERE m.official_id = :official
        ORDER BY s.said_to DESC NULLS LAST, s.id DESC LIMIT :n"""
    return display(raw, page, {"official": official, "n": n})


# --- timelines (whole listings, oldest first) ---------------------------------------------


def timeline_speaker(raw: Raw, *, official: int, lo: date, hi: date):
    """`timeline --by X --from lo --to hi`: every statement of the range, oldest first."""
    page = """SELECT id, said_to FROM statement
        WHERE official_id = :official AND said_to BETWEEN :lo AND :hi"""
    return display(raw, page, {"official": official, "lo": lo, "hi": hi}, newest_first=False)


def timeline_institution(raw: Raw, *, institution: int):
    """`timeline --institution X`: all its statements, oldest first, undated last."""
    ids = raw.subtree([institution])
    listed = raw.ids(ids)
    page = f"""
        SELECT id, said_to FROM statement WHERE institution_id IN ({listed})
        UNION
        SELECT s.id, s.said_to FROM role AS r JOIN statement AS s
            ON s.official_id = r.official_id
           AND s.said_to BETWEEN coalesce(r.start_date, :lo) AND coalesce(r.end_date, :hi)
        WHERE r.institution_id IN ({listed})
        UNION
        SELECT id, said_to FROM statement WHERE said_to IS NULL
           AND role_id IN (SELECT id FROM role WHERE institution_id IN ({listed}))"""
    return display(raw, page, {"lo": FIRST_DAY, "hi": LAST_DAY}, newest_first=False)


# --- full text ----------------------------------------------------------------------------


def ranked(raw: Raw, *, match: str, n: int, official: int | None = None):
    """`search TEXT` / `said --about TEXT [--by X]`: the best-ranked page of the matches
    (ties newest first), ranked from the full-text index alone, then the listing of the page.
    `match` is the query as the engine's full-text syntax (tracker.search.compile_query)."""
    params = {"match": match, "n": n, "official": official}
    if raw.sqlite:
        speaker = "AND s.official_id = :official" if official is not None else ""
        page = f"""SELECT s.id, s.said_to, bm25(statement_fts, 1.0, 0.4) AS rank
            FROM statement_fts JOIN statement AS s ON s.id = statement_fts.rowid
            WHERE statement_fts MATCH :match {speaker}
            ORDER BY rank, s.said_to DESC, s.id DESC LIMIT :n"""
        order = "page.rank, page.said_to DESC, page.id DESC"
    else:
        speaker = "AND official_id = :official" if official is not None else ""
        query = "to_tsquery('tracker_search', :match)"
        page = f"""SELECT id, said_to, ts_rank_cd(search_vector, {query}) AS rank
            FROM statement WHERE search_vector @@ {query} {speaker}
            ORDER BY rank DESC, said_to DESC NULLS LAST, id DESC LIMIT :n"""
        order = "page.rank DESC, page.said_to DESC NULLS LAST, page.id DESC"
    return raw.rows(f"WITH page AS ({page})" + raw.display(order), params)


# --- aggregates -------------------------------------------------------------------------


def stats_per_month(raw: Raw, *, official: int):
    """`stats --by X --per month`: statements per month of their latest day, undated last."""
    month = "strftime('%Y-%m', said_to)" if raw.sqlite else "to_char(said_to, 'YYYY-MM')"
    sql = f"""SELECT {month} AS month, count(*), min(said_to), max(said_to) FROM statement
        WHERE official_id = :official GROUP BY month ORDER BY month NULLS LAST"""
    return raw.rows(sql, {"official": official})


def stats_per_official(raw: Raw, *, code: str):
    """`stats --country XX --per official`: statements per speaker, most first: counted by
    id from the (institution_id, ...) index, the names joined to the counts only."""
    roots = [r[0] for r in raw.rows("SELECT id FROM institution WHERE country = :c", {"c": code})]
    ids = raw.ids(raw.subtree(roots))
    sql = f"""SELECT o.id, o.name, counted.n, counted.first, counted.last
        FROM (SELECT official_id, count(*) AS n, min(said_to) AS first, max(said_to) AS last
              FROM statement WHERE institution_id IN ({ids}) AND official_id IS NOT NULL
              GROUP BY official_id) AS counted
        JOIN official AS o ON o.id = counted.official_id
        ORDER BY counted.n DESC, o.name"""
    return raw.rows(sql)


def who(raw: Raw, *, match: str, n: int):
    """`who --about TEXT`: speakers by matching statements, then summed relevance; counted
    per speaker id over the matches, names joined to the groups. `match` searches what was
    said only (the text column / weight A), as a speaker's name is no subject."""
    if raw.sqlite:
        matched = """SELECT rowid AS id, -bm25(statement_fts, 1.0, 0.4) AS score
            FROM statement_fts WHERE statement_fts MATCH :match"""
    else:
        query = "to_tsquery('tracker_search', :match)"
        matched = f"""SELECT id, ts_rank_cd(search_vector, {query}) AS score FROM statement
            WHERE search_vector @@ {query}"""
    # SQLite: bm25() only runs in the query that does the MATCH, so the CTE stays apart
    materialized = "MATERIALIZED" if raw.sqlite else ""
    sql = f"""WITH matched AS {materialized} ({matched}),
        counted AS (
            SELECT s.official_id, CASE WHEN s.official_id IS NULL THEN s.institution_id END
                       AS institution_id,
                   count(*) AS n, sum(matched.score) AS score,
                   min(s.said_to) AS first, max(s.said_to) AS last
            FROM matched JOIN statement AS s ON s.id = matched.id
            GROUP BY 1, 2)
        SELECT o.id, o.name, i.id, i.name, counted.n, counted.score, counted.first, counted.last
        FROM counted
        LEFT JOIN official AS o ON o.id = counted.official_id
        LEFT JOIN institution AS i ON i.id = counted.institution_id
        ORDER BY counted.n DESC, counted.score DESC, o.name, i.name LIMIT :n"""
    return raw.rows(sql, {"match": match, "n": n})
