"""`tracker role`: posts with partial dates, filtered listings, ending a role."""

from __future__ import annotations

import json

import pytest


def roles(cli, *args: str) -> list[dict]:
    return json.loads(cli("role", "list", *args, "--format", "json").stdout)


def failed(result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in result.stderr


@pytest.fixture
def people(cli):
    cli("official", "add", "Sergey Lavrov")
    cli("official", "add", "Maria Zakharova")
    cli("institution", "add", "Russian Foreign Ministry", "--kind", "ministry", "--alias", "MFA")
    cli("institution", "add", "United Nations", "--kind", "international organisation")
    return cli


def test_add_keeps_dates_at_the_precision_given(people):
    out = people(
        "role", "add", "Sergey Lavrov", "Foreign Minister", "--at", "MFA", "--from", "9 March 2004"
    )
    assert "added role 1: Sergey Lavrov, Foreign Minister, Russian Foreign Ministry" in out.stdout
    people(
        "role",
        "add",
        "Sergey Lavrov",
        "Permanent Representative",
        "--at",
        "United Nations",
        "--from",
        "1994",
        "--to",
        "2004-03",
    )
    rows = roles(people)
    assert list(rows[0]) == [
        "id",
        "official_id",
        "official",
        "title",
        "institution_id",
        "institution",
        "start",
        "end",
    ]
    assert [(r["title"], r["start"], r["end"]) for r in rows] == [
        ("Permanent Representative", "1994", "2004-03"),
        ("Foreign Minister", "2004-03-09", None),
    ]


def test_add_refuses_bad_dates_and_unknown_names_writing_nothing(people):
    failed(
        people(
            "role", "add", "Sergey Lavrov", "Minister", "--at", "MFA", "--from", "soon", expect=None
        ),
        "cannot read date 'soon'",
    )
    failed(
        people(
            "role",
            "add",
            "Sergey Lavrov",
            "Minister",
            "--at",
            "MFA",
            "--from",
            "2010",
            "--to",
            "2004",
            expect=None,
        ),
        "before it starts",
    )
    failed(
        people("role", "add", "Sergey Lavrof", "Minister", "--at", "MFA", expect=None),
        "did you mean: Sergey Lavrov",
    )
    failed(
        people(
            "role", "add", "Sergey Lavrov", "Minister", "--at", "Ministry of Magic", expect=None
        ),
        "no institution",
    )
    failed(people("role", "add", "Sergey Lavrov", "Minister", expect=None))  # --at is required
    assert roles(people) == []


def test_list_filters_by_official_and_institution(people):
    people("role", "add", "Sergey Lavrov", "Foreign Minister", "--at", "MFA")
    people("role", "add", "Maria Zakharova", "Spokeswoman", "--at", "MFA")
    people("role", "add", "Sergey Lavrov", "Ambassador", "--at", "United Nations")
    assert {r["title"] for r in roles(people, "--official", "Sergey Lavrov")} == {
        "Foreign Minister",
        "Ambassador",
    }
    assert {r["official"] for r in roles(people, "--institution", "MFA")} == {
        "Sergey Lavrov",
        "Maria Zakharova",
    }
    assert [r["title"] for r in roles(people, "--official", "2", "--institution", "MFA")] == [
        "Spokeswoman"
    ]
    assert "Spokeswoman" in people("role", "list", "-f", "csv").stdout
    failed(people("role", "list", "--official", "Nobody", expect=None), "no official")


def test_end_records_the_last_day(people):
    people("role", "add", "Maria Zakharova", "Spokeswoman", "--at", "MFA", "--from", "2015-08")
    assert "ended 2024-05" in people("role", "end", "1", "--on", "May 2024").stdout
    [row] = roles(people)
    assert row["end"] == "2024-05"
    people("role", "end", "1", "--on", "2024-05-20")
    assert roles(people)[0]["end"] == "2024-05-20"


def test_end_refuses_an_unknown_role_or_a_day_before_the_start(people):
    people("role", "add", "Maria Zakharova", "Spokeswoman", "--at", "MFA", "--from", "2015-08")
    failed(people("role", "end", "99", "--on", "2020", expect=None), "no role with id '99'")
    failed(people("role", "end", "1", "--on", "2010", expect=None), "cannot end")
    failed(people("role", "end", "1", "--on", "2020-02-30", expect=None), "no such date")
    assert roles(people)[0]["end"] is None
