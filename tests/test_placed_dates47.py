"""Review rv47m of the dates stats, who and official show give for the first and the last
statement: ties on one day, the wording "placed first", piped lines, narrow terminals,
dates typed back as `said` shows them, and source edit's note."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import re

import pytest

# Written for these tests: one speaker's statements, two of them placed on 10 Dec 2021.
STATEMENTS = [
    ("2021-12-10", "Moscow will answer any deployment near its borders."),
    ("../2021-12-10", "We have warned our partners many times."),
    ("2021-12-03", "The talks in Geneva were useful."),
    ("2021-12-03/2021-12-20", "Guarantees must be legally binding."),
]


@pytest.fixture
def tied(cli):
    """The gazetteer and STATEMENTS by Ryabkov, added in the order given."""
    from tests.web_support import GAZETTEER

    cli("import", "popolo", str(GAZETTEER))
    for on, text in STATEMENTS:
        cli("statement", "add", "--by", "Ryabkov", "--on", on, "--text", text)


def stats_json(cli, *args: str) -> list[dict]:
    return json.loads(cli("stats", "--format", "json", *args).stdout)


def test_of_a_day_and_an_on_or_before_on_one_day_the_wider_is_placed_first(cli, tied) -> None:
    # 10 Dec holds a day and an "on or before 10 Dec": placed on the same latest day, the
    # one that may have been said earliest comes first, the day last, on any engine and
    # collation (an open start sorted above every day when written as an empty text)
    rows = [r for r in stats_json(cli, "--to", "2021-12-10") if r["statements"] == 3]
    assert {r["group"] for r in rows} == {"official", "institution", "month"}
    for row in rows:
        assert (row["first"], row["last"]) == ("2021-12-03", "2021-12-10"), row
    narrow = stats_json(cli, "--from", "2021-12-10", "--to", "2021-12-10", "--per", "official")
    assert [(r["first"], r["last"]) for r in narrow] == [("../2021-12-10", "2021-12-10")]
    [who] = json.loads(cli("who", "--about", "partners OR deployment", "-f", "json").stdout)
    assert (who["first"], who["last"]) == ("../2021-12-10", "2021-12-10")
    cli("statement", "rm", "3", "--yes")
    shown = cli("official", "show", "Ryabkov").stdout
    assert "placed first on or before 10 Dec 2021, placed last 3 Dec 2021 – 20 Dec 2021" in shown


def test_stats_per_official_and_month_agree_with_the_placement_of_every_statement(
    cli, tied
) -> None:
    cli("statement", "add", "--by", "Zakharova", "--on", "../2021-12", "--text", "Earlier, yes.")
    got = {(r["group"], r["name"]): (r["first"], r["last"]) for r in stats_json(cli)}
    assert got[("official", "Sergey Ryabkov")] == ("2021-12-03", "2021-12-03/2021-12-20")
    assert got[("official", "Maria Zakharova")] == ("../2021-12", "../2021-12")
    assert got[("month", "2021-12")] == ("2021-12-03", "../2021-12")


def test_the_help_and_official_show_say_placed_first_is_no_lower_bound(cli, tied) -> None:
    for command in ("stats", "who"):
        words = " ".join(cli(command, "--help").stdout.split())
        assert "placed first and last" in words and "no lower bound" in words
        assert "../2021-12" in words and "in or before December 2021" in words
    shown = cli("official", "show", "Ryabkov").stdout
    assert "placed first 3 Dec 2021, placed last 3 Dec 2021 – 20 Dec 2021" in shown
    assert "no lower bound" in " ".join(cli("official", "show", "--help").stdout.split())


def test_piped_lines_keep_edtf_and_a_terminal_shows_words(cli, tied, monkeypatch) -> None:
    import typer.testing

    piped = cli("stats", "--per", "official").stdout
    assert piped == "official\tSergey Ryabkov\t4\t2021-12-03\t2021-12-03/2021-12-20\n"
    assert "\t2021-12-03\t" in cli("who", "--about", "Geneva").stdout
    monkeypatch.setattr(typer.testing._NamedTextIOWrapper, "isatty", lambda self: True)
    monkeypatch.setenv("COLUMNS", "120")
    table = cli("stats", "--per", "official").stdout
    assert "3 Dec 2021 – 20 Dec 2021" in table and "2021-12-03" not in table
    assert "3 Dec 2021" in cli("who", "--about", "Geneva").stdout


def test_a_narrow_terminal_wraps_the_dates_in_words_and_never_cuts_them(monkeypatch) -> None:
    from tracker.export.rows import write_rows

    monkeypatch.setenv("COLUMNS", "80")
    rows = [
        {
            "speaker": "Ministry of Foreign Affairs of the Russian Federation",
            "statements": 12345,
            "first": "in or before December 2021",
            "last": "30 Nov 2021 – 28 Dec 2021",
            "score": 12.3456,
        }
    ]
    out = io.StringIO()
    write_rows(rows, "table", tuple(rows[0]), out=out, terminal=True)
    lines = re.sub(r"\x1b\[[0-9;]*m", "", out.getvalue()).splitlines()
    assert max(len(line) for line in lines) <= 80
    cells = [line.split("│") for line in lines if line.count("│") == 6]
    first, last = (" ".join(" ".join(c[i].strip() for c in cells).split()) for i in (3, 4))
    assert (first, last) == ("in or before December 2021", "30 Nov 2021 – 28 Dec 2021")
    assert "Ministry of Foreign" in lines[3]  # the name is cut after the dates wrap


@pytest.mark.parametrize("typed", ["../2022-02", "../2022"])
def test_a_date_typed_as_said_shows_it_is_kept_as_said_shows_it(cli, typed) -> None:
    from tests.web_support import GAZETTEER

    cli("import", "popolo", str(GAZETTEER))
    cli("statement", "add", "--by", "Lavrov", "--on", typed, "--text", "We said so before.")
    [row] = json.loads(cli("said", "-f", "json").stdout)
    assert row["date"] == typed and row["when"].startswith("in or before ")
    cli("statement", "edit", str(row["id"]), "--on", "2022-02-15")
    cli("statement", "edit", str(row["id"]), "--on", row["date"])  # typed back
    [again] = json.loads(cli("said", "-f", "json").stdout)
    assert (again["date"], again["when"]) == (row["date"], row["when"])


def test_the_web_form_and_the_review_prompt_read_in_or_before_a_month(cli, db_url) -> None:
    from tests.web_support import GAZETTEER
    from tracker.cli.review import edit_date
    from tracker.db import session_scope
    from tracker.extract.model import ProposedStatement
    from tracker.models import Statement
    from tracker.web import backend

    cli("import", "popolo", str(GAZETTEER))
    cli("statement", "add", "--by", "Lavrov", "--on", "2022-02-10", "--text", "Not yet.")
    with session_scope(db_url) as s:
        s.get(Statement, 1).status = "proposed"
    with session_scope(db_url) as s:
        version = s.get(Statement, 1).version
        backend.edit_and_accept(
            s,
            statement_id=1,
            version=version,
            reviewer="editor",
            speaker="Sergey Lavrov",
            said_on="../2022-02",
            kind="direct",
            text="Not yet.",
        )
    [row] = json.loads(cli("said", "-f", "json").stdout)
    assert row["date"] == "../2022-02"
    blank = {field.name: None for field in dataclasses.fields(ProposedStatement)}
    proposed = ProposedStatement(**(blank | {"said_on": "2022-02", "span": (0, 8)}))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("typer.prompt", lambda *a, value_proc, **k: value_proc("../2022-02"))
        assert edit_date(proposed).said_on == "../2022-02"


def test_source_edit_says_removal_re_dates_only_statements_cited_nowhere_else(
    cli, tmp_path
) -> None:
    from tests.web_support import GAZETTEER

    cli("import", "popolo", str(GAZETTEER))
    text = (
        "Lavrov warns the West\n\nMOSCOW -- Russian Foreign Minister Sergey Lavrov said on "
        "Monday that the West had ignored Moscow's proposals.\n\n\"Our patience is not "
        'endless," Lavrov said.\n'
    )
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace("Lavrov warns", "Lavrov again warns"), encoding="utf-8")
    cli("ingest", str(first), "--published", "2021-12-14", "--yes")
    cli("ingest", str(second), "--published", "2021-12-14", "--yes")
    cited = {r["id"] for r in json.loads(cli("said", "--source", "1", "-f", "json").stdout)}
    assert cited == {r["id"] for r in json.loads(cli("said", "--source", "2", "-f", "json").stdout)}
    note = cli("source", "edit", "1", "--published", "2021-12-21").stderr
    assert "may keep dates worked out from the old publication date (2021-12-14)" in note
    assert "re-date none: another source cites each too" in note
    help_words = " ".join(cli("source", "edit", "--help").stdout.split())
    assert "re-dates only the statements no other source cites" in help_words


def test_stats_read_the_tie_only_on_the_first_and_last_day(db_url, cli, tied) -> None:
    # the count, the first and the last latest day come from the (official_id, said_to)
    # index as plain min() and max(); the text key is built only in subqueries of one day
    from sqlalchemy import event

    from tracker.db import session_scope
    from tracker.query import Filter, stats

    ran: list[str] = []
    with session_scope(db_url, write=False) as s:
        engine = s.get_bind()
        listen = lambda *a: ran.append(a[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listen)
        try:
            rows = list(stats(session=s, filt=Filter(officials=(1,)), dimension="month"))
        finally:
            event.remove(engine, "before_cursor_execute", listen)
    assert rows[0]["first"] == "2021-12-03"
    [sql] = [q for q in ran if "said_precision" in q]
    grouped = sql[sql.index("FROM (SELECT") :]
    assert "GROUP BY" in grouped and "said_precision" not in grouped.split("GROUP BY")[0]
    assert sql.count("said_to =") >= 2


def test_csv_of_stats_keeps_edtf(cli, tied) -> None:
    rows = list(csv.DictReader(io.StringIO(cli("stats", "-f", "csv", "--per", "month").stdout)))
    assert (rows[0]["first"], rows[0]["last"]) == ("2021-12-03", "2021-12-03/2021-12-20")


def test_of_a_day_and_a_span_of_that_one_day_the_day_is_placed_last(cli, tied) -> None:
    # the same days either way; the one known to the day is the narrowest, on every path
    cli("statement", "add", "--by", "Ryabkov", "--on", "2021-12-20/2021-12-20", "--text", "Wait.")
    cli("statement", "add", "--by", "Ryabkov", "--on", "2021-12-20", "--text", "Wait and see.")
    [row] = stats_json(cli, "--per", "official")
    assert row["last"] == "2021-12-20"
    [month] = stats_json(cli, "--per", "month")
    assert month["last"] == "2021-12-20"
    [who] = json.loads(cli("who", "--about", "wait", "-f", "json").stdout)
    assert (who["statements"], who["last"]) == (2, "2021-12-20")
