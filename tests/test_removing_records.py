"""Correcting sources and removing many statements at once, saying first what will go."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tracker.db import session_scope
from tracker.models import Citation

ARTICLE = "Ryabkov said guarantees were needed. Zakharova said talks would go on."


@pytest.fixture
def two_sources(cli, tmp_path: Path) -> dict[str, int]:
    cli("official", "add", "Sergey Ryabkov")
    cli("official", "add", "Maria Zakharova")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text("Reprinted: " + ARTICLE, encoding="utf-8")
    cli("source", "add", str(first), "--title", "Skip to main content", "--outlet", "TASS")
    cli("source", "add", str(second), "--title", "Reprint")
    for by, words, sources in (
        ("Sergey Ryabkov", "guarantees were needed", ("1", "2")),
        ("Maria Zakharova", "talks would go on", ("1",)),
    ):
        cli("statement", "add", "--by", by, "--on", "2021-12-17", "--text", words,
            "--source", sources[0])  # fmt: skip
    cli("statement", "add", "--by", "Sergey Ryabkov", "--on", "2021-12-17",
        "--text", "Reprinted", "--source", "2")  # fmt: skip
    with session_scope(cli.db_url) as s:  # the first statement is cited by the reprint too
        s.add(Citation(statement_id=1, source_id=2, start=23, end=45))
    return {"ryabkov": 1, "zakharova": 2, "reprint": 3}


def statements(cli) -> list[str]:
    return sorted(r["text"] for r in json.loads(cli("statement", "list", "-f", "json").stdout))


def test_source_edit_corrects_the_metadata_not_the_text(cli, two_sources) -> None:
    title = "Ryabkov: guarantees are needed"
    result = cli("source", "edit", "1", "--title", title, "--published", "2021-12-17",
                 "--url", "https://tass.example/1", "--outlet", "")  # fmt: skip
    assert result.stdout == "updated source 1: url, outlet, title, published\n"
    detail = json.loads(cli("source", "show", "1", "-f", "json").stdout)
    assert (detail["title"], detail["published"], detail["url"], detail["outlet"]) == (
        "Ryabkov: guarantees are needed", "2021-12-17", "https://tass.example/1", None,
    )  # fmt: skip
    assert detail["text"] == ARTICLE
    refused = cli("source", "edit", "1", "--published", "../2021-12", expect=1)
    assert "takes a day, a month or a year" in refused.stderr
    assert "nothing to change" in cli("source", "edit", "1", expect=1).stderr


def test_source_rm_says_what_goes_asks_and_keeps_statements_without_force(cli, two_sources) -> None:
    declined = cli("source", "rm", "1", input="n\n", expect=1)
    assert "2 citations of 2 statements will go" in declined.stderr
    assert "1 statement cite no other source and will stay" in declined.stderr
    assert ": 2\n" in declined.stderr  # its id
    assert len(json.loads(cli("source", "list", "-f", "json").stdout)) == 2  # nothing went
    done = cli("source", "rm", "1", input="y\n")
    assert done.stdout.endswith("deleted source 1 with 2 citations\n")  # after the echoed y
    assert statements(cli) == ["Reprinted", "guarantees were needed", "talks would go on"]
    shown = json.loads(cli("statement", "show", "1", "-f", "json").stdout)
    assert [c["source_id"] for c in shown["citations"]] == [2]  # its citation of 1 went
    shown = json.loads(cli("statement", "show", "2", "-f", "json").stdout)
    assert shown["citations"] == []


def test_source_rm_force_deletes_the_statements_left_without_a_source(cli, two_sources) -> None:
    done = cli("source", "rm", "1", "--force", "--yes")
    assert done.stdout == "deleted source 1 with 2 citations and 1 statement\n"
    assert statements(cli) == ["Reprinted", "guarantees were needed"]


def test_statement_rm_takes_many_ids_and_ranges(cli, two_sources) -> None:
    for n in range(5):
        cli("statement", "add", "--by", "Maria Zakharova", "--on", "2022-01-0" + str(n + 1),
            "--text", f"Statement {n}.")  # fmt: skip
    assert cli("statement", "rm", "1", "2").stdout == "deleted 2 statements: 1–2\n"
    refused = cli("statement", "rm", "3", "99", expect=1)
    assert "no statement with id 99; nothing deleted" in refused.stderr
    asked = cli("statement", "rm", "4-6", "7..8", "100-120", input="n\n", expect=1)
    assert "5 statements: 4–8" in asked.stderr and "Delete 5 statements?" in asked.stderr
    assert len(statements(cli)) == 6
    assert cli("statement", "rm", "4-6,7", "--yes").stdout == "deleted 4 statements: 4–7\n"
    assert statements(cli) == ["Reprinted", "Statement 4."]


def test_statement_rm_by_a_filter_counts_and_confirms(cli, two_sources) -> None:
    result = cli("statement", "rm", "--source", "1", input="y\n")
    assert "2 statements: 1–2" in result.stderr
    assert result.stdout.endswith("deleted 2 statements: 1–2\n")
    assert statements(cli) == ["Reprinted"]
    none = cli("statement", "rm", "--by", "Maria Zakharova", "--yes")
    assert "no statement matches; nothing deleted" in none.stderr
    refused = cli("statement", "rm", expect=1)
    assert "give the ids of the statements to delete, or a filter" in refused.stderr
