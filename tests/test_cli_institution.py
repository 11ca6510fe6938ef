"""`tracker institution`: kinds, countries, parents, merging and removing institutions."""

from __future__ import annotations

import csv
import io
import json

import pytest

FIELDS = [
    "id",
    "name",
    "kind",
    "country",
    "parent_id",
    "parent",
    "wikidata",
    "aliases",
    "roles",
    "statements",
]


def institutions(cli, *args: str) -> list[dict]:
    return json.loads(cli("institution", "list", *args, "--format", "json").stdout)


def failed(result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in result.stderr


@pytest.fixture
def mfa(cli):
    cli("institution", "add", "Russian Government", "--kind", "government", "--country", "ru")
    cli(
        "institution",
        "add",
        "Russian Foreign Ministry",
        "--kind",
        "ministry",
        "--country",
        "RU",
        "--parent",
        "Russian Government",
        "--alias",
        "MFA",
        "--wikidata",
        "Q1143445",
    )
    return cli


def test_add_records_kind_country_parent_and_aliases(mfa):
    rows = institutions(mfa)
    assert [r["name"] for r in rows] == ["Russian Foreign Ministry", "Russian Government"]
    ministry = rows[0]
    assert list(ministry) == FIELDS
    assert (ministry["kind"], ministry["country"], ministry["parent"]) == (
        "ministry",
        "RU",
        "Russian Government",
    )
    assert ministry["aliases"] == "MFA" and rows[1]["country"] == "RU"  # upper-cased


def test_add_refuses_unknown_kind_and_country_listing_what_is_valid(cli):
    failed(
        cli("institution", "add", "X", "--kind", "club", expect=None),
        "unknown institution kind 'club'",
        "international organisation",
        "media outlet",
    )
    failed(cli("institution", "add", "X", "--kind", "state", "--country", "XX", expect=None), "ISO")
    failed(cli("institution", "add", "X", "--kind", "state", "--country", "RUS", expect=None))
    failed(cli("institution", "add", "X", "--kind", "state", "--parent", "Nope", expect=None))
    assert institutions(cli) == []
    cli("institution", "add", "NATO", "--kind", "alliance")
    cli("institution", "add", "UN", "--kind", "international organisation")
    assert len(institutions(cli)) == 2


def test_list_filters_by_kind_and_writes_csv(mfa):
    assert [r["name"] for r in institutions(mfa, "--kind", "ministry")] == [
        "Russian Foreign Ministry"
    ]
    rows = list(csv.DictReader(io.StringIO(mfa("institution", "list", "-f", "csv").stdout)))
    assert list(rows[0]) == FIELDS and rows[0]["wikidata"] == "Q1143445"
    failed(mfa("institution", "list", "--kind", "club", expect=None), "unknown institution kind")


def test_show_lists_parent_parts_aliases_and_roles(mfa):
    mfa("official", "add", "Sergey Lavrov")
    mfa("role", "add", "Sergey Lavrov", "Foreign Minister", "--at", "MFA", "--from", "2004-03-09")
    text = mfa("institution", "show", "mfa").stdout
    assert "Part of: Russian Government (id 1)" in text
    assert "Aliases: MFA" in text
    assert "Sergey Lavrov, Foreign Minister (2004-03-09 – now)" in text
    parent = json.loads(mfa("institution", "show", "Russian Government", "-f", "json").stdout)
    assert parent["parts"] == [{"id": 2, "name": "Russian Foreign Ministry", "kind": "ministry"}]
    failed(mfa("institution", "show", "Foreign Ministri", expect=None), "did you mean")


def test_edit_changes_fields_and_refuses_a_cycle(mfa):
    out = mfa(
        "institution",
        "edit",
        "MFA",
        "--name",
        "Ministry of Foreign Affairs of Russia",
        "--kind",
        "agency",
        "--notes",
        "Smolenskaya Square",
    )
    assert "name, kind, notes" in out.stdout
    row = institutions(mfa, "--kind", "agency")[0]
    assert row["name"] == "Ministry of Foreign Affairs of Russia"
    assert "Russian Foreign Ministry" in row["aliases"]
    failed(
        mfa("institution", "edit", "Russian Government", "--parent", "MFA", expect=None),
        "cannot be the parent",
    )
    failed(mfa("institution", "edit", "MFA", "--kind", "club", expect=None), "unknown")
    mfa("institution", "edit", "MFA", "--parent", "", "--country", "")
    row = institutions(mfa, "--kind", "agency")[0]
    assert row["parent_id"] is None and row["country"] is None
    assert institutions(mfa, "--kind", "government")[0]["parent_id"] is None


def test_alias_add(mfa):
    assert "added alias" in mfa("institution", "alias", "add", "MFA", "МИД России").stdout
    assert mfa("institution", "show", "МИД России").stdout.startswith("Russian Foreign Ministry")
    failed(mfa("institution", "alias", "add", "MFA", "  ", expect=None), "empty")


def test_merge_moves_roles_statements_sources_parts_and_aliases(mfa):
    mfa("institution", "add", "Foreign Ministry of Russia", "--kind", "ministry")
    mfa(
        "institution",
        "add",
        "Department X",
        "--kind",
        "agency",
        "--parent",
        "Foreign Ministry of Russia",
    )
    mfa("official", "add", "Maria Zakharova")
    mfa("role", "add", "Maria Zakharova", "Spokeswoman", "--at", "Foreign Ministry of Russia")
    mfa("statement", "add", "--by", "Foreign Ministry of Russia", "--on", "2022-01", "--text", "t")
    mfa("source", "add", "-", "--outlet", "Foreign Ministry of Russia", input="A transcript.")
    result = mfa("institution", "merge", "MFA", "Foreign Ministry of Russia")
    assert "moved 1 alias, 1 role, 1 statement, 1 source, 1 part" in result.stdout
    rows = {r["name"]: r for r in institutions(mfa)}
    assert "Foreign Ministry of Russia" not in rows
    ministry = rows["Russian Foreign Ministry"]
    assert (ministry["roles"], ministry["statements"]) == (1, 1)
    assert "Foreign Ministry of Russia" in ministry["aliases"]
    assert rows["Department X"]["parent"] == "Russian Foreign Ministry"
    sources = json.loads(mfa("source", "list", "-f", "json").stdout)
    assert sources[0]["outlet"] == "Russian Foreign Ministry"


def test_merge_refuses_itself(mfa):
    failed(mfa("institution", "merge", "MFA", "2", expect=None), "into itself")
    assert len(institutions(mfa)) == 2


def test_rm_refuses_while_referred_to_then_force_deletes(mfa):
    failed(mfa("institution", "rm", "Russian Government", expect=None), "1 part", "--force")
    mfa("statement", "add", "--by", "MFA", "--on", "2022-01-05", "--text", "words")
    failed(mfa("institution", "rm", "MFA", expect=None), "1 statement")
    assert len(institutions(mfa)) == 2
    out = mfa("institution", "rm", "MFA", "--force").stdout
    assert "deleted institution Russian Foreign Ministry (id 2) (it had 1 statement)" in out
    assert [r["name"] for r in institutions(mfa)] == ["Russian Government"]
    assert json.loads(mfa("statement", "list", "-f", "json").stdout) == []
    assert "deleted institution Russian Government" in mfa("institution", "rm", "1").stdout
