"""`tracker statement`: recording by hand, the role on the day, citations, provenance."""

from __future__ import annotations

import json
from datetime import date

import pytest

ARTICLE = (
    "Ryabkov rejects 'unacceptable' label\n\n"
    "MOSCOW, December 17. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said on "
    "Friday he did not consider the proposals unacceptable.\n\n"
    '"You say that our proposals are unacceptable. I don\u2019t think so," Ryabkov pointed out.'
    " He spoke at a briefing.\n"
)
QUOTE = "I don\u2019t think so"


def statements(cli, *args: str) -> list[dict]:
    return json.loads(cli("statement", "list", *args, "--format", "json").stdout)


def detail(cli, statement_id: str = "1") -> dict:
    return json.loads(cli("statement", "show", statement_id, "--format", "json").stdout)


def failed(result, *fragments: str) -> None:
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr + result.stdout
    for fragment in fragments:
        assert fragment in result.stderr


@pytest.fixture
def world(cli):
    cli("official", "add", "Sergey Ryabkov", "--alias", "Сергей Рябков")
    cli("official", "add", "Vladimir Putin")
    cli("institution", "add", "Russian Foreign Ministry", "--kind", "ministry", "--alias", "MFA")
    cli("institution", "add", "Russian Embassy in Washington", "--kind", "agency")
    cli("institution", "add", "NATO", "--kind", "alliance")
    cli(
        "role",
        "add",
        "Sergey Ryabkov",
        "Ambassador",
        "--at",
        "Russian Embassy in Washington",
        "--from",
        "2002",
        "--to",
        "2005",
    )
    cli("role", "add", "Sergey Ryabkov", "Deputy Foreign Minister", "--at", "MFA", "--from", "2008")
    cli(
        "source",
        "add",
        "-",
        "--outlet",
        "TASS",
        "--title",
        "Ryabkov",
        "--published",
        "2021-12-17",
        "--url",
        "https://tass.com/1",
        input=ARTICLE,
    )
    return cli


def test_add_finds_the_role_held_that_day_and_its_institution(world):
    out = world("statement", "add", "--by", "Сергей Рябков", "--on", "2021-12-17", "--text", "x")
    assert out.stdout.startswith("added statement 1 (2021-12-17)")
    world("statement", "add", "--by", "Sergey Ryabkov", "--on", "2004", "--text", "earlier")
    rows = {r["text"]: r for r in statements(world)}
    assert (rows["x"]["role"], rows["x"]["institution"]) == (
        "Deputy Foreign Minister",
        "Russian Foreign Ministry",
    )
    assert rows["earlier"]["institution"] == "Russian Embassy in Washington"
    assert (rows["x"]["status"], rows["x"]["origin"], rows["x"]["kind"]) == (
        "confirmed",
        "manual",
        "direct",
    )


def test_role_can_be_chosen_by_title(world):
    world(
        "statement",
        "add",
        "--by",
        "Sergey Ryabkov",
        "--on",
        "2021-12-17",
        "--text",
        "t",
        "--role",
        "ambassador",
    )
    assert statements(world)[0]["institution"] == "Russian Embassy in Washington"
    failed(
        world(
            "statement",
            "add",
            "--by",
            "Sergey Ryabkov",
            "--on",
            "2021",
            "--text",
            "t",
            "--role",
            "Foreign Minister",
            expect=None,
        ),
        "no role titled 'Foreign Minister'",
        "Deputy Foreign Minister",
    )


def test_an_institution_can_speak_as_such(world):
    world(
        "statement",
        "add",
        "--by",
        "MFA",
        "--on",
        "December 2021",
        "--text",
        "t",
        "--kind",
        "indirect",
    )
    [row] = statements(world)
    assert (row["official"], row["institution"], row["said_on"]) == (
        None,
        "Russian Foreign Ministry",
        "2021-12",
    )
    failed(
        world(
            "statement",
            "add",
            "--by",
            "MFA",
            "--on",
            "2021",
            "--text",
            "t",
            "--role",
            "Chief",
            expect=None,
        ),
        "--role applies to an official",
    )


def test_span_cites_the_exact_words_of_the_source(world):
    start = ARTICLE.index(QUOTE)
    world(
        "statement",
        "add",
        "--by",
        "Sergey Ryabkov",
        "--on",
        "2021-12-17",
        "--text",
        QUOTE,
        "--source",
        "1",
        "--span",
        f"{start}:{start + len(QUOTE)}",
        "--topic",
        "Security guarantees",
        "--topic",
        "NATO",
        "--mentions",
        "NATO",
        "--mentions",
        "Vladimir Putin",
        "--occasion",
        "at a briefing",
        "--place",
        "Moscow",
    )
    data = detail(world)
    [citation] = data["citations"]
    assert citation["quote"] == QUOTE and citation["start"] == start
    assert (citation["title"], citation["outlet"], citation["url"], citation["published"]) == (
        "Ryabkov",
        "TASS",
        "https://tass.com/1",
        "2021-12-17",
    )
    assert citation["before"].startswith('"You say that')
    assert citation["after"].endswith("He spoke at a briefing.")
    assert data["topics"] == ["NATO", "Security guarantees"]
    assert {(m["type"], m["name"]) for m in data["mentions"]} == {
        ("institution", "NATO"),
        ("official", "Vladimir Putin"),
    }
    assert (data["said_on"], data["said_on_display"]) == ("2021-12-17", "17 Dec 2021")
    assert data["role"]["title"] == "Deputy Foreign Minister"
    assert (data["occasion"], data["place"]) == ("at a briefing", "Moscow")


def test_without_a_span_the_text_is_found_in_the_source(world):
    world(
        "statement",
        "add",
        "--by",
        "Sergey Ryabkov",
        "--on",
        "2021-12-17",
        "--text",
        QUOTE,
        "--source",
        "1",
    )
    [citation] = detail(world)["citations"]
    assert citation["start"] == ARTICLE.index(QUOTE) and citation["quote"] == QUOTE


def test_show_marks_the_quoted_words_in_their_paragraph(world):
    start = ARTICLE.index(QUOTE)
    world(
        "statement",
        "add",
        "--by",
        "Sergey Ryabkov",
        "--on",
        "2021-12-17",
        "--text",
        QUOTE,
        "--source",
        "1",
        "--span",
        f"{start}:{start + len(QUOTE)}",
    )
    out = world("statement", "show", "1").stdout
    assert "Speaker: Sergey Ryabkov (id 1)" in out
    assert "Role: Deputy Foreign Minister" in out and "For: Russian Foreign Ministry" in out
    assert "Said: 17 Dec 2021 (2021-12-17)" in out
    assert "Status: confirmed (origin manual)" in out
    assert "Source 1: Ryabkov" in out and "TASS, 2021-12-17, https://tass.com/1" in out
    assert f'are unacceptable. »{QUOTE}«," Ryabkov pointed out.' in out
    assert "MOSCOW, December 17" not in out  # only the paragraph of the span


def test_add_refuses_bad_input_and_writes_nothing(world):
    base = ("statement", "add", "--by", "Sergey Ryabkov", "--text", "t")
    failed(world(*base, "--on", "the other day", expect=None), "cannot read date")
    failed(world(*base, "--on", "2021", "--kind", "quoted", expect=None), "direct, indirect, mixed")
    failed(world(*base, "--on", "2021", "--source", "1", "--span", "5:1", expect=None), "span")
    failed(
        world(*base, "--on", "2021", "--source", "1", "--span", "0:9999", expect=None), "outside"
    )
    failed(world(*base, "--on", "2021", "--span", "0:5", expect=None), "--span needs --source")
    failed(world(*base, "--on", "2021", "--source", "9", expect=None), "no source with id '9'")
    failed(world(*base, "--on", "2021", "--mentions", "Nobody", expect=None), "no official or")
    failed(
        world(
            "statement", "add", "--by", "Sergey Riabkof", "--on", "2021", "--text", "t", expect=None
        ),
        "no official or institution 'Sergey Riabkof'; did you mean: Sergey Ryabkov",
    )
    failed(world(*base[:-1], " ", "--on", "2021", expect=None), "empty")
    assert statements(world) == []


def test_list_filters_by_speaker_status_and_source(world):
    world(
        "statement",
        "add",
        "--by",
        "Sergey Ryabkov",
        "--on",
        "2021-12-17",
        "--text",
        QUOTE,
        "--source",
        "1",
    )
    world("statement", "add", "--by", "MFA", "--on", "2021-12-20", "--text", "ministry says")
    world("statement", "add", "--by", "Vladimir Putin", "--on", "2021-12-21", "--text", "p")
    assert [r["text"] for r in statements(world)] == ["p", "ministry says", QUOTE]
    assert [r["text"] for r in statements(world, "--by", "Sergey Ryabkov")] == [QUOTE]
    assert {r["text"] for r in statements(world, "--by", "MFA")} == {"ministry says", QUOTE}
    assert [r["text"] for r in statements(world, "--source", "1")] == [QUOTE]
    assert statements(world, "--status", "proposed") == []
    assert len(statements(world, "--limit", "2")) == 2
    failed(world("statement", "list", "--status", "maybe", expect=None), "unknown status")


def test_edit_changes_fields_and_finds_the_role_again(world):
    world("statement", "add", "--by", "Sergey Ryabkov", "--on", "2021-12-17", "--text", "t")
    out = world(
        "statement",
        "edit",
        "1",
        "--on",
        "2003-05",
        "--kind",
        "mixed",
        "--text",
        "new",
        "--topic",
        "arms control",
        "--occasion",
        "in an interview",
    )
    assert "text, kind, date, occasion, topics" in out.stdout
    data = detail(world)
    assert (data["text"], data["kind"], data["said_on"]) == ("new", "mixed", "2003-05")
    assert data["institution"]["name"] == "Russian Embassy in Washington"
    assert data["topics"] == ["arms control"] and data["occasion"] == "in an interview"
    world("statement", "edit", "1", "--by", "MFA", "--no-topics")
    data = detail(world)
    assert data["official"] is None and data["institution"]["name"] == "Russian Foreign Ministry"
    assert data["topics"] == []


def test_edit_refuses_bad_input_and_changes_nothing(world):
    world("statement", "add", "--by", "Sergey Ryabkov", "--on", "2021-12-17", "--text", "t")
    failed(world("statement", "edit", "1", expect=None), "nothing to change")
    failed(world("statement", "edit", "1", "--text", "u", "--kind", "odd", expect=None), "kind")
    failed(world("statement", "edit", "1", "--text", "u", "--on", "2021-14", expect=None), "date")
    failed(world("statement", "edit", "2", "--text", "u", expect=None), "no statement")
    assert detail(world)["text"] == "t"


def test_rm_deletes_the_statement_and_its_citations_but_not_the_source(world):
    world(
        "statement",
        "add",
        "--by",
        "Sergey Ryabkov",
        "--on",
        "2021",
        "--text",
        QUOTE,
        "--source",
        "1",
        "--topic",
        "x",
    )
    assert "deleted statement 1" in world("statement", "rm", "1").stdout
    assert statements(world) == []
    assert json.loads(world("source", "list", "-f", "json").stdout)[0]["statements"] == 0
    failed(world("statement", "rm", "1", expect=None), "no statement with id 1; nothing deleted")


def _proposed(db_url: str, count: int) -> None:
    from tracker.db import session_scope
    from tracker.models import Statement

    with session_scope(db_url) as s:
        for n in range(count):
            s.add(
                Statement(
                    institution_id=1,
                    text=f"extracted {n}",
                    said_from=date(2021, 12, 1),
                    said_to=date(2021, 12, 1),
                    status="proposed",
                    origin="extracted",
                )
            )


def test_confirm_marks_proposed_statements_confirmed(world, db_url):
    _proposed(db_url, 2)
    assert len(statements(world, "--status", "proposed")) == 2
    out = world("statement", "confirm", "1", "2").stdout
    assert "confirmed 2: 1, 2" in out
    assert statements(world, "--status", "proposed") == []
    assert "already confirmed: 1" in world("statement", "confirm", "1").stdout


def test_confirm_with_an_unknown_id_confirms_none(world, db_url):
    _proposed(db_url, 1)
    failed(world("statement", "confirm", "1", "99", expect=None), "no statement with id '99'")
    assert len(statements(world, "--status", "proposed")) == 1


def test_show_on_a_terminal_highlights_instead_of_marking(world, db_url):
    from typer.testing import CliRunner

    from tracker.cli import app

    start = ARTICLE.index(QUOTE)
    world(
        "statement",
        "add",
        "--by",
        "Sergey Ryabkov",
        "--on",
        "2021-12-17",
        "--text",
        QUOTE,
        "--source",
        "1",
        "--span",
        f"{start}:{start + len(QUOTE)}",
    )
    env = {"TRACKER_DATABASE_URL": db_url, "FORCE_COLOR": "1", "TERM": "xterm"}
    out = CliRunner().invoke(app, ["statement", "show", "1"], env=env).stdout
    assert "»" not in out and QUOTE in out
    assert "\x1b[1;7m" in out  # bold reverse


def test_show_of_an_unknown_statement_fails_cleanly(world):
    failed(world("statement", "show", "5", expect=None), "no statement with id '5'")
    failed(world("statement", "show", "five", "-f", "json", expect=None), "no statement")
