"""Keeping officials right: merges that leave junk names behind, forgetting an alias, and
the list of likely duplicates with the merge command for each."""

from __future__ import annotations

import json


def aliases(cli, name: str) -> set[str]:
    detail = json.loads(cli("official", "show", name, "-f", "json").stdout)
    return {a["alias"] for a in detail["aliases"]}


def test_merge_keeps_the_duplicates_names_that_can_be_the_persons_and_drops_junk(cli) -> None:
    cli("official", "add", "Antonio Guterres")
    cli("official", "add", "Travels")  # read off a page: "the Secretary-General's Travels"
    cli("official", "add", "António Guterres", "--alias", "GUTERRES", "--alias", "Travels desk")
    cli("statement", "add", "--by", "Travels", "--on", "2022-02-21", "--text", "Peace now.")
    result = cli("official", "merge", "1", "Travels")
    assert "dropped the name 'Travels'" in result.stdout
    assert "--alias NAME" in result.stdout
    assert aliases(cli, "1") == set()
    assert cli("official", "show", "2", expect=1).stderr.startswith("Error: no official")
    said = json.loads(cli("said", "-f", "json").stdout)
    assert [r["speaker"] for r in said] == ["Antonio Guterres"]  # the statement moved
    result = cli("official", "merge", "1", "3")
    assert aliases(cli, "Antonio Guterres") == {"António Guterres", "GUTERRES"}
    assert "dropped the name 'Travels desk'" in result.stdout


def test_merge_takes_the_names_the_user_chooses(cli) -> None:
    for name in ("Sergey Ryabkov", "S. Ryabkov", "Sergei Riabkov"):
        cli("official", "add", name)
    cli("official", "merge", "1", "2", "--no-aliases")
    assert aliases(cli, "1") == set()
    cli("official", "merge", "1", "3", "--alias", "Sergei Riabkov")
    assert aliases(cli, "1") == {"Sergei Riabkov"}
    cli("official", "add", "Ryabkov the Younger")
    refused = cli("official", "merge", "1", "Ryabkov the Younger", "-a", "X", expect=1)
    assert "is not known as 'X'" in refused.stderr


def test_alias_rm_forgets_a_name_but_not_the_display_name(cli) -> None:
    cli("official", "add", "Maria Zakharova", "--alias", "Travels", "--alias", "Мария Захарова")
    assert (
        "removed 'Travels'" in cli("official", "alias", "rm", "Maria Zakharova", "travels").stdout
    )
    assert aliases(cli, "Maria Zakharova") == {"Мария Захарова"}
    refused = cli("official", "alias", "rm", "Maria Zakharova", "Maria Zakharova", expect=1)
    assert "is the official's name" in refused.stderr
    missing = cli("official", "alias", "rm", "Maria Zakharova", "Masha", expect=1)
    assert "has no alias 'Masha' (aliases: Мария Захарова)" in missing.stderr


def test_institution_alias_rm(cli) -> None:
    cli("institution", "add", "Russian Foreign Ministry", "-k", "ministry",
        "-a", "MFA", "-a", "Skip to main content")  # fmt: skip
    cli("institution", "alias", "rm", "MFA", "Skip to main content")
    detail = json.loads(cli("institution", "show", "MFA", "-f", "json").stdout)
    assert {a["alias"] for a in detail["aliases"]} == {"MFA"}
    refused = cli("institution", "alias", "rm", "MFA", "Russian Foreign Ministry", expect=1)
    assert "is the institution's name" in refused.stderr


def test_duplicates_lists_likely_pairs_with_a_merge_command(cli) -> None:
    cli("institution", "add", "State Department", "-k", "ministry", "--country", "US")
    cli("institution", "add", "White House", "-k", "government", "--country", "US")
    cli("official", "add", "Jason Miller")  # from a later article
    cli("official", "add", "MILLER")  # from a transcript's "MR MILLER"
    cli("official", "add", "Matthew Miller")  # another Miller
    cli("official", "add", "Ned Price")
    cli("official", "add", "N. Price", "--wikidata", "Q1")
    cli("official", "add", "Ned Price Jr", "--wikidata", "Q2")
    for who, where, start, end in (
        ("Jason Miller", "State Department", "2021", None),
        ("MILLER", "State Department", "2022", "2022"),
        ("Matthew Miller", "White House", "2015", "2016"),
    ):
        args = ("--to", end) if end else ()
        cli("role", "add", who, "Spokesperson", "--at", where, "--from", start, *args)
    rows = json.loads(cli("official", "duplicates", "-f", "json").stdout)
    pairs = {(r["keep_name"], r["duplicate_name"]): r for r in rows}
    assert ("Jason Miller", "MILLER") in pairs
    row = pairs[("Jason Miller", "MILLER")]
    assert "both Spokesperson at the same time" in row["reason"]
    # Matthew Miller's post was years before at another institution: not the same person
    assert not any("Matthew Miller" in pair for pair in pairs)
    # compatible names, no roles to tell them apart; different Wikidata ids rule one out
    assert ("N. Price", "Ned Price") in pairs
    assert not any("Ned Price Jr" in pair for pair in pairs)
    merged = cli(*row["command"].split()[1:])
    assert "merged MILLER" in merged.stdout
    assert aliases(cli, "Jason Miller") == {"MILLER"}
    piped = cli("official", "duplicates").stdout
    assert piped.splitlines()[0].endswith("\ttracker official merge " + piped.split("\t")[0] + " "
                                          + piped.split("\t")[2])  # fmt: skip
