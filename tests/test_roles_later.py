"""A role entered after the statements it covers counts for them: the role held on a
statement's day is its role, whenever the role was recorded."""

from __future__ import annotations

import json

from sqlmodel import select

from tracker.db import session_scope
from tracker.models import Statement


def setup(cli) -> None:
    cli("institution", "add", "Russia", "-k", "state", "--country", "RU")
    cli("institution", "add", "Russian Foreign Ministry", "-k", "ministry", "--parent", "Russia")
    cli("institution", "add", "NATO", "-k", "alliance")
    cli("official", "add", "Sergey Ryabkov")
    for day, words in (("2021-12-17", "Security guarantees are needed now."),
                       ("2005-03-01", "Arms control is a long road.")):  # fmt: skip
        cli("statement", "add", "--by", "Sergey Ryabkov", "--on", day, "--text", words)


def rows(cli, *args: str) -> list[dict]:
    return json.loads(cli("said", "-f", "json", *args).stdout)


def test_a_role_added_later_counts_for_the_statements_of_its_days(cli) -> None:
    setup(cli)
    assert rows(cli, "--country", "RU") == []
    cli("role", "add", "Sergey Ryabkov", "Deputy Foreign Minister", "--at",
        "Russian Foreign Ministry", "--from", "2008-05")  # fmt: skip
    found = rows(cli, "--country", "RU")
    assert [(r["text"], r["role"], r["institution"]) for r in found] == [
        ("Security guarantees are needed now.", "Deputy Foreign Minister",
         "Russian Foreign Ministry")
    ]  # fmt: skip
    # 2005 was before the role: no role for that statement
    older = rows(cli, "--to", "2006")
    assert [(r["role"], r["institution"]) for r in older] == [(None, None)]
    listed = json.loads(cli("statement", "list", "-f", "json").stdout)
    assert {r["said_on"]: r["role"] for r in listed} == {
        "2021-12-17": "Deputy Foreign Minister",
        "2005-03-01": None,
    }
    assert [r["text"] for r in rows(cli, "--institution", "Russia")] == [
        "Security guarantees are needed now."
    ]


def test_the_role_held_that_day_wins_as_at_recording(cli) -> None:
    setup(cli)
    cli("role", "add", "Sergey Ryabkov", "Director", "--at", "Russian Foreign Ministry",
        "--from", "2002", "--to", "2008-04")  # fmt: skip
    cli("role", "add", "Sergey Ryabkov", "Deputy Foreign Minister", "--at",
        "Russian Foreign Ministry", "--from", "2008-05")  # fmt: skip
    listed = json.loads(cli("statement", "list", "-f", "json").stdout)
    assert {r["said_on"]: r["role"] for r in listed} == {
        "2021-12-17": "Deputy Foreign Minister",
        "2005-03-01": "Director",
    }
    # a statement recorded now gets the same role as one recorded before the role was
    cli("statement", "add", "--by", "Sergey Ryabkov", "--on", "2021-12-18", "--text", "Again.")
    assert rows(cli, "--from", "2021-12-18")[0]["role"] == "Deputy Foreign Minister"


def test_a_statement_speaking_for_another_body_keeps_it(cli) -> None:
    setup(cli)
    nato = json.loads(cli("institution", "show", "NATO", "-f", "json").stdout)["id"]
    with session_scope(cli.db_url) as s:
        for statement in s.exec(select(Statement)).all():
            statement.institution_id = nato
    cli("role", "add", "Sergey Ryabkov", "Deputy Foreign Minister", "--at",
        "Russian Foreign Ministry", "--from", "2008-05")  # fmt: skip
    assert {r["role"] for r in rows(cli)} == {None}
    assert rows(cli, "--country", "RU") == []


def test_roles_from_a_gazetteer_count_for_statements_already_recorded(cli, tmp_path) -> None:
    setup(cli)
    document = {
        "persons": [{"id": "p1", "name": "Sergey Ryabkov"}],
        "organizations": [
            {"id": "o1", "name": "Russian Foreign Ministry", "classification": "ministry"}
        ],
        "memberships": [
            {"person_id": "p1", "organization_id": "o1", "role": "Deputy Foreign Minister",
             "start_date": "2008-05-01"}
        ],
    }  # fmt: skip
    path = tmp_path / "gazetteer.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    cli("import", "popolo", str(path))
    assert [r["role"] for r in rows(cli, "--country", "RU")] == ["Deputy Foreign Minister"]
