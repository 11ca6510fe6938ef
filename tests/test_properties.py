"""Properties that must hold for any input, checked with Hypothesis.

Dates survive a round trip through EDTF; name keys are idempotent and do not
care about case or script; any search text either is refused cleanly or
becomes a query the database accepts; extraction never crashes and never
points outside the text it was given.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tracker.dates import DateSpan, parse_date, parse_edtf
from tracker.errors import InvalidInput
from tracker.names import name_key

DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@st.composite
def spans(draw) -> DateSpan:
    """Every kind of span tracker stores: a day, a month, a year, or an interval open or not."""
    day = draw(DATES)
    kind = draw(st.sampled_from(["day", "month", "year", "before", "after", "between"]))
    if kind == "day":
        return DateSpan.day(day)
    if kind == "month":
        return DateSpan.month(day.year, day.month)
    if kind == "year":
        return DateSpan.year(day.year)
    if kind == "before":
        return DateSpan.before(day)
    if kind == "after":
        return DateSpan(day, None, "interval")
    later = draw(st.dates(min_value=day, max_value=date(9999, 12, 31)))
    return DateSpan(day, later, "interval")


@given(DATES)
def test_an_iso_day_reads_back_as_that_day(day):
    assert parse_date(day.isoformat()) == DateSpan.day(day)


@given(spans())
def test_edtf_round_trip(span):
    assert parse_edtf(span.edtf()) == span


@given(spans())
def test_a_span_covers_its_bounds_and_displays(span):
    assert span.display()
    assert span.overlaps(span)
    if span.start and span.end:
        assert span.overlaps(DateSpan.day(span.start + (span.end - span.start) / 2))


@given(spans(), spans())
def test_overlap_is_symmetric(first, second):
    assert first.overlaps(second) == second.overlaps(first)


@given(st.text(max_size=40))
def test_any_text_is_a_date_or_an_invalid_input(text):
    try:
        span = parse_date(text)
    except InvalidInput as exc:
        assert str(exc)
    else:
        assert isinstance(span, DateSpan)


# --- names ----------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


# BGN/PCGN romanisation, the one English-language news uses ("Sergey", "Yury", "Zakharova").
BGN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        _words("a b v g d e yo zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"),
        strict=True,
    )
)
CYRILLIC_NAMES = st.lists(
    st.text(alphabet="абвгдеёжзийклмнопрстуфхцчшщыэюя", min_size=1, max_size=12),
    min_size=1,
    max_size=3,
).map(" ".join)


def bgn(text: str) -> str:
    return "".join(BGN.get(c, c).replace("_", "") for c in text)


@given(st.text())
def test_name_key_is_idempotent(name):
    assert name_key(name_key(name)) == name_key(name)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzабвгдеёжзийклмнопрстуфхцчшщъыьэюя -"))
def test_name_key_ignores_case(name):
    assert name_key(name.upper()) == name_key(name.lower())


@given(CYRILLIC_NAMES)
def test_a_cyrillic_name_and_its_romanisation_share_a_key(name):
    assert name_key(name) == name_key(bgn(name))
    assert name_key(name.title()) == name_key(bgn(name).title())


# --- full-text queries ----------------------------------------------------------------

FRAGMENTS = [
    '"',
    "'",
    "(",
    ")",
    "*",
    "-",
    "+",
    "^",
    ":",
    "AND",
    "OR",
    "NOT",
    "NEAR",
    "NEAR(",
    "nato",
    "security",
    "guarantees",
    "text:",
    "{text}",
    "&",
    "|",
    "!",
    "<->",
    "\\",
    "Рябков",
    "中国",
]
QUERIES = st.one_of(
    st.text(max_size=30),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=12).map(
        lambda parts: " ".join(parts)
    ),
    st.lists(st.sampled_from(FRAGMENTS), max_size=12).map("".join),
)


@pytest.fixture(scope="module")
def fts5():
    """An FTS5 table made as migration 0003 makes statement_fts."""
    conn = sqlite3.connect(":memory:")
    conn.execute(
        "CREATE VIRTUAL TABLE statement_fts USING fts5(text, speaker, text_stems, "
        "tokenize='porter unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "INSERT INTO statement_fts(text, speaker, text_stems) VALUES "
        "('NATO expansion threatens security guarantees', 'Sergey Ryabkov', NULL)"
    )
    yield conn
    conn.close()


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERIES)
def test_any_search_text_is_refused_cleanly_or_runs_on_sqlite(fts5, text):
    from tracker.search import compile_query

    try:
        compiled = compile_query(text, "sqlite")
    except InvalidInput as exc:  # refused with a message, never a database error
        assert str(exc)
        return
    fts5.execute("SELECT rowid FROM statement_fts WHERE statement_fts MATCH ?", (compiled,))


@pytest.fixture(scope="module")
def postgres():
    from tests.conftest import postgres_server_url

    url = postgres_server_url()
    if url is None:
        pytest.skip("needs TRACKER_TEST_POSTGRES_URL")
    import psycopg
    from sqlalchemy.engine import make_url

    conn = psycopg.connect(
        make_url(url).set(drivername="postgresql").render_as_string(hide_password=False),
        autocommit=True,
    )
    yield conn
    conn.close()


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(QUERIES)
def test_any_search_text_is_refused_cleanly_or_runs_on_postgres(postgres, text):
    from tracker.search import compile_query

    try:
        compiled = compile_query(text, "postgresql")
    except InvalidInput:
        return
    postgres.execute(
        "SELECT to_tsvector('simple', 'nato security') @@ to_tsquery('simple', %s)", (compiled,)
    )


# --- extraction -----------------------------------------------------------------------

PROSE = [
    "MOSCOW, December 17 (TASS) -",
    "WASHINGTON, Dec. 17 (Reuters) -",
    "Deputy Foreign Minister Sergey Ryabkov",
    "said",
    "told reporters",
    "on Friday",
    "last week",
    "earlier",
    "yesterday",
    "in December",
    '"We expect a serious answer,"',
    "\u201cWe will respond,\u201d",
    "he added.",
    "she said.",
    "according to",
    "the ministry said in a statement",
    "Q:",
    "A:",
    "\n\n",
    "\u00ab\u041c\u044b \u043e\u0442\u0432\u0435\u0442\u0438\u043c\u00bb",
    '"',
    ",",
    ".",
]
ARTICLES = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(PROSE), st.text(max_size=15)), max_size=40).map(" ".join),
)


@settings(max_examples=200, deadline=None)
@given(ARTICLES, st.one_of(st.none(), DATES))
def test_extraction_never_crashes_and_spans_lie_within_the_text(text, published):
    from tracker.extract import contract_json, extract, read_meta

    meta = read_meta(text)
    found = extract(text, published=published)
    for proposal in found:
        start, end = proposal.span
        assert 0 <= start <= end <= len(text)
        assert proposal.text
    json.dumps(contract_json({"path": "article.txt", **asdict(meta)}, found))


@settings(max_examples=50, deadline=None)
@given(st.lists(st.sampled_from(PROSE), min_size=5, max_size=40).map(" ".join))
def test_a_quote_found_is_the_text_at_its_span(text):
    from tracker.extract import extract

    for proposal in extract(text, published=date(2021, 12, 17)):
        start, end = proposal.span
        words = proposal.text.split()
        assert words[0] in text[start:end] and words[-1] in text[start:end]
