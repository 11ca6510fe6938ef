"""`tracker stats` (counts per official, institution and month) and `tracker who --about`."""

from __future__ import annotations

import csv
import io
import json

import pytest

from tests.query_world import seed


@pytest.fixture
def world(db_url: str) -> dict[str, int]:
    return seed(db_url)


def stats_rows(cli, *args: str) -> list[dict]:
    return json.loads(cli("stats", "--format", "json", *args).stdout)


def test_counts_per_official_with_first_and_last_day(cli, world):
    rows = stats_rows(cli, "--per", "official")
    assert [(r["name"], r["statements"]) for r in rows] == [
        ("Sergey Ryabkov", 3),
        ("Ivan Former", 2),
        ("Maria Zakharova", 2),
        ("Alexander Grushko", 1),
        ("Antony Blinken", 1),
        ("Jens Stoltenberg", 1),
    ]
    ryabkov = rows[0]
    assert ryabkov["group"] == "official" and ryabkov["id"] == world["official:Sergey Ryabkov"]
    # placed at the latest day each may have been said, each given with its own date
    assert (ryabkov["first"], ryabkov["last"]) == ("../2021-12-10", "2021-12")
    zakharova = rows[2]  # her undated statement counts but has no day
    assert (zakharova["first"], zakharova["last"]) == ("2022-01-20", "2022-01-20")


def test_counts_per_institution_spoken_for(cli, world):
    rows = stats_rows(cli, "--per", "institution")
    assert [(r["name"], r["statements"]) for r in rows] == [
        ("Russian Foreign Ministry", 6),
        ("European Cooperation Department", 1),
        ("NATO", 1),
        ("State Department", 1),
    ]


def test_counts_per_month_with_undated_last(cli, world):
    rows = stats_rows(cli, "--per", "month")
    assert [(r["name"], r["statements"]) for r in rows] == [
        ("2015-06", 1),
        ("2018-03", 1),
        ("2021-11", 1),
        ("2021-12", 6),
        ("2022-01", 1),
        ("date unknown", 1),
    ]


def test_stats_take_the_filters(cli, world):
    rows = stats_rows(cli, "--institution", "MFA", "--from", "2021-12", "--to", "2021-12")
    per = {(r["group"], r["name"]): r["statements"] for r in rows}
    assert per == {
        ("official", "Sergey Ryabkov"): 3,
        ("institution", "Russian Foreign Ministry"): 4,
        ("month", "2021-12"): 4,
    }


def test_stats_table_and_csv(cli, world):
    out = cli("stats").stdout  # piped: one tab-separated line per group, named in a column
    groups = [line.split("\t")[0] for line in out.splitlines()]
    assert set(groups) == {"official", "institution", "month"}
    # piped lines keep EDTF, for cut and sort (words on a terminal only)
    assert "official\tSergey Ryabkov\t3\t../2021-12-10\t2021-12" in out
    rows = list(csv.DictReader(io.StringIO(cli("stats", "-f", "csv", "--per", "month").stdout)))
    assert rows[-1] == {
        "group": "month",
        "id": "",
        "name": "date unknown",
        "statements": "1",
        "first": "",
        "last": "",
    }


def test_counts_per_speaker_of_a_country_are_grouped_before_names_are_joined(db_url, world):
    # one row per speaker joined to a name, not one per statement; and a country's
    # institutions one IN list (on PostgreSQL an OR of one per institution, as a page reads
    # them, had the count scan a whole index in parallel workers)
    from sqlalchemy import event

    from tracker.db import session_scope
    from tracker.query import Filter, stats

    ran: list[str] = []
    with session_scope(db_url, write=False) as s:
        engine = s.get_bind()
        listener = lambda *args: ran.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            rows = list(stats(session=s, filt=Filter(country="RU"), dimension="official"))
        finally:
            event.remove(engine, "before_cursor_execute", listener)
    assert rows[0]["name"] == "Sergey Ryabkov"
    [counting] = [sql for sql in ran if "count(" in sql]
    assert " OR statement.institution_id" not in counting
    assert "GROUP BY statement.official_id" in counting  # the statements', not the names'


def test_who_counts_per_speaker_before_names_are_joined(db_url, world):
    from sqlalchemy import event

    from tracker.db import session_scope
    from tracker.query import Filter, who

    ran: list[str] = []
    with session_scope(db_url, write=False) as s:
        engine = s.get_bind()
        listener = lambda *args: ran.append(args[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
        try:
            rows = list(who(session=s, filt=Filter(about="security guarantees"), limit=20))
        finally:
            event.remove(engine, "before_cursor_execute", listener)
    assert rows and rows[0]["statements"] >= rows[-1]["statements"]
    [counting] = [sql for sql in ran if "count(" in sql]
    assert "GROUP BY statement.official_id" in counting  # the statements', not the names'
    assert counting.count("MATCH") + counting.count("@@") == 1  # the full-text search once


def test_stats_refuse_an_unknown_grouping(cli, world):
    result = cli("stats", "--per", "weekday", expect=1)
    assert "unknown --per 'weekday'" in result.stderr


def test_who_ranks_speakers_by_matching_statements(cli, world):
    rows = json.loads(cli("who", "--about", "security guarantees", "-f", "json").stdout)
    assert [(r["speaker"], r["statements"]) for r in rows] == [
        ("Sergey Ryabkov", 2),
        ("Russian Foreign Ministry", 1),
    ]
    assert rows[0]["official_id"] == world["official:Sergey Ryabkov"]
    assert rows[1]["institution_id"] == world["institution:Russian Foreign Ministry"]
    assert (rows[0]["first"], rows[0]["last"]) == ("2021-12-17", "2021-12")
    assert all(r["score"] > 0 for r in rows)


def test_who_looks_for_the_subject_in_what_was_said_not_in_names(cli, world):
    assert json.loads(cli("who", "--about", "Zakharova", "-f", "json").stdout) == []
    rows = json.loads(cli("who", "--about", "Ryabkov", "-f", "json").stdout)
    # his own words name him once; Blinken's statement mentions him (a mention row)
    assert [(r["speaker"], r["statements"]) for r in rows] == [
        ("Sergey Ryabkov", 1),
        ("Antony Blinken", 1),
    ]
    assert rows[1]["score"] == 0  # found by its mention, not by its words


def test_who_breaks_ties_by_relevance(cli, world):
    rows = json.loads(cli("who", "--about", "NATO OR alliance", "-f", "json").stdout)
    assert {r["speaker"] for r in rows} == {
        "Sergey Ryabkov",
        "Maria Zakharova",
        "Jens Stoltenberg",
        "Alexander Grushko",
    }
    assert all(r["statements"] == 1 for r in rows)
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_who_takes_filters_and_needs_a_subject(cli, world, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    out = cli("who", "--about", "guarantees", "--institution", "MFA", "--to", "2016").stdout
    assert "Alexander Grushko" in out and "Sergey Ryabkov" not in out
    assert "Missing option '--about'" in cli("who", expect=2).stderr
    assert "nothing to search for" in cli("who", "--about", "--", expect=1).stderr
