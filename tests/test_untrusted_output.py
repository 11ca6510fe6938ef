"""Untrusted text in every output: HTML, TimelineJS, Markdown, iCalendar, CSV and the terminal.

Statement words, names, titles and URLs come from pages nobody here controls.
Input is cleaned now, but a database written by an older tracker (or an
archive of one) can hold anything, so these tests put hostile values straight
into the tables, as such a database would hold them, and check each writer.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from datetime import date

import pytest

HOSTILE_URLS = {
    "javascript": "javascript:window.__ran=1//https://news.example/",
    "data": "data:text/html,<script>window.__ran=1</script>",
    "crlf": "https://news.example/a\r\nATTACH:https://evil.example/x.exe\r\nX-EVIL:1",
    "markdown": "https://news.example/a)\n\n<script>alert(1)</script>\n# Injected heading\t(",
}


def hostile(
    db_url: str,
    *,
    url: str | None = None,
    text: str = "We will respond.",
    name: str = "Sergey Ryabkov",
    on: date | None = date(2021, 12, 17),
) -> int:
    """One statement by one official, cited in one source, with the values given as they are
    (written through the models, past every input check); returns the statement's id."""
    from tracker.db import session_scope
    from tracker.models import Citation, Institution, Official, Source, Statement

    with session_scope(db_url) as s:
        ministry = Institution(name="Russian Foreign Ministry", kind="ministry", country="RU")
        official = Official(name=name)
        s.add_all([ministry, official])
        s.flush()
        source = Source(
            url=url,
            title="A story",
            published=date(2021, 12, 17),
            text=text,
            sha256=hashlib.sha256(text.encode()).hexdigest(),
        )
        statement = Statement(
            official_id=official.id,
            institution_id=ministry.id,
            text=text,
            said_from=on,
            said_to=on,
            said_precision="day" if on else "unknown",
            status="confirmed",
        )
        s.add_all([source, statement])
        s.flush()
        s.add(Citation(statement_id=statement.id, source_id=source.id, start=0, end=len(text)))
        return statement.id


@pytest.mark.parametrize("kind", ["javascript", "data"])
def test_only_http_source_urls_become_links_in_html_timelinejs_and_markdown(cli, db_url, kind):
    hostile(db_url, url=HOSTILE_URLS[kind])
    html = cli("timeline", "-f", "html").stdout
    assert "<a " not in html.split("<main>")[1]
    assert "Source: A story, 2021-12-17" in html
    timelinejs = cli("timeline", "-f", "timelinejs").stdout
    assert "href" not in timelinejs
    assert "javascript:" not in timelinejs.lower() and "data:text" not in timelinejs
    markdown = cli("timeline").stdout
    assert "](" not in markdown
    assert "— A story, 2021-12-17" in markdown


def test_an_http_link_stays_a_link_everywhere(cli, db_url):
    hostile(db_url, url="https://news.example/story?a=1&b=(2)")
    html = cli("timeline", "-f", "html").stdout
    assert '<a href="https://news.example/story?a=1&amp;b=(2)"' in html
    markdown = cli("timeline").stdout
    assert "[A story, 2021-12-17](https://news.example/story?a=1&b=%282%29)" in markdown


def test_a_url_with_newlines_cannot_inject_markdown_blocks(cli, db_url):
    hostile(db_url, url=HOSTILE_URLS["markdown"])
    markdown = cli("timeline").stdout
    lines = markdown.splitlines()
    assert not any(line.startswith("# Injected") for line in lines)
    assert "<script>" not in markdown
    [item] = [line for line in lines if line.startswith("- ")]
    assert item.endswith("— A story, 2021-12-17")  # a URL with line breaks is no link
    assert "](" not in markdown


def test_a_url_with_spaces_quotes_and_brackets_is_one_encoded_markdown_link(cli, db_url):
    hostile(db_url, url='https://news.example/a b) "c" <d>')
    markdown = cli("timeline").stdout
    [item] = [line for line in markdown.splitlines() if line.startswith("- ")]
    assert item.endswith(
        "— [A story, 2021-12-17](https://news.example/a%20b%29%20%22c%22%20%3Cd%3E)"
    )


def test_a_url_with_cr_lf_cannot_add_properties_to_calendar_events(cli, db_url):
    from icalendar import Calendar

    hostile(db_url, url=HOSTILE_URLS["crlf"])
    ics = cli("timeline", "-f", "ics").stdout
    for line in ics.replace("\r\n ", "").split("\r\n"):
        assert not line.startswith(("ATTACH", "X-EVIL")), line
    [event] = Calendar.from_ical(ics).walk("VEVENT")
    assert "ATTACH" not in event and "X-EVIL" not in event
    assert "URL" not in event  # a URL with line breaks is no link
    assert "Source: A story, 2021-12-17" in str(event["DESCRIPTION"])


def test_a_day_at_the_end_of_the_calendar_does_not_stop_the_calendar(cli, db_url):
    from icalendar import Calendar

    hostile(db_url, on=date(9999, 12, 31), text="Said at the end of time.")
    hostile(db_url, name="Maria Zakharova", text="Said in good time.")
    result = cli("timeline", "-f", "ics")
    events = Calendar.from_ical(result.stdout).walk("VEVENT")
    assert [str(e["SUMMARY"]) for e in events] == ["Maria Zakharova: “Said in good time.”"]
    assert "1 statement(s)" in result.stderr


FORMULAS = ['=HYPERLINK("https://evil.example","click")', "+1+1", "-2+3", "@SUM(A1)", "\tx"]


@pytest.mark.parametrize("formula", FORMULAS)
def test_csv_cells_a_spreadsheet_would_run_get_a_leading_apostrophe(cli, db_url, formula):
    hostile(db_url, text=formula, name=formula.strip() + " Ryabkov")
    for command in (
        ("said", "-f", "csv"),
        ("timeline", "-f", "csv"),
        ("official", "list", "-f", "csv"),
    ):
        rows = list(csv.DictReader(io.StringIO(cli(*command).stdout)))
        assert rows, command
        for row in rows:
            for value in row.values():
                assert not value.startswith(("=", "+", "-", "@", "\t")), (command, value)
    [row] = csv.DictReader(io.StringIO(cli("said", "-f", "csv").stdout))
    assert row["text"] == "'" + formula


@pytest.mark.parametrize(
    "command",
    [
        ("said",),
        ("search", "SUM"),
        ("timeline",),
        ("official", "list"),
        ("statement", "list"),
        ("source", "list"),
        ("stats", "--per", "official"),
        ("who", "--about", "SUM"),
        ("institution", "list"),
        ("role", "list"),
    ],
)
def test_raw_csv_keeps_cells_as_stored_for_programs(cli, db_url, command):
    from tracker.db import session_scope
    from tracker.models import Institution, Official, Role, Source

    hostile(db_url, text="=SUM(A1:A2)", name="=SUM(A1) Ryabkov")
    with session_scope(db_url) as s:  # every listing shows one value starting with "="
        s.get(Source, 1).title = "=SUM(A1)"
        s.get(Institution, 1).name = "=SUM(A1) Ministry"
        s.add(Role(official_id=1, institution_id=1, title="=SUM(A1)"))
        s.get(Official, 1).name = "=SUM(A1) Ryabkov"
    safe = cli(*command, "-f", "csv").stdout
    raw = cli(*command, "-f", "csv", "--raw-csv").stdout
    assert ",=SUM(A1" not in safe and "\n=SUM(A1" not in safe
    assert "'=SUM(A1" in safe
    assert "=SUM(A1" in raw and "'=SUM(A1" not in raw


ESCAPES = "\x1b]0;pwned\x07\x1b[2J"


def test_terminal_escape_sequences_are_shown_not_obeyed(cli, db_url):
    statement = hostile(db_url, text=f"We will respond.{ESCAPES}", name=f"Sergey{ESCAPES} Ryabkov")
    for command in (
        ("said",),
        ("said", "-f", "markdown"),
        ("statement", "show", str(statement)),
        ("official", "list"),
        ("official", "show", "1"),
        ("source", "show", "1"),
    ):
        out = cli(*command).stdout
        assert "\x1b" not in out and "\x07" not in out, command
        assert "␛" in out and "␇" in out, command  # tables may fold the rest of it
    assert "␛]0;pwned␇␛[2J" in cli("statement", "show", str(statement)).stdout


def test_json_escapes_every_control_character(cli, db_url):
    hostile(db_url, text="a\x1bb\x9bc")
    [row] = [json.loads(line) for line in cli("said", "-f", "jsonl").stdout.splitlines()]
    assert row["text"] == "a\x1bb\x9bc"
    raw = cli("said", "-f", "jsonl").stdout
    assert "\x1b" not in raw and "\x9b" not in raw
    shown = cli("statement", "show", "1", "-f", "json").stdout
    assert "\x1b" not in shown and "\x9b" not in shown
    assert json.loads(shown)["text"] == "a\x1bb\x9bc"
