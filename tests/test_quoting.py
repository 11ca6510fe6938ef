"""Paraphrase is never shown as quotation: direct speech in marks, reported speech without,
mixed speech keeping only its own quoted words in marks, in every format."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from tests.query_world import seed
from tracker.export.quoting import shown

DIRECT = "We will respond to “active diplomacy” in kind."
INDIRECT = "Egypt was mediating discussions between the two sides"
MIXED = "the talks had been “constructive” but “difficult”"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("Russia needs guarantees.", "direct", "“Russia needs guarantees.”"),
        ("“Russia needs guarantees.”", "direct", "“Russia needs guarantees.”"),  # not doubled
        ('"Russia needs guarantees."', "direct", "“Russia needs guarantees.”"),
        ("“active diplomacy” was needed", "direct", "“‘active diplomacy’ was needed”"),
        ('the "red lines" hold', "direct", "“the ‘red lines’ hold”"),
        (INDIRECT, "indirect", INDIRECT),
        (MIXED, "mixed", MIXED),
        ("“A” and “B”", "direct", "“‘A’ and ‘B’”"),  # two quotes: neither is the whole
    ],
)
def test_shown(text: str, kind: str, expected: str) -> None:
    assert shown(text, kind) == expected


@pytest.fixture
def world(db_url: str) -> dict[str, int]:
    from tracker.db import session_scope
    from tracker.models import Statement

    ids = seed(db_url)
    with session_scope(db_url) as s:
        for name, text, kind, day in (
            ("direct", DIRECT, "direct", date(2023, 3, 1)),
            ("indirect", INDIRECT, "indirect", date(2023, 3, 2)),
            ("mixed", MIXED, "mixed", date(2023, 3, 3)),
        ):
            statement = Statement(
                official_id=ids["official:Antony Blinken"],
                text=text,
                kind=kind,
                said_from=day,
                said_to=day,
            )
            s.add(statement)
            s.flush()
            ids[name] = statement.id
    return ids


SPOKEN = ("--by", "Antony Blinken", "--from", "2023")


def test_markdown_quotes_only_direct_speech(cli, world) -> None:
    out = cli("timeline", *SPOKEN).stdout
    lines = {kind: next(line for line in out.splitlines() if text[:12] in line) for kind, text in (
        ("direct", DIRECT), ("indirect", INDIRECT), ("mixed", MIXED))}  # fmt: skip
    assert lines["direct"].endswith(": “We will respond to ‘active diplomacy’ in kind.”")
    assert lines["indirect"].endswith(f", paraphrase: {INDIRECT}")
    assert "“" not in lines["indirect"] and "”" not in lines["indirect"]
    assert lines["mixed"].endswith(f", paraphrase: {MIXED}")
    assert "““" not in out and "””" not in out
    said = cli("said", *SPOKEN, "-f", "markdown").stdout
    assert f"paraphrase: {INDIRECT}" in said and f"“{INDIRECT}" not in said


def test_html_puts_only_direct_speech_in_a_blockquote(cli, world) -> None:
    out = cli("timeline", *SPOKEN, "-f", "html").stdout
    assert "<blockquote>“We will respond to ‘active diplomacy’ in kind.”</blockquote>" in out
    assert f'<p class="paraphrase"><span class="kind">paraphrase:</span> {INDIRECT}</p>' in out
    assert f"<blockquote>{INDIRECT}" not in out and f"“{INDIRECT}" not in out
    assert "the talks had been “constructive” but “difficult”</p>" in out


def test_timelinejs_quotes_only_direct_speech(cli, world) -> None:
    events = json.loads(cli("timeline", *SPOKEN, "-f", "timelinejs").stdout)["events"]
    texts = {e["unique_id"]: e["text"]["text"] for e in events}
    assert (
        "<p>“We will respond to ‘active diplomacy’ in kind.”</p>"
        in texts[f"statement-{world['direct']}"]
    )
    indirect = texts[f"statement-{world['indirect']}"]
    assert f"<p><em>paraphrase:</em> {INDIRECT}</p>" in indirect and "“" not in indirect
    assert f"<em>paraphrase:</em> {MIXED}</p>" in texts[f"statement-{world['mixed']}"]


def test_ics_quotes_only_direct_speech(cli, world, tmp_path: Path) -> None:
    import icalendar

    target = tmp_path / "t.ics"
    cli("timeline", *SPOKEN, "-f", "ics", "-o", str(target))
    events = {
        str(e["UID"]): e for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    }
    direct = events[f"statement-{world['direct']}@tracker"]
    assert str(direct["SUMMARY"]).startswith("Antony Blinken: “We will respond")
    indirect = events[f"statement-{world['indirect']}@tracker"]
    assert str(indirect["SUMMARY"]) == f"Antony Blinken (paraphrase): {INDIRECT}"
    assert str(indirect["DESCRIPTION"]).startswith(INDIRECT)
    mixed = events[f"statement-{world['mixed']}@tracker"]
    assert str(mixed["SUMMARY"]) == f"Antony Blinken (paraphrase): {MIXED}"


def test_the_table_quotes_only_direct_speech(cli, world) -> None:
    excerpts = [line.split("\t")[3] for line in cli("said", *SPOKEN).stdout.splitlines()]
    assert excerpts == [MIXED, INDIRECT, "“We will respond to ‘active diplomacy’ in kind.”"]


@pytest.mark.parametrize("command", [("said",), ("timeline", "-f"), ("search", "diplomacy")])
def test_csv_and_json_carry_the_words_as_recorded_and_their_kind(cli, world, command) -> None:
    args = [*command] if command[0] != "timeline" else ["timeline"]
    for fmt in ("csv", "json"):
        out = cli(*args, *SPOKEN, "-f", fmt).stdout
        rows = list(csv.DictReader(io.StringIO(out))) if fmt == "csv" else json.loads(out)
        kinds = {row["text"]: row["kind"] for row in rows}
        if command[0] == "search":
            assert kinds == {DIRECT: "direct"}
        else:
            assert kinds == {DIRECT: "direct", INDIRECT: "indirect", MIXED: "mixed"}
