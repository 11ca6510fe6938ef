"""`tracker search`: the query syntax, ranking and highlighting, any input being safe, and the
full-text index kept in step with statements on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.query_world import seed
from tracker.errors import InvalidInput
from tracker.search import compile_query


@pytest.mark.parametrize(
    ("text", "fts5", "tsquery"),
    [
        ("security guarantees", '("security" AND "guarantees")', "(('security') & ('guarantees'))"),
        ('"security guarantees"', '"security guarantees"', "('security' <-> 'guarantees')"),
        ("guarant*", '"guarant"*', "('guarant':*)"),
        ("NATO OR alliance", '("nato" OR "alliance")', "(('nato') | ('alliance'))"),
        ("nato NOT ukraine", '(("nato") NOT "ukraine")', "(('nato') & !('ukraine'))"),
        ("nato -ukraine", '(("nato") NOT "ukraine")', "(('nato') & !('ukraine'))"),
        ("Russia's", '"russia s"', "('russia' <-> 's')"),
        ("co-operation", '"co operation"', "('co' <-> 'operation')"),
        ('"unclosed phrase', '"unclosed phrase"', "('unclosed' <-> 'phrase')"),
        ("x AND AND y OR", '("x" AND "y")', "(('x') & ('y'))"),
        (
            "(nato OR alliance) expansion",
            '(("nato" OR "alliance") AND "expansion")',
            "((('nato') | ('alliance')) & ('expansion'))",
        ),
        ("-(a OR b) c", '(("c") NOT ("a" OR "b"))', "(('c') & !(('a') | ('b')))"),
        ("and or not", '("and" AND "or" AND "not")', "(('and') & ('or') & ('not'))"),
    ],
)
def test_compile_query(text, fts5, tsquery):
    assert compile_query(text, "sqlite") == fts5
    assert compile_query(text, "postgresql") == tsquery


def test_text_only_queries_leave_speaker_names_out():
    assert compile_query("nato -ukraine", "sqlite", text_only=True) == (
        'text : ((("nato") NOT "ukraine"))'
    )
    assert compile_query('guarant* "hard talks"', "postgresql", text_only=True) == (
        "(('guarant':*A) & ('hard':A <-> 'talks':A))"
    )


@pytest.mark.parametrize("text", ["", "   ", "AND", "OR NOT", '""', "*", "- -", "()", "'''"])
def test_queries_with_nothing_to_search_are_refused_clearly(text):
    with pytest.raises(InvalidInput, match="nothing to search for"):
        compile_query(text, "sqlite")


@pytest.mark.parametrize("text", ["NOT nato", "-nato", "nato OR -ukraine"])
def test_exclusions_alone_are_refused_clearly(text):
    with pytest.raises(InvalidInput, match="NOT needs something to exclude from"):
        compile_query(text, "postgresql")


SAFE_FTS5 = re.compile(r'^[\w" ()*:]+$')  # ':' for the Russian stems column
SAFE_TSQUERY = re.compile(r"^[\w' ()&|!<>:*-]+$")


@given(st.text(max_size=60))
@settings(max_examples=500)
def test_any_text_compiles_to_a_safe_query_or_a_clear_refusal(text):
    for dialect, safe in (("sqlite", SAFE_FTS5), ("postgresql", SAFE_TSQUERY)):
        try:
            compiled = compile_query(text, dialect)
        except InvalidInput:
            continue
        assert safe.match(compiled), compiled
        assert compiled.count("(") == compiled.count(")")


# ---- against a database ---------------------------------------------------------------------


@pytest.fixture
def world(db_url: str) -> dict[str, int]:
    return seed(db_url)


def search_ids(cli, query: str, *args: str) -> list[int]:
    result = cli("search", *args, "--format", "json", "--", query)
    return [row["id"] for row in json.loads(result.stdout)]


def named(world, *keys: str) -> set[int]:
    return {world[k] for k in keys}


def test_words_phrases_prefixes_and_operators(cli, world):
    assert set(search_ids(cli, "security guarantees")) == named(
        world, "ryabkov_day", "ryabkov_month", "ministry_itself"
    )
    # stemming: "guarantee" finds "guarantees"
    assert set(search_ids(cli, "guarantee")) == named(
        world, "ryabkov_day", "ryabkov_month", "ministry_itself", "grushko_department"
    )
    assert set(search_ids(cli, '"binding security guarantees"')) == named(world, "ryabkov_day")
    assert set(search_ids(cli, '"guarantees binding"')) == set()
    assert set(search_ids(cli, "ultimat*")) == named(world, "ryabkov_month")
    assert set(search_ids(cli, "ultimatum OR sovereignty")) == named(
        world, "ryabkov_month", "blinken"
    )
    assert set(search_ids(cli, "guarantees NOT NATO")) == named(
        world, "ryabkov_month", "ministry_itself", "grushko_department"
    )
    assert set(search_ids(cli, "guarantees -nato -treaties")) == named(
        world, "ryabkov_month", "grushko_department"
    )


def test_punctuation_apostrophes_and_dashes_match_the_words(cli, world):
    assert set(search_ids(cli, "Ukraine's")) == named(world, "blinken", "stoltenberg")
    assert set(search_ids(cli, "co-operation")) == named(world, "grushko_department")
    assert set(search_ids(cli, "eastwards!!")) == named(world, "zakharova")


def test_speaker_names_are_searched_too(cli, world):
    assert set(search_ids(cli, "Zakharova")) == named(world, "zakharova", "zakharova_undated")
    assert set(search_ids(cli, "Blinken sovereignty")) == named(world, "blinken")


def test_best_match_first_and_highlighted(cli, world):
    rows = json.loads(cli("search", "-f", "json", "legally binding security").stdout)
    assert rows[0]["id"] == world["ryabkov_day"]
    assert "**legally** **binding** **security**" in rows[0]["excerpt"]
    assert rows == sorted(rows, key=lambda r: -r["score"])


def test_search_takes_the_filters(cli, world):
    assert set(search_ids(cli, "guarantees", "--institution", "MFA", "--to", "2020")) == named(
        world, "grushko_department"
    )
    assert set(search_ids(cli, "NATO", "--by", "Maria Zakharova")) == named(world, "zakharova")


def test_table_output_lists_matches(cli, world, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    out = cli("search", "ultimatum").stdout
    assert "December 2021" in out and "Sergey Ryabkov" in out and "**ultimatum**" in out


@pytest.mark.parametrize(
    "query",
    ["'", '"', "--", "-", "*", "AND", "NOT", "OR OR", "(((", ")", "a)", "NEAR(a b)", "\\", ":*"],
)
def test_awkward_queries_never_reach_the_database_as_syntax(cli, world, query):
    result = cli("search", "--", query, expect=None)
    assert result.exit_code in (0, 1), result.stderr
    if result.exit_code:
        assert result.stderr.startswith("Error: ") and "database error" not in result.stderr


@given(st.text(max_size=40))
@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_query_gives_results_or_a_clear_message(cli, world, query):
    result = cli("search", "-f", "json", "--", query, expect=None)
    assert result.exit_code in (0, 1), (query, result.stderr, result.exception)
    if result.exit_code == 0:
        assert isinstance(json.loads(result.stdout), list)
    else:
        assert result.stderr.startswith("Error: "), result.stderr
        assert "database error" not in result.stderr and "Traceback" not in result.stderr


# ---- the index follows the statements --------------------------------------------------------


def _sqlite_integrity(db_url: str) -> None:
    """FTS5's own check that the index matches its content (SQLite only)."""
    from sqlalchemy import text

    from tracker.db import is_sqlite, session_scope

    if is_sqlite(db_url):
        with session_scope(db_url) as s:
            s.execute(
                text("INSERT INTO statement_fts(statement_fts, rank) VALUES ('integrity-check', 1)")
            )


def test_index_follows_insert_update_and_delete(cli, world):
    from sqlmodel import select

    from tracker.db import session_scope
    from tracker.models import Statement

    with session_scope(cli.db_url) as s:
        added = Statement(
            official_id=world["official:Antony Blinken"],
            text="Diplomacy remains the only responsible path.",
            said_precision="unknown",
        )
        s.add(added)
    assert search_ids(cli, "diplomacy") == [added.id]

    with session_scope(cli.db_url) as s:
        statement = s.exec(select(Statement).where(Statement.id == added.id)).one()
        statement.text = "Deterrence remains the only responsible path."
    assert cli("search", "-f", "json", "diplomacy").stdout.strip() == "[]"
    assert search_ids(cli, "deterrence") == [added.id]

    with session_scope(cli.db_url) as s:
        s.delete(s.get(Statement, added.id))
    assert cli("search", "-f", "json", "deterrence").stdout.strip() == "[]"
    _sqlite_integrity(cli.db_url)


def test_index_follows_a_merge_of_officials(cli, world):
    from tracker.db import session_scope
    from tracker.models import Official, Statement
    from tracker.services.officials import add_official, merge_officials

    with session_scope(cli.db_url) as s:
        duplicate = add_official(session=s, name="S. A. Rjabkov")
        moved = Statement(official_id=duplicate.id, text="Deadlines are tight.", kind="direct")
        s.add(moved)
    assert search_ids(cli, "Rjabkov deadlines") == [moved.id]

    with session_scope(cli.db_url) as s:
        keep = s.get(Official, world["official:Sergey Ryabkov"])
        merge_officials(session=s, keep=keep, duplicate=s.get(Official, duplicate.id))
    assert search_ids(cli, "Ryabkov deadlines") == [moved.id]
    assert cli("search", "-f", "json", "Rjabkov").stdout.strip() == "[]"
    _sqlite_integrity(cli.db_url)


def test_index_follows_renamed_officials_and_institutions(cli, world):
    from tracker.db import session_scope
    from tracker.models import Institution, Official

    with session_scope(cli.db_url) as s:
        s.get(Official, world["official:Jens Stoltenberg"]).name = "Jens Stoltenberg-Renamed"
        s.get(Institution, world["institution:State Department"]).name = "Department of State"
    assert search_ids(cli, "renamed principles") == [world["stoltenberg"]]
    assert search_ids(cli, '"department of state"') == [world["blinken"]]
    assert cli("search", "-f", "json", '"state department"').stdout.strip() == "[]"
    _sqlite_integrity(cli.db_url)


def test_downgrade_removes_the_index_and_upgrade_rebuilds_it(cli, world):
    from sqlalchemy import create_engine, inspect

    from tracker.migrate import downgrade, upgrade

    downgrade(cli.db_url, "0001")
    engine = create_engine(cli.db_url)
    with engine.connect() as conn:
        inspector = inspect(conn)
        assert "statement_fts" not in inspector.get_table_names()
        assert "search_vector" not in {c["name"] for c in inspector.get_columns("statement")}
    engine.dispose()
    upgrade(cli.db_url, "head")
    assert set(search_ids(cli, "ultimatum OR sovereignty")) == named(
        world, "ryabkov_month", "blinken"
    )
    _sqlite_integrity(cli.db_url)
