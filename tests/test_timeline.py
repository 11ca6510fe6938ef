"""`tracker timeline`: chronological, grouped, uncertain dates shown as such, in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.query_world import seed


@pytest.fixture
def world(db_url: str) -> dict[str, int]:
    return seed(db_url)


RYABKOV_AND_ZAKHAROVA = ("--by", "Sergey Ryabkov", "--by", "Maria Zakharova")


def test_markdown_by_day_is_chronological_with_uncertain_dates_in_words(cli, world):
    out = cli("timeline", *RYABKOV_AND_ZAKHAROVA).stdout
    headings = [line[3:] for line in out.splitlines() if line.startswith("## ")]
    # placed at the latest possible day: "before 10 Dec" at 10 Dec, the month at its end
    assert headings == [
        "on or before 10 Dec 2021",
        "Friday 17 December 2021",
        "December 2021",
        "Thursday 20 January 2022",
        "Date unknown",
    ]
    assert out.startswith("# Statements by Sergey Ryabkov, Maria Zakharova\n")
    assert "**Maria Zakharova** (Spokeswoman, Russian Foreign Ministry)" in out


def test_markdown_by_month_dates_every_item(cli, world):
    out = cli("timeline", "--institution", "MFA", "--group", "month", "--title", "MFA").stdout
    headings = [line[3:] for line in out.splitlines() if line.startswith("## ")]
    assert headings == ["June 2015", "March 2018", "December 2021", "January 2022", "Date unknown"]
    december = out.split("## December 2021")[1].split("##")[0]
    items = [line for line in december.splitlines() if line.startswith("- ")]
    assert [item.split(":")[0] for item in items] == [
        "- on or before 10 Dec 2021",
        "- 17 Dec 2021",
        "- 17 Dec 2021",
        "- December 2021",
    ]


def test_markdown_escapes_markup_in_statements(cli, world):
    from tracker.db import session_scope
    from tracker.models import Statement

    with session_scope(cli.db_url) as s:
        s.add(
            Statement(
                institution_id=world["institution:NATO"],
                text="Allies *never* [link](x) <b>bow</b>",
                said_from=None,
                said_to=None,
                said_precision="unknown",
            )
        )
    out = cli("timeline", "--by", "NATO").stdout
    assert "\\*never\\* \\[link\\](x) \\<b\\>bow\\</b\\>" in out


def test_csv_and_json_carry_edtf_dates_in_order(cli, world):
    out = cli("timeline", "--by", "Sergey Ryabkov", "-f", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["date"] for r in rows] == ["../2021-12-10", "2021-12-17", "2021-12"]
    data = json.loads(cli("timeline", "--by", "Sergey Ryabkov", "-f", "json").stdout)
    assert [r["when"] for r in data] == ["on or before 10 Dec 2021", "17 Dec 2021", "December 2021"]
    assert data[1]["source_url"] == "https://news.example/tass?a=1&b=2"


def test_output_file_is_written_whole(cli, world, tmp_path: Path):
    target = tmp_path / "t.md"
    result = cli("timeline", "--by", "NATO", "-o", str(target))
    assert result.stdout == ""
    assert "Wrote 1 statement(s)" in result.stderr
    assert "Jens Stoltenberg" in target.read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.partial"))


def test_a_failed_timeline_leaves_no_file(cli, world, tmp_path: Path):
    target = tmp_path / "t.html"
    cli("timeline", "--by", "Nobody At All", "-f", "html", "-o", str(target), expect=1)
    assert not target.exists() and not list(tmp_path.glob("*.partial"))


def test_empty_timeline_says_so(cli, world):
    out = cli("timeline", "--from", "2030").stdout
    assert "No statements match." in out


# ---- TimelineJS ------------------------------------------------------------------------------

# The documented TimelineJS3 JSON format (timeline.knightlab.com/docs/json-format.html):
# {"title": slide?, "events": [slide], "eras": [era]?, "scale": "human"|"cosmological"?}
# slide: start_date (date, required except for the title), end_date?, text?, media?, group?,
#        display_date?, background?, autolink?, unique_id?
# date:  year (required), month?, day?, hour?, minute?, second?, millisecond?,
#        display_date?, format?
# text:  headline?, text?
SLIDE_FIELDS = {
    "start_date",
    "end_date",
    "text",
    "media",
    "group",
    "display_date",
    "background",
    "autolink",
    "unique_id",
}
DATE_FIELDS = {
    "year",
    "month",
    "day",
    "hour",
    "minute",
    "second",
    "millisecond",
    "display_date",
    "format",
}
DATE_RANGES = {"month": (1, 12), "day": (1, 31)}


def _check_date(value, where: str) -> None:
    assert isinstance(value, dict) and value, where
    assert set(value) <= DATE_FIELDS, f"{where}: unknown fields {set(value) - DATE_FIELDS}"
    assert isinstance(value["year"], int), where
    if "day" in value:
        assert "month" in value, f"{where}: a day needs its month"
    for part, (low, high) in DATE_RANGES.items():
        if part in value:
            assert isinstance(value[part], int) and low <= value[part] <= high, where


def _check_slide(slide, where: str, *, title: bool = False) -> None:
    assert isinstance(slide, dict), where
    assert set(slide) <= SLIDE_FIELDS, f"{where}: unknown fields {set(slide) - SLIDE_FIELDS}"
    if not title:
        _check_date(slide.get("start_date"), f"{where}.start_date")
    if "end_date" in slide:
        _check_date(slide["end_date"], f"{where}.end_date")
        start = tuple(slide["start_date"].get(k, 1) for k in ("year", "month", "day"))
        end = tuple(slide["end_date"].get(k, 1) for k in ("year", "month", "day"))
        assert start <= end, where
    if "text" in slide:
        assert set(slide["text"]) <= {"headline", "text"}, where
        assert all(isinstance(v, str) for v in slide["text"].values()), where
    for field in ("group", "display_date", "unique_id"):
        if field in slide:
            assert isinstance(slide[field], str) and slide[field], f"{where}.{field}"


def validate_timelinejs(document) -> None:
    assert isinstance(document, dict)
    assert set(document) <= {"title", "events", "eras", "scale"}
    assert isinstance(document["events"], list)
    if "title" in document:
        _check_slide(document["title"], "title", title=True)
    for index, slide in enumerate(document["events"]):
        _check_slide(slide, f"events[{index}]")
    ids = [s["unique_id"] for s in document["events"] if "unique_id" in s]
    assert len(ids) == len(set(ids)), "unique_id values must be unique"


def test_timelinejs_follows_the_documented_format(cli, world):
    result = cli("timeline", "-f", "timelinejs", "--title", "All <statements>")
    document = json.loads(result.stdout)
    validate_timelinejs(document)
    assert document["title"]["text"]["headline"] == "All &lt;statements&gt;"
    events = {e["unique_id"]: e for e in document["events"]}
    assert len(events) == len(world) - sum(":" in k for k in world) - 1  # undated left out
    assert "1 statement(s) with no known date left out" in result.stderr

    day = events[f"statement-{world['ryabkov_day']}"]
    assert day["start_date"] == {"year": 2021, "month": 12, "day": 17}
    assert "display_date" not in day and "end_date" not in day
    assert day["group"] == "Sergey Ryabkov" and day["text"]["headline"] == "Sergey Ryabkov"
    assert 'href="https://news.example/tass?a=1&amp;b=2"' in day["text"]["text"]

    month = events[f"statement-{world['ryabkov_month']}"]
    assert month["start_date"] == {"year": 2021, "month": 12}
    assert month["display_date"] == "December 2021"

    before = events[f"statement-{world['ryabkov_before']}"]
    assert before["start_date"] == {"year": 2021, "month": 12, "day": 10}
    assert before["display_date"] == "on or before 10 Dec 2021"


def test_timelinejs_gives_intervals_an_end_date(cli, world):
    from datetime import date

    from tracker.db import session_scope
    from tracker.models import Statement

    with session_scope(cli.db_url) as s:
        s.add(
            Statement(
                institution_id=world["institution:NATO"],
                text="The summit ran for three days.",
                said_from=date(2022, 6, 28),
                said_to=date(2022, 6, 30),
                said_precision="interval",
            )
        )
    document = json.loads(cli("timeline", "--by", "NATO", "-f", "timelinejs").stdout)
    validate_timelinejs(document)
    summit = document["events"][-1]
    assert summit["start_date"] == {"year": 2022, "month": 6, "day": 28}
    assert summit["end_date"] == {"year": 2022, "month": 6, "day": 30}
    assert summit["display_date"] == "28 Jun 2022 – 30 Jun 2022"


def test_timelinejs_with_no_events_is_still_valid(cli, world):
    document = json.loads(cli("timeline", "-f", "timelinejs", "--from", "2030").stdout)
    validate_timelinejs(document)
    assert document["events"] == []


# ---- iCalendar -------------------------------------------------------------------------------


def _calendar(cli, *args: str, tmp_path: Path):
    import icalendar

    target = tmp_path / "t.ics"
    cli("timeline", "-f", "ics", "-o", str(target), *args)
    raw = target.read_bytes()
    return raw, icalendar.Calendar.from_ical(raw)


def test_ics_is_valid_with_all_day_events(cli, world, tmp_path: Path):
    from datetime import date

    raw, calendar = _calendar(cli, *RYABKOV_AND_ZAKHAROVA, tmp_path=tmp_path)
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    assert len(events) == 4  # the undated statement cannot be placed

    day = events[f"statement-{world['ryabkov_day']}@tracker"]
    assert day["DTSTART"].dt == date(2021, 12, 17) and day["DTEND"].dt == date(2021, 12, 18)
    assert day.get("DTSTART").params["VALUE"] == "DATE"
    assert str(day["SUMMARY"]).startswith("Sergey Ryabkov: “Russia needs legally binding")
    assert str(day["URL"]) == "https://news.example/tass?a=1&b=2"
    assert "Deputy Foreign Minister, Russian Foreign Ministry" in str(day["DESCRIPTION"])
    assert "DTSTAMP" in day

    month = events[f"statement-{world['ryabkov_month']}@tracker"]
    assert month["DTSTART"].dt == date(2021, 12, 1) and month["DTEND"].dt == date(2022, 1, 1)

    before = events[f"statement-{world['ryabkov_before']}@tracker"]
    assert before["DTSTART"].dt == date(2021, 12, 10) and before["DTEND"].dt == date(2021, 12, 11)
    assert "on or before 10 Dec 2021" in str(before["SUMMARY"])
    # text escaping survives the round trip: the semicolon and commas are the statement's own
    assert str(before["DESCRIPTION"]).startswith(
        "Talks with Washington could start in January; we are ready."
    )


def test_ics_lines_end_in_crlf_and_fold_at_75_octets(cli, world, tmp_path: Path):
    from datetime import date

    from tracker.db import session_scope
    from tracker.models import Statement

    long_text = "Ещё раз: " + "гарантии безопасности, " * 20 + "и точка; конец\\"
    with session_scope(cli.db_url) as s:
        s.add(
            Statement(
                institution_id=world["institution:NATO"],
                text=long_text,
                said_from=date(2022, 1, 1),
                said_to=date(2022, 1, 1),
            )
        )
    raw, calendar = _calendar(cli, "--by", "NATO", tmp_path=tmp_path)
    assert raw.endswith(b"END:VCALENDAR\r\n")
    lines = raw.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # folded
    for line in lines:
        line.decode("utf-8")  # no character split across a fold
    texts = [str(e["DESCRIPTION"]).split("\n")[0] for e in calendar.walk("VEVENT")]
    assert f"“{long_text}”" in texts  # a direct statement, in quotation marks


def test_ics_escaping_function():
    from tracker.export.ics import escape_text, fold

    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = fold("X:" + "é" * 80)
    pieces = folded.encode("utf-8").split(b"\r\n")
    assert pieces[-1] == b"" and all(len(p) <= 75 for p in pieces)
    assert all(p.startswith(b" ") for p in pieces[1:-1])


def test_timelines_stream_through_a_server_side_cursor(db_url, world):
    """Rows are read as they are written: on PostgreSQL a cursor stays open on the server."""
    from sqlalchemy import insert, text

    from tracker.db import is_sqlite, session_scope
    from tracker.models import Statement
    from tracker.query import Filter, statements

    if is_sqlite(db_url):
        pytest.skip("SQLite cursors always step through rows one by one")
    with session_scope(db_url) as s:
        filler = {"official_id": world["official:Ivan Former"], "kind": "direct"}
        filler |= {"status": "proposed", "origin": "manual", "said_precision": "unknown"}
        s.execute(insert(Statement), [{**filler, "text": f"Filler {n}."} for n in range(1500)])
    with session_scope(db_url, write=False) as s:
        rows = statements(session=s, filt=Filter(), sort="chronological")
        first = next(rows)
        assert first["id"] == world["grushko_department"]
        open_cursors = s.execute(text("SELECT count(*) FROM pg_cursors")).scalar()
        assert open_cursors >= 1
        assert sum(1 for _ in rows) == 1500 + 10
