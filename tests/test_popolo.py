"""`tracker import popolo` / `tracker export popolo`: the people data in Popolo JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import REPO, Cli

GAZETTEER = REPO / "fixtures" / "gazetteer.popolo.json"

SMALL = {
    "persons": [
        {
            "id": "p-ryabkov",
            "name": "Sergey Ryabkov",
            "sort_name": "Ryabkov, Sergey",
            "other_names": [{"name": "Сергей Алексеевич Рябков", "lang": "ru"}],
            "identifiers": [{"scheme": "wikidata", "identifier": "Q4419410"}],
        },
        {"id": "p-zakharova", "name": "Maria Zakharova"},
    ],
    "organizations": [
        {
            "id": "o-mfa",
            "name": "Russian Foreign Ministry",
            "classification": "ministry",
            "country": "RU",
            "parent_id": "o-russia",
            "other_names": [{"name": "MFA of Russia"}],
        },
        {"id": "o-russia", "name": "Russia", "classification": "state", "country": "RU"},
        {"id": "o-nato", "name": "NATO", "classification": "alliance"},
    ],
    "memberships": [
        {
            "person_id": "p-ryabkov",
            "organization_id": "o-mfa",
            "role": "Deputy Foreign Minister",
            "start_date": "2008",
        },
        {
            "person_id": "p-zakharova",
            "organization_id": "o-mfa",
            "role": "Spokeswoman",
            "start_date": "2015-08-10",
            "end_date": "2025-12",
        },
    ],
}


def write(tmp_path: Path, data, name: str = "people.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def listing(cli, group: str) -> list[dict]:
    return json.loads(cli(group, "list", "--format", "json").stdout)


def failed(result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in result.stderr


def canonical(document: dict) -> dict:
    """A Popolo document with its ids replaced by names, to compare across databases."""
    people = {p["id"]: p["name"] for p in document["persons"]}
    bodies = {o["id"]: o["name"] for o in document["organizations"]}
    return {
        "persons": sorted(({**p, "id": None} for p in document["persons"]), key=repr),
        "organizations": sorted(
            (
                {**o, "id": None, "parent_id": bodies.get(o.get("parent_id"))}
                for o in document["organizations"]
            ),
            key=repr,
        ),
        "memberships": sorted(
            (
                {
                    **m,
                    "id": None,
                    "person_id": people[m["person_id"]],
                    "organization_id": bodies[m["organization_id"]],
                }
                for m in document["memberships"]
            ),
            key=repr,
        ),
    }


def test_import_creates_officials_institutions_and_roles(cli, tmp_path):
    out = cli("import", "popolo", write(tmp_path, SMALL)).stdout
    assert "officials: 2 added" in out and "institutions: 3 added" in out
    assert "roles: 2 added" in out
    ministry = next(i for i in listing(cli, "institution") if i["kind"] == "ministry")
    assert (ministry["country"], ministry["parent"]) == ("RU", "Russia")
    roles = {r["official"]: r for r in listing(cli, "role")}
    assert (roles["Sergey Ryabkov"]["start"], roles["Sergey Ryabkov"]["end"]) == ("2008", None)
    assert roles["Maria Zakharova"]["end"] == "2025-12"
    shown = cli("official", "show", "Сергей Алексеевич Рябков", "-f", "json").stdout
    assert json.loads(shown)["wikidata"] == "Q4419410"


def test_import_twice_changes_nothing(cli, tmp_path):
    path = write(tmp_path, SMALL)
    cli("import", "popolo", path)
    before = cli("export", "popolo").stdout
    out = cli("import", "popolo", path).stdout
    assert "officials: 0 added, 2 matched" in out and "roles: 0 added, 2 already present" in out
    assert cli("export", "popolo").stdout == before


def test_import_matches_records_entered_by_hand(cli, tmp_path):
    cli("official", "add", "Sergei Riabkov")  # same name key as Sergey Ryabkov
    cli("official", "add", "S. A. Ryabkov", "--wikidata", "Q4419410")
    cli("import", "popolo", write(tmp_path, SMALL))
    names = [o["name"] for o in listing(cli, "official")]
    assert names == ["Maria Zakharova", "S. A. Ryabkov", "Sergei Riabkov"]
    matched = json.loads(cli("official", "show", "S. A. Ryabkov", "-f", "json").stdout)
    assert matched["roles"][0]["title"] == "Deputy Foreign Minister"
    assert "Sergey Ryabkov" in [a["alias"] for a in matched["aliases"]]


def test_export_writes_popolo_to_a_file(cli, tmp_path):
    cli("import", "popolo", write(tmp_path, SMALL))
    target = tmp_path / "out.popolo.json"
    result = cli("export", "popolo", "-o", str(target))
    assert "2 persons, 3 organizations, 2 memberships" in result.stderr
    document = json.loads(target.read_text(encoding="utf-8"))
    ryabkov = next(p for p in document["persons"] if p["name"] == "Sergey Ryabkov")
    assert ryabkov["identifiers"] == [{"scheme": "wikidata", "identifier": "Q4419410"}]
    assert {"name": "Сергей Алексеевич Рябков", "lang": "ru"} in ryabkov["other_names"]
    mfa = next(o for o in document["organizations"] if o["classification"] == "ministry")
    assert mfa["country"] == "RU" and mfa["parent_id"].startswith("institution/")
    assert {m["role"] for m in document["memberships"]} == {
        "Deputy Foreign Minister",
        "Spokeswoman",
    }


def test_round_trip_into_another_database_gives_the_same_data(cli, empty_db_url, tmp_path):
    source = GAZETTEER if GAZETTEER.exists() else Path(write(tmp_path, SMALL))
    cli("import", "popolo", str(source))
    first = cli("export", "popolo").stdout
    other = Cli(empty_db_url)
    other("import", "popolo", write(tmp_path, json.loads(first), "first.json"))
    second = other("export", "popolo").stdout
    assert canonical(json.loads(second)) == canonical(json.loads(first))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["persons"][1].pop("name"), "persons[1]: missing 'name'"),
        (lambda d: d["organizations"][2].update(classification="club"), "organizations[2]"),
        (lambda d: d["organizations"][0].update(country="Russia"), "ISO 3166-1"),
        (lambda d: d["organizations"][0].update(parent_id="nowhere"), "parent_id 'nowhere'"),
        (lambda d: d["memberships"][1].update(person_id="p-x"), "memberships[1]: person_id"),
        (lambda d: d["memberships"][0].update(start_date="spring 2008"), "start_date"),
        (lambda d: d["memberships"][0].update(end_date="2001"), "before it starts"),
        (lambda d: d["persons"][0]["identifiers"][0].update(identifier="4419410"), "Wikidata"),
        (lambda d: d.update(persons={"a": 1}), "'persons' must be a list"),
        (lambda d: d["persons"][1].update(id="p-ryabkov"), "persons[1]: id 'p-ryabkov' repeats"),
        (lambda d: d["organizations"][2].update(id="o-mfa"), "organizations[2]: id 'o-mfa'"),
        (lambda d: d["persons"][0].update(id={"x": 1}), "persons[0]: 'id' must be a string or"),
        (lambda d: d["persons"][0].update(id=float("inf")), "persons[0]: 'id' must be a string"),
        (lambda d: d["persons"][0].update(id=True), "persons[0]: 'id' must be a string"),
        (lambda d: d["memberships"][0].update(person_id=[1]), "memberships[0]: 'person_id'"),
        (lambda d: d["persons"][0]["other_names"][0].update(lang={"x": 1}), "'lang' must be"),
    ],
)
def test_a_bad_record_is_named_and_nothing_is_imported(cli, tmp_path, change, message):
    data = json.loads(json.dumps(SMALL))
    change(data)
    failed(cli("import", "popolo", write(tmp_path, data), expect=None), message)
    assert listing(cli, "official") == [] and listing(cli, "institution") == []


def test_a_file_that_is_not_json_is_refused(cli, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text("{persons: [", encoding="utf-8")
    failed(cli("import", "popolo", str(bad), expect=None), "is not JSON")
    failed(cli("import", "popolo", "-", input="[1, 2]", expect=None), "JSON object")
    failed(cli("import", "popolo", str(tmp_path / "none.json"), expect=None), "none.json")


@pytest.mark.skipif(not GAZETTEER.exists(), reason="fixtures/gazetteer.popolo.json not written yet")
def test_the_fixture_gazetteer_imports_and_resolves_names(cli):
    document = json.loads(GAZETTEER.read_text(encoding="utf-8"))
    out = cli("import", "popolo", str(GAZETTEER)).stdout
    assert f"officials: {len(document['persons'])} added" in out
    assert f"institutions: {len(document['organizations'])} added" in out
    assert f"roles: {len(document['memberships'])} added" in out
    assert cli("official", "show", "Сергей Рябков").stdout.startswith("Sergey Ryabkov")
    shown = json.loads(cli("institution", "show", "МИД России", "-f", "json").stdout)
    assert shown["name"] == "Russian Foreign Ministry" and shown["parent"]["name"] == "Russia"
    again = cli("import", "popolo", str(GAZETTEER)).stdout
    assert "officials: 0 added" in again and "roles: 0 added" in again


def test_export_to_an_unwritable_place_fails_cleanly(cli, tmp_path):
    failed(cli("export", "popolo", "-o", str(tmp_path / "no" / "such" / "dir.json"), expect=None))


def test_whole_number_ids_are_accepted_as_their_text(cli, tmp_path):
    data = json.loads(json.dumps(SMALL))
    data["persons"][0]["id"] = 1
    data["memberships"][0]["person_id"] = 1
    cli("import", "popolo", write(tmp_path, data))
    titles = sorted(r["title"] for r in listing(cli, "role"))
    assert titles == ["Deputy Foreign Minister", "Spokeswoman"]


def test_deeply_nested_json_gets_a_clear_message(cli, tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text('{"persons": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    failed(cli("import", "popolo", str(deep), expect=None), "JSON nested too deeply")


def test_names_with_control_and_invisible_characters_are_stored_clean(cli, tmp_path):
    data = json.loads(json.dumps(SMALL))
    data["persons"][0]["name"] = "Sergey\x00 Rya\u200bbkov\u202e"
    data["persons"][0]["other_names"][0]["name"] = "\ufeffСергей\x1b[2J Рябков"
    data["organizations"][0]["name"] = "Russian\u2066 Foreign Ministry\x07"
    cli("import", "popolo", write(tmp_path, data))
    officials = {o["name"]: o for o in listing(cli, "official")}
    assert set(officials) == {"Sergey Ryabkov", "Maria Zakharova"}
    assert officials["Sergey Ryabkov"]["aliases"] == "Сергей[2J Рябков"
    names = {i["name"] for i in listing(cli, "institution")}
    assert "Russian Foreign Ministry" in names


def test_a_cycle_left_by_an_older_merge_still_exports_a_file_that_imports(
    cli, empty_db_url, tmp_path
):
    from sqlalchemy import text

    from tracker.db import session_scope

    cli("import", "popolo", write(tmp_path, SMALL))
    with session_scope(cli.db_url) as s:  # Russia under its own foreign ministry
        s.execute(
            text(
                "UPDATE institution SET parent_id = "
                "(SELECT id FROM institution WHERE name = 'Russian Foreign Ministry') "
                "WHERE name = 'Russia'"
            )
        )
    exported = tmp_path / "out.json"
    cli("export", "popolo", "-o", str(exported))
    other = Cli(empty_db_url)
    other("import", "popolo", str(exported))
    parents = {i["name"]: i["parent"] for i in listing(other, "institution")}
    assert sum(parent is not None for parent in parents.values()) == 1
