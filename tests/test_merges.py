"""Merges and statements by hand keep the database whole: no parent cycles, no duplicate rows.

Merging institutions must leave the hierarchy a tree (a cycle made every
export drop both institutions and everything hanging from them); the same
words recorded twice by hand, or held by two officials merged into one, are
one statement with more citations, as ingest keeps them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import Cli
from tests.test_archive import dump


def institutions(cli) -> dict[str, dict]:
    rows = json.loads(cli("institution", "list", "-f", "json").stdout)
    return {r["name"]: r for r in rows}


def parent_chain_is_acyclic(cli) -> None:
    rows = {
        r["id"]: r["parent_id"] for r in json.loads(cli("institution", "list", "-f", "json").stdout)
    }
    for start in rows:
        seen, node = set(), start
        while node is not None:
            assert node not in seen, f"cycle through {node}: {rows}"
            seen.add(node)
            node = rows[node]


@pytest.fixture
def tree(cli):
    """Russia (D) > Foreign Ministry (C) > Consular Department (K), with a role and a statement
    at each of the ministry's levels."""
    cli("institution", "add", "Russia", "--kind", "state", "--country", "RU")
    cli(
        "institution", "add", "Russian Foreign Ministry", "--kind", "ministry", "--parent", "Russia"
    )
    cli("institution", "add", "Consular Department", "--kind", "agency",
        "--parent", "Russian Foreign Ministry")  # fmt: skip
    cli("official", "add", "Maria Zakharova")
    cli("role", "add", "Maria Zakharova", "Spokeswoman", "--at", "Russian Foreign Ministry")
    cli("role", "add", "Maria Zakharova", "Consul", "--at", "Consular Department")
    for by, text in (
        ("Russian Foreign Ministry", "We regret it."),
        ("Consular Department", "Visas."),
    ):
        cli("statement", "add", "--by", f"institution:{by}", "--on", "2022-01-10", "--text", text)
    return cli


def test_merging_a_part_into_an_institution_above_it_makes_no_cycle(tree, tmp_path, empty_db_url):
    # K (Consular Department) into D (Russia): D must not take K's parent C, which is under D
    tree("institution", "merge", "Russia", "Consular Department")
    rows = institutions(tree)
    assert rows["Russia"]["parent"] is None
    assert rows["Russian Foreign Ministry"]["parent"] == "Russia"
    parent_chain_is_acyclic(tree)
    _everything_exports_and_imports_back(tree, tmp_path, empty_db_url)


def test_merging_an_institution_into_one_of_its_parts_makes_no_cycle(tree, tmp_path, empty_db_url):
    # K (Russia) into D (Consular Department), K > C > D: the merged one stands where K stood
    tree("institution", "merge", "Consular Department", "Russia")
    rows = institutions(tree)
    assert rows["Consular Department"]["parent"] is None
    assert rows["Russian Foreign Ministry"]["parent"] == "Consular Department"
    parent_chain_is_acyclic(tree)
    _everything_exports_and_imports_back(tree, tmp_path, empty_db_url)


def _everything_exports_and_imports_back(cli, tmp_path: Path, empty_db_url: str) -> None:
    archive = tmp_path / "all.jsonl"
    cli("export", "--all", str(archive))
    lines = len(archive.read_text(encoding="utf-8").splitlines()) - 1
    other = Cli(empty_db_url)
    result = other("import", str(archive))
    assert f"imported {lines} records" in result.stderr
    popolo = tmp_path / "people.json"
    cli("export", "popolo", "-o", str(popolo))
    other("import", "popolo", str(popolo))


@pytest.fixture
def two_ryabkovs(cli, tmp_path):
    """Two records of one man, each holding the same quote from a different outlet."""
    cli("institution", "add", "Russian Foreign Ministry", "--kind", "ministry")
    cli("official", "add", "Sergey Ryabkov")
    cli("official", "add", "S. A. Ryabkov")
    quote = "We expect a concrete answer in writing, and we expect it soon."
    for n, (who, outlet) in enumerate((("Sergey Ryabkov", "TASS"), ("S. A. Ryabkov", "Interfax"))):
        story = tmp_path / f"story{n}.txt"
        story.write_text(f"MOSCOW. {who} said: {quote} He said it twice.\n", encoding="utf-8")
        cli("source", "add", str(story), "--outlet", outlet)
        cli("statement", "add", "--by", who, "--on", "2022-01-12", "--text", quote,
            "--source", str(n + 1), "--topic", f"topic {n}")  # fmt: skip
    cli("statement", "add", "--by", "S. A. Ryabkov", "--on", "2022-01-13", "--text", "Another day.")
    return cli


def test_merging_two_officials_who_hold_one_statement_leaves_one_row(two_ryabkovs, db_url):
    cli = two_ryabkovs
    assert json.loads(cli("stats", "-f", "json", "--per", "official").stdout)[0]["statements"] == 2
    result = cli("official", "merge", "Sergey Ryabkov", "S. A. Ryabkov")
    assert "1 statement(s) both had recorded now one, cited by both" in result.stdout
    [row] = json.loads(cli("stats", "-f", "json", "--per", "official").stdout)
    assert row["statements"] == 2  # the shared quote once, and "Another day."
    rows = dump(db_url)
    [shared] = [s for s in rows["statement"] if s["text"].startswith("We expect")]
    assert sorted(
        c["source_id"] for c in rows["citation"] if c["statement_id"] == shared["id"]
    ) == [1, 2]
    assert len([t for t in rows["statement_topic"] if t["statement_id"] == shared["id"]]) == 2
    assert len(rows["citation"]) == 2


def test_the_same_statement_added_twice_by_hand_is_one_row(cli, db_url, tmp_path):
    cli("official", "add", "Maria Zakharova")
    story = tmp_path / "briefing.txt"
    story.write_text("Zakharova said NATO expansion threatens Europe.\n", encoding="utf-8")
    cli("source", "add", str(story))
    args = ("statement", "add", "--by", "Maria Zakharova", "--text",
            "NATO expansion threatens Europe.")  # fmt: skip
    cli(*args, "--on", "2022-01")
    result = cli(*args, "--on", "2022-01-20", "--source", "1")
    assert "already recorded as statement 1" in result.stdout
    again = cli(*args, "--on", "2022-01-20", "--source", "1")
    assert "already recorded as statement 1" in again.stdout
    rows = dump(db_url)
    [statement] = rows["statement"]
    assert (statement["said_from"].isoformat(), statement["said_precision"]) == (
        "2022-01-20",
        "day",
    )  # the second report's narrower date
    assert [(c["statement_id"], c["start"]) for c in rows["citation"]] == [(1, 15)]
    [row] = json.loads(cli("stats", "-f", "json", "--per", "official").stdout)
    assert row["statements"] == 1
    cli(*args[:-1], "Something else entirely was said.", "--on", "2022-01-20")
    assert len(dump(db_url)["statement"]) == 2
