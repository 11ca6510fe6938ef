"""Tables as `gh` prints them: fitted to a terminal; piped, one tab-separated record a line.

And search highlights: shown as highlights on a terminal, plain words when piped.
"""

from __future__ import annotations

import io
import re

import pytest

from tests.query_world import seed
from tracker.export.highlight import MARK_OFF, MARK_ON
from tracker.export.rows import write_rows

ANSI = re.compile(r"\x1b\[[0-9;]*m")
LONG = " ".join(["Russia needs legally binding security guarantees from NATO"] * 6)


@pytest.fixture
def world(db_url: str) -> dict[str, int]:
    return seed(db_url)


def test_piped_said_is_one_tab_separated_line_per_statement(cli, world) -> None:
    out = cli("said", "--limit", "0").stdout
    lines = out.splitlines()
    statements = [name for name in world if ":" not in name]
    assert len(lines) == len(statements)  # no header, no title, no wrapped rows
    for line in lines:
        assert line.count("\t") == 4  # date, speaker, role, excerpt, source
    by_text = {line.split("\t")[3]: line for line in lines}
    assert (
        "“Russia needs legally binding security guarantees from NATO, and it needs them now.”"
        in (by_text)
    )


def test_piped_rows_are_never_cut_and_keep_their_cells_on_one_line() -> None:
    rows = [{"id": 1, "text": LONG + "\nsecond\tline", "speaker": "Sergey Ryabkov"}]
    out = io.StringIO()
    write_rows(rows, "table", ("id", "speaker", "text"), out=out, terminal=False)
    assert out.getvalue() == f"1\tSergey Ryabkov\t{LONG} second line\n"


@pytest.mark.parametrize("width", [60, 80, 120])
def test_on_a_terminal_the_table_fits_the_width(monkeypatch, width: int) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    rows = [
        {
            "date": "on or before 17 Dec 2021",
            "speaker": "Maria Vladimirovna Zakharova",
            "role": "Director of the Information and Press Department",
            "excerpt": LONG,
            "source": "ANALYSIS: Three cities, three meetings, no breakthrough, 2022-01-14",
        }
    ] * 3
    out = io.StringIO()
    write_rows(rows, "table", tuple(rows[0]), out=out, terminal=True)
    lines = ANSI.sub("", out.getvalue()).splitlines()
    assert max(len(line) for line in lines) <= width
    assert "…" in "".join(lines)  # cut cells say so
    words = " ".join(line.split("│")[4].strip() for line in lines if line.count("│") > 4)
    assert LONG in " ".join(words.split())  # the statement's own text wraps, whole


def test_a_short_table_on_a_terminal_is_shown_whole(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    out = io.StringIO()
    write_rows(
        [{"id": 7, "name": "Sergey Ryabkov"}], "table", ("id", "name"), out=out, terminal=True
    )
    text = ANSI.sub("", out.getvalue())
    assert "Sergey Ryabkov" in text and "…" not in text


def test_search_piped_shows_plain_words(cli, world) -> None:
    out = cli("search", "ultimatum").stdout
    assert "not an ultimatum" in out
    assert "**" not in out and MARK_ON not in out and MARK_OFF not in out
    as_json = cli("search", "ultimatum", "-f", "json").stdout
    assert "**" not in as_json and MARK_ON not in as_json


def test_search_on_a_terminal_highlights_the_matches(monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")
    rows = [{"id": 1, "match": f"The proposals are not an {MARK_ON}ultimatum{MARK_OFF}, he said."}]
    out = io.StringIO()
    write_rows(rows, "table", ("id", "match"), out=out, terminal=True)
    shown = out.getvalue()
    assert "**" not in shown and MARK_ON not in shown
    assert re.search(r"\x1b\[[0-9;]*7[0-9;]*multimatum\x1b\[0m", shown)  # reverse video
    assert "not an ultimatum, he said." in ANSI.sub("", shown)


def test_a_dry_run_piped_shows_each_statement_whole(tmp_path) -> None:
    from typer.testing import CliRunner

    from tracker.cli import app

    words = "We will never accept an expansion of the alliance to the east. " * 3
    story = tmp_path / "story.txt"
    story.write_text(
        f'MOSCOW, Dec 17 (Wire) -- "{words.strip()}" Deputy Foreign Minister Sergey Ryabkov '
        "told reporters on Friday.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["ingest", str(story), "--dry-run", "--published", "2021-12-17"]
    )
    rows = [line.split("\t") for line in result.stdout.splitlines() if "\t" in line]
    assert [row[-1] for row in rows] == [words.strip()]  # 191 characters, not cut at 100
