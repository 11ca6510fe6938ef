"""`tracker official`: adding, listing, showing, editing, merging and removing officials."""

from __future__ import annotations

import csv
import io
import json

import pytest


def officials(cli) -> list[dict]:
    return json.loads(cli("official", "list", "--format", "json").stdout)


def failed(result, *fragments: str) -> None:
    """A clean failure: non-zero exit, one message on stderr, no traceback."""
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr + result.stdout
    assert result.stderr.startswith("Error: ") or result.exit_code == 2
    for fragment in fragments:
        assert fragment in result.stderr


@pytest.fixture
def ryabkov(cli):
    cli("official", "add", "Sergey Ryabkov", "--alias", "Ryabkov", "--wikidata", "Q4419410")
    cli("institution", "add", "Russian Foreign Ministry", "--kind", "ministry", "--alias", "MFA")
    cli("role", "add", "Sergey Ryabkov", "Deputy Foreign Minister", "--at", "MFA", "--from", "2008")
    return cli


def test_add_records_the_name_aliases_and_wikidata(cli):
    result = cli("official", "add", "Maria Zakharova", "-a", "Мария Захарова", "-a", "MZ")
    assert "added official Maria Zakharova (id 1)" in result.stdout
    [row] = officials(cli)
    assert row["name"] == "Maria Zakharova"
    assert row["aliases"] == "Мария Захарова; MZ"  # every spelling is kept, though keys meet
    assert cli("official", "show", "Мария Захарова").stdout.startswith("Maria Zakharova (id 1)")


def test_add_refuses_a_bad_or_taken_wikidata_id_and_writes_nothing(cli):
    failed(cli("official", "add", "X", "--wikidata", "wikidata:42", expect=None), "Wikidata")
    cli("official", "add", "Sergey Ryabkov", "--wikidata", "Q4419410")
    failed(
        cli("official", "add", "Someone Else", "--wikidata", "q4419410", expect=None),
        "already belongs to Sergey Ryabkov",
    )
    failed(cli("official", "add", "   ", expect=None), "empty official name")
    assert [r["name"] for r in officials(cli)] == ["Sergey Ryabkov"]


def test_list_has_stable_fields_in_every_format(ryabkov):
    cli = ryabkov
    fields = ["id", "name", "sort_name", "wikidata", "aliases", "roles", "statements"]
    [row] = officials(cli)
    assert list(row) == fields
    assert row["roles"] == 1 and row["aliases"] == "Ryabkov"
    jsonl = cli("official", "list", "--format", "jsonl").stdout.splitlines()
    assert json.loads(jsonl[0]) == row
    table = list(csv.DictReader(io.StringIO(cli("official", "list", "-f", "csv").stdout)))
    assert list(table[0]) == fields and table[0]["wikidata"] == "Q4419410"
    assert "Sergey Ryabkov" in cli("official", "list").stdout


def test_list_rejects_an_unknown_format(cli):
    result = cli("official", "list", "--format", "xml", expect=2)
    assert "Traceback" not in result.stderr


def test_show_gives_roles_with_dates_aliases_and_statement_span(ryabkov):
    cli = ryabkov
    for day in ("2021-12-10", "2022-01-10"):
        cli("statement", "add", "--by", "Sergey Ryabkov", "--on", day, "--text", f"said {day}")
    text = cli("official", "show", "Sergei Riabkov").stdout
    assert "Deputy Foreign Minister, Russian Foreign Ministry (2008 – now)" in text
    assert "Aliases: Ryabkov" in text
    assert "Statements: 2, placed first 10 Dec 2021, placed last 10 Jan 2022" in text
    data = json.loads(cli("official", "show", "1", "--format", "json").stdout)
    assert data["wikidata"] == "Q4419410"
    assert data["roles"][0]["start"] == "2008" and data["roles"][0]["end"] is None
    assert (data["statements"], data["first_statement"], data["last_statement"]) == (
        2,
        "2021-12-10",
        "2022-01-10",
    )


def test_unknown_name_suggests_close_matches_and_ambiguous_lists_candidates(ryabkov):
    cli = ryabkov
    failed(
        cli("official", "show", "Sergey Ryabkof", expect=None),
        "no official 'Sergey Ryabkof'; did you mean: Sergey Ryabkov",
    )
    cli("official", "add", "Sergey Ryabkov")  # a namesake
    result = cli("official", "show", "Sergey Ryabkov", expect=None)
    failed(result, "ambiguous", "(id 1)", "(id 2)")


def test_edit_changes_fields_and_keeps_the_old_name_as_alias(ryabkov):
    cli = ryabkov
    result = cli(
        "official",
        "edit",
        "Sergey Ryabkov",
        "--name",
        "Sergei A. Ryabkov",
        "--sort-name",
        "Ryabkov, Sergei",
        "--notes",
        "career diplomat",
    )
    assert "name, sort_name, notes" in result.stdout
    [row] = officials(cli)
    assert (row["name"], row["sort_name"]) == ("Sergei A. Ryabkov", "Ryabkov, Sergei")
    assert cli("official", "show", "Sergey Ryabkov").stdout.startswith("Sergei A. Ryabkov")
    cli("official", "edit", "1", "--wikidata", "")
    assert officials(cli)[0]["wikidata"] is None


def test_edit_with_nothing_or_bad_input_changes_nothing(ryabkov):
    cli = ryabkov
    failed(cli("official", "edit", "1", expect=None), "nothing to change")
    failed(cli("official", "edit", "1", "--name", "New", "--wikidata", "X1", expect=None))
    assert officials(cli)[0]["name"] == "Sergey Ryabkov"


def test_alias_add_makes_another_script_resolve(ryabkov):
    cli = ryabkov
    added = cli("official", "alias", "add", "1", "Рябков Сергей Алексеевич", "--language", "ru")
    assert "added alias 'Рябков Сергей Алексеевич'" in added.stdout
    assert cli("official", "show", "RYABKOV SERGEI ALEKSEEVICH").stdout.startswith("Sergey Ryabkov")
    again = cli("official", "alias", "add", "1", "Рябков Сергей Алексеевич")
    assert "already known" in again.stdout
    failed(cli("official", "alias", "add", "Nobody Known", "X", expect=None), "no official")


def test_merge_moves_everything_and_keeps_the_duplicate_name(ryabkov):
    cli = ryabkov
    cli("official", "add", "S. Ryabkov", "--alias", "Ryabkov", "--notes", "from TASS")
    cli("role", "add", "S. Ryabkov", "Ambassador", "--at", "MFA", "--from", "2005", "--to", "2007")
    cli("statement", "add", "--by", "S. Ryabkov", "--on", "2021-12-17", "--text", "quote one")
    cli(
        "statement",
        "add",
        "--by",
        "MFA",
        "--on",
        "2021-12-18",
        "--text",
        "about him",
        "--mentions",
        "S. Ryabkov",
        "--mentions",
        "Sergey Ryabkov",
    )
    result = cli("official", "merge", "Sergey Ryabkov", "S. Ryabkov")
    assert "merged S. Ryabkov (id 2) into Sergey Ryabkov (id 1)" in result.stdout
    [row] = officials(cli)
    assert row["id"] == 1 and row["roles"] == 2 and row["statements"] == 1
    assert set(row["aliases"].split("; ")) == {"Ryabkov", "S. Ryabkov"}
    detail = json.loads(cli("statement", "show", "2", "-f", "json").stdout)
    assert [m["id"] for m in detail["mentions"] if m["type"] == "official"] == [1]
    data = json.loads(cli("official", "show", "1", "-f", "json").stdout)
    assert data["notes"] == "from TASS"


def test_merge_takes_over_a_wikidata_id_the_kept_one_lacks(cli):
    cli("official", "add", "Antony Blinken")
    cli("official", "add", "Tony Blinken", "--wikidata", "Q7155")
    cli("official", "merge", "Antony Blinken", "Tony Blinken")
    assert officials(cli)[0]["wikidata"] == "Q7155"


def test_merge_into_itself_or_unknown_fails_and_changes_nothing(ryabkov):
    cli = ryabkov
    failed(cli("official", "merge", "1", "Sergei Riabkov", expect=None), "into itself")
    failed(cli("official", "merge", "1", "Nobody", expect=None), "no official 'Nobody'")
    assert len(officials(cli)) == 1


def test_rm_refuses_while_referred_to_and_force_says_what_goes(ryabkov):
    cli = ryabkov
    cli("statement", "add", "--by", "Sergey Ryabkov", "--on", "2021-12-17", "--text", "words")
    failed(cli("official", "rm", "Sergey Ryabkov", expect=None), "1 role, 1 statement", "--force")
    assert len(officials(cli)) == 1
    result = cli("official", "rm", "Sergey Ryabkov", "--force")
    assert "deleted official Sergey Ryabkov (id 1) with 1 role, 1 statement" in result.stdout
    assert officials(cli) == []
    assert json.loads(cli("statement", "list", "-f", "json").stdout) == []


def test_rm_of_an_unreferenced_official_just_deletes_it(cli):
    cli("official", "add", "Typo Name")
    assert "deleted official Typo Name" in cli("official", "rm", "Typo Name").stdout
    assert officials(cli) == []
    failed(cli("official", "rm", "Typo Name", expect=None), "no official")
