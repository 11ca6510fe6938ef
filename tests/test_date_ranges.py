"""What --from/--to mean, the same in said, stats, who, timeline and the Python API.

A statement is placed on the latest day it may have been said (where a timeline
shows it) and is in a range when that day is; --overlapping takes any statement
that may have been said on some day of the range.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from tests.query_world import seed
from tracker.api import Tracker


@pytest.fixture
def world(db_url: str) -> dict[str, int]:
    from tracker.db import session_scope
    from tracker.models import Statement

    ids = seed(db_url)
    with session_scope(db_url) as s:
        for name, start, end in (
            ("before_2022", None, date(2022, 2, 21)),  # "on or before 21 Feb 2022"
            ("after_dec_5", date(2021, 12, 5), None),  # "on or after 5 Dec 2021"
        ):
            statement = Statement(
                official_id=ids["official:Alexander Grushko"],
                text=f"Guarantees were discussed ({name}).",
                said_from=start,
                said_to=end,
                said_precision="interval",
            )
            s.add(statement)
            s.flush()
            ids[name] = statement.id
    return ids


def said(cli, *args: str) -> set[int]:
    return {
        row["id"] for row in json.loads(cli("said", "-f", "json", "--limit", "0", *args).stdout)
    }


def named(world, *names: str) -> set[int]:
    return {world[n] for n in names}


YEARS = ("--from", "2014", "--to", "2015")
LATE_DECEMBER = ("--from", "2021-12-15", "--to", "2021-12-31")


def test_a_range_holds_the_statements_placed_in_it(cli, world) -> None:
    assert said(cli, *YEARS) == named(world, "grushko_department")
    assert said(cli, *LATE_DECEMBER) == named(
        world, "ryabkov_day", "ryabkov_month", "stoltenberg", "ministry_itself"
    )
    # "on or before 10 Dec 2021" is placed on 10 December: in December, not after the 15th
    assert world["ryabkov_before"] in said(cli, "--from", "2021-12", "--to", "2021-12")
    assert world["ryabkov_before"] not in said(cli, "--to", "2021-12-09")


def test_overlapping_takes_any_statement_that_may_have_been_said_in_the_range(cli, world) -> None:
    assert said(cli, *YEARS, "--overlapping") == named(
        world, "grushko_department", "ryabkov_before", "before_2022"
    )
    assert said(cli, *LATE_DECEMBER, "--overlapping") == named(
        world, "ryabkov_day", "ryabkov_month", "stoltenberg", "ministry_itself", "after_dec_5",
        "before_2022",
    )  # fmt: skip


def test_stats_count_the_same_statements(cli, world) -> None:
    def total(*args: str) -> int:
        rows = csv.DictReader(
            io.StringIO(cli("stats", "--per", "month", "-f", "csv", *args).stdout)
        )
        return sum(int(row["statements"]) for row in rows)

    assert total(*YEARS) == len(said(cli, *YEARS)) == 1
    assert total(*YEARS, "--overlapping") == len(said(cli, *YEARS, "--overlapping")) == 3
    assert total(*LATE_DECEMBER) == 4


def test_who_counts_the_same_statements(cli, world) -> None:
    def speakers(*args: str) -> dict[str, int]:
        rows = json.loads(cli("who", "--about", "guarantees", "-f", "json", *args).stdout)
        return {row["speaker"]: row["statements"] for row in rows}

    assert speakers(*YEARS) == {"Alexander Grushko": 1}
    assert speakers(*YEARS, "--overlapping") == {"Alexander Grushko": 2}


def test_a_timeline_of_2014_to_2015_shows_nothing_said_later(cli, world) -> None:
    out = cli("timeline", *YEARS).stdout
    assert out.startswith("# Statements (2014 to 2015)")
    assert "1 June 2015" in out
    assert "2021" not in out and "2022" not in out.replace("2014", "")
    rows = list(csv.DictReader(io.StringIO(cli("timeline", *YEARS, "-f", "csv").stdout)))
    assert [int(r["id"]) for r in rows] == [world["grushko_department"]]
    wide = list(
        csv.DictReader(io.StringIO(cli("timeline", *YEARS, "--overlapping", "-f", "csv").stdout))
    )
    assert len(wide) == 3


def test_the_python_api_means_the_same(db_url: str, world) -> None:
    with Tracker(db_url) as db:
        assert {r["id"] for r in db.said(date_from="2014", date_to="2015")} == named(
            world, "grushko_department"
        )
        overlapping = db.said(date_from="2014", date_to="2015", overlapping=True)
        assert len(overlapping) == 3
        assert db.stats(per="month", date_from="2014", date_to="2015")[0]["statements"] == 1


def test_the_readme_says_what_a_range_means() -> None:
    from tests.conftest import REPO

    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert "A statement is placed on the latest day it may have been said" in readme
    assert "`--overlapping` instead takes every statement that may have been said" in readme
