"""Answers about many statements at once: counts (stats), speakers on a subject (who), and
highlighted excerpts (snippets) of one page of a listing."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, and_, case, func, literal_column, or_, select, text

from tracker.errors import InvalidInput
from tracker.export.highlight import MARK_OFF, MARK_ON
from tracker.query.bounds import edtf_at, edtf_of, first_at, last_at, placed_key
from tracker.query.conditions import (
    PG_CONFIG,
    S,
    _dialect,
    _fts_condition,
    _tsquery,
    where_clause,
)
from tracker.query.filters import Filter
from tracker.query.listing import STREAM_BATCH
from tracker.search import compile_query
from tracker.tables import institution, mention, official, reading, statement

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

STATS_DIMENSIONS = ("official", "institution", "month")


def snippets(*, session: Session | Connection, about: str, ids: list[int]) -> dict[int, str]:
    """An excerpt of each statement with its matching words between tracker.export.highlight's
    MARK_ON and MARK_OFF, for one page of ids."""
    if not ids:
        return {}
    connection = reading(session)
    if connection.dialect.name == "sqlite":
        rows = connection.execute(
            text(
                "SELECT rowid, snippet(statement_fts, 0, :on, :off, '…', 24) "
                "FROM statement_fts WHERE statement_fts MATCH :q AND rowid IN "
                f"({', '.join(str(int(i)) for i in ids)})"
            ),
            {"on": MARK_ON, "off": MARK_OFF, "q": compile_query(about, "sqlite")},
        )
        return dict(rows.all())
    options = (
        f"StartSel={MARK_ON}, StopSel={MARK_OFF}, MaxWords=24, MinWords=12, ShortWord=0, "
        'MaxFragments=2, FragmentDelimiter=" … "'
    )
    headline = func.ts_headline(
        literal_column(f"'{PG_CONFIG}'"), S.text, _tsquery(Filter(about=about)), options
    )
    rows = connection.execute(select(S.id, headline).where(S.id.in_(ids)))
    return dict(rows.all())


def _month(session: Session | Connection, column) -> ColumnElement[str]:
    if _dialect(session) == "sqlite":
        return func.strftime("%Y-%m", column)
    return func.to_char(column, "YYYY-MM")


def stats(
    *, session: Session | Connection, filt: Filter, dimension: str
) -> Iterator[dict[str, Any]]:
    """Statement counts per official, institution spoken for, or month, with the EDTF date of
    the statements placed first and last (tracker.query.bounds: statements are placed, and
    counted in a month, at the latest day they may have been said)."""
    dialect = _dialect(session)
    where = where_clause(session, filt)
    count = func.count(S.id)
    lo, hi = func.min(S.said_to), func.max(S.said_to)
    if dimension in ("official", "institution"):
        # counted per id from the statements alone, the names joined to the counts only (a
        # row per speaker, not per statement)
        records = official if dimension == "official" else institution
        key = S.official_id if dimension == "official" else S.institution_id
        counted = (
            select(key.label("key"), count.label("n"), lo.label("lo"), hi.label("hi"))
            .where(where, key.is_not(None))
            .group_by(key)
            .subquery("counted")
        )
        c = counted.c
        group = and_(where, key == c.key)
        query = (
            select(
                records.c.id,
                records.c.name,
                c.n,
                c.lo,
                first_at(dialect, S, group, c.lo),
                c.hi,
                last_at(dialect, S, group, c.hi),
            )
            .join(counted, records.c.id == c.key)
            .order_by(c.n.desc(), records.c.name)
        )
    elif dimension == "month":
        month = _month(session, S.said_to)
        counted = (
            select(month.label("month"), count.label("n"), lo.label("lo"), hi.label("hi"))
            .select_from(statement)
            .where(where)
            .group_by(month)
            .subquery("counted")
        )
        c = counted.c
        query = select(
            c.month,
            c.month,
            c.n,
            c.lo,
            first_at(dialect, S, where, c.lo),
            c.hi,
            last_at(dialect, S, where, c.hi),
        ).order_by(c.month.asc().nulls_last())
    else:
        raise InvalidInput(f"unknown grouping {dimension!r}; use one of: {STATS_DIMENSIONS}")
    options = {"yield_per": STREAM_BATCH}
    result = reading(session).execute(query, execution_options=options)
    for key_value, label, n, lo_day, first, hi_day, last in result:
        yield {
            "group": dimension,
            "id": key_value if dimension != "month" else None,
            "name": label if label is not None else "date unknown",
            "statements": n,
            "first": edtf_at(lo_day, first),
            "last": edtf_at(hi_day, last),
        }


def _relevance(session: Session | Connection, filt: Filter):
    """(a FROM item to join or None, its join condition, the score: higher is better)."""
    if _dialect(session) == "sqlite":
        match = compile_query(filt.about, "sqlite", text_only=not filt.about_speakers)
        ranked = (
            select(
                literal_column("rowid").label("fts_id"),
                literal_column("bm25(statement_fts, 1.0, 0.4)").label("fts_rank"),
            )
            .select_from(text("statement_fts"))
            .where(text("statement_fts MATCH :rank_query"))
            .params(rank_query=match)
            .cte("fts")
            .prefix_with("MATERIALIZED")  # bm25() cannot run inside a flattened aggregate
        )
        return ranked, ranked.c.fts_id == S.id, -ranked.c.fts_rank
    score = func.ts_rank_cd(literal_column("statement.search_vector"), _tsquery(filt))
    return None, None, score


def who(
    *, session: Session | Connection, filt: Filter, limit: int | None = None
) -> Iterator[dict[str, Any]]:
    """Who spoke on the filter's subject: speakers by matching statements, then relevance.

    The subject is looked for in what was said only: a speaker's own name is no subject.
    A subject that names an official or institution (Filter.about_officials, ...) also
    takes the statements that mention it (tracker.services.mentions), however they name
    it: "Antony Blinken" finds "Blinken said" and "the Secretary of State Blinken".
    """
    if not filt.about:
        raise InvalidInput("tracker who needs --about TEXT")
    filt = replace(filt, about_speakers=False)
    named = filt.about_officials or filt.about_institutions
    ranked, on, score = _relevance(session, filt)
    count = func.count(S.id)
    total = func.sum(score)
    placed = placed_key(_dialect(session), S.said_from, S.said_to, S.said_precision)
    first, last = func.min(placed), func.max(placed)
    # counted per speaker id over the matches (an institution only where no official
    # speaks), the names joined to the groups only: a row per speaker, not per statement
    body = case((S.official_id.is_(None), S.institution_id))
    query = select(
        S.official_id.label("official_id"),
        body.label("institution_id"),
        count.label("statements"),
        total.label("score"),
        first.label("first"),
        last.label("last"),
    ).select_from(statement)
    if named:
        # matching the words or mentioning the subject: the full-text index is joined
        # outer, and a statement found by its mention alone scores nothing
        if ranked is not None:
            query = query.outerjoin(ranked, on)
            matched = ranked.c.fts_id.is_not(None)
        else:
            matched = _fts_condition(_dialect(session), filt)
        about = []  # only what is named: an empty IN beside an OR would cost the index
        if filt.about_officials:
            about.append(mention.c.official_id.in_(filt.about_officials))
        if filt.about_institutions:
            about.append(mention.c.institution_id.in_(filt.about_institutions))
        mentioned = select(mention.c.statement_id).where(or_(*about))
        where = and_(
            where_clause(session, replace(filt, about=None)), or_(matched, S.id.in_(mentioned))
        )
    elif ranked is not None:
        # joined to the ranked matches, which are the matches: the filter's own full-text
        # condition would run the same MATCH a second time
        query = query.join(ranked, on)
        where = where_clause(session, replace(filt, about=None))
    else:
        where = where_clause(session, filt)
    counted = query.where(where).group_by(S.official_id, body).subquery("counted")
    c = counted.c
    query = (
        select(
            c.official_id,
            official.c.name.label("official"),
            c.institution_id,
            institution.c.name.label("institution"),
            c.statements,
            c.score,
            c.first,
            c.last,
        )
        .select_from(counted)
        .outerjoin(official, official.c.id == c.official_id)
        .outerjoin(institution, institution.c.id == c.institution_id)
        .order_by(c.statements.desc(), c.score.desc(), official.c.name, institution.c.name)
    )
    if limit is not None:
        query = query.limit(limit)
    for row in reading(session).execute(query).mappings():
        values = dict(row)
        values["speaker"] = row["official"] or row["institution"]
        values["score"] = round(float(row["score"] or 0), 4)
        values["first"], values["last"] = edtf_of(row["first"]), edtf_of(row["last"])
        yield values
