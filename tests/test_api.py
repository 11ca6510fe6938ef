"""The Python API (tracker.Tracker): the CLI's use cases, returning plain data for notebooks."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from tracker import Criteria, Tracker
from tracker.errors import InvalidInput, NotFound
from tracker.services.ingest import Decisions

# Written for these tests, in the style of a wire story and of an agency's English service.
WIRE = """Lavrov says Moscow awaits a reply on its proposals

MOSCOW, March 2. /TASS/. Russian Foreign Minister Sergey Lavrov said on Wednesday that Moscow \
was still waiting for a reply to its proposals on European security.

"We have put everything on the table, and now we are waiting," Lavrov told reporters.

Foreign Ministry spokeswoman Maria Zakharova said on Tuesday that the talks had stalled.
"""
AGENCY = """Beijing urges restraint in Europe

BEIJING, March 3 (Xinhua) -- Chinese Foreign Ministry spokesman Wang Wenbin said on Thursday \
that all parties should exercise restraint.

"Dialogue is the only way out," Wang told a regular press briefing.
"""
PLAIN = (str, int, float, bool, type(None), date)


@pytest.fixture
def db(db_url: str):
    with Tracker(db_url) as tracker:
        yield tracker


def test_ingesting_a_text_records_it_once_and_says_what_it_did(db) -> None:
    done = db.ingest_text(WIRE, outlet="TASS", published="2022-03-02", title="Lavrov")
    assert (done["already"], done["statements"], done["citations"]) == (False, 3, 0)
    again = db.ingest_text(WIRE, outlet="TASS", published="2022-03-02")
    assert (again["already"], again["source_id"]) == (True, done["source_id"])
    assert len(db.said()) == 3


def test_rows_are_plain_dicts_a_data_frame_takes_as_they_are(db) -> None:
    db.ingest_text(WIRE, outlet="TASS", published="2022-03-02")
    rows = db.said(by="Sergey Lavrov")
    assert isinstance(rows, list) and rows
    assert all(type(row) is dict and row.keys() == rows[0].keys() for row in rows)
    assert all(isinstance(value, PLAIN) for row in rows for value in row.values())
    [direct] = [r for r in rows if r["kind"] == "direct"]
    assert direct["text"] == "We have put everything on the table, and now we are waiting"
    assert (direct["speaker"], direct["date"], direct["outlet"]) == (
        "Sergey Lavrov",
        "2022-03-02",
        "TASS",
    )


def test_the_api_and_the_cli_answer_with_the_same_statements(db, cli) -> None:
    db.ingest_text(WIRE, outlet="TASS", published="2022-03-02")
    db.ingest_text(AGENCY, outlet="Xinhua", published="2022-03-03")
    for args, filters in (
        (("--by", "Lavrov"), {"by": "Lavrov"}),
        (("--country", "CN"), {"country": "CN"}),
        (
            ("--from", "2022-03-02", "--to", "2022-03"),
            {"date_from": "2022-03-02", "date_to": "2022-03"},
        ),
        (("--about", "restraint"), {"about": "restraint"}),
        (("--kind", "direct", "--kind", "mixed"), {"kind": ["direct", "mixed"]}),
    ):
        shown = json.loads(cli("said", *args, "--limit", "0", "-f", "json").stdout)
        assert shown, args
        assert [r["id"] for r in db.said(**filters)] == [r["id"] for r in shown], filters


def test_a_criteria_object_and_keywords_are_the_same_filter(db) -> None:
    db.ingest_text(WIRE, outlet="TASS", published="2022-03-02")
    criteria = Criteria(by="Maria Zakharova", date_from="2022-03")
    assert db.said(criteria) == db.said(by=["Maria Zakharova"], date_from="2022-03")
    assert db.said(criteria, by="Sergey Lavrov") == db.said(by="Sergey Lavrov", date_from="2022-03")
    assert [r["speaker"] for r in db.timeline(criteria)] == ["Maria Zakharova"]
    with pytest.raises(InvalidInput, match="unknown filter speaker"):
        db.said(speaker="Lavrov")
    with pytest.raises(NotFound, match="no official or institution 'Nobody'"):
        db.said(by="Nobody")


def test_search_stats_and_who_return_rows(db) -> None:
    db.ingest_text(WIRE, outlet="TASS", published="2022-03-02")
    db.ingest_text(AGENCY, outlet="Xinhua", published="2022-03-03")
    [found] = db.search("dialogue")
    assert found["speaker"] == "Wang Wenbin" and found["score"] > 0
    months = db.stats(per="month")
    assert [(m["name"], m["statements"]) for m in months] == [("2022-03", 5)]
    by_official = {row["name"]: row["statements"] for row in db.stats(country="RU")}
    assert by_official == {"Sergey Lavrov": 2, "Maria Zakharova": 1}
    assert [row["speaker"] for row in db.who("proposals")] == ["Sergey Lavrov"]


def test_a_file_takes_its_date_from_the_metadata_beside_it(db, tmp_path: Path) -> None:
    story = tmp_path / "lavrov.txt"
    story.write_text(WIRE, encoding="utf-8")
    with pytest.raises(InvalidInput, match="never guesses a year"):
        db.ingest_file(story)  # the dateline has no year
    assert db.said() == []
    (tmp_path / "lavrov.meta.json").write_text('{"published": "2022-03-02"}', encoding="utf-8")
    assert db.ingest_file(story, outlet="TASS")["statements"] == 3
    assert {r["date"] for r in db.said(by="Lavrov")} == {"2022-03-02"}


def test_a_year_can_be_asked_for_instead(db) -> None:
    asked = []

    def ask_year(path: str, month_day: tuple[int, int]) -> int:
        asked.append((path, month_day))
        return 2022

    db.ingest_text(WIRE, name="wire.txt", ask_year=ask_year)
    assert asked == [("wire.txt", (3, 2))]
    assert {r["date"] for r in db.said(by="Zakharova")} == {"2022-03-01"}  # "on Tuesday"


def test_a_review_callback_chooses_what_is_recorded_and_how(db) -> None:
    def only_direct(article, proposals) -> Decisions:
        assert article.outlet == "TASS"
        chosen = [(p, "confirmed") for p in proposals if p.kind == "direct"]
        return Decisions(accepted=chosen, skipped=len(proposals) - len(chosen))

    done = db.ingest_text(WIRE, outlet="TASS", published="2022-03-02", review=only_direct)
    assert (done["statements"], done["skipped"]) == (1, 2)
    assert [(r["kind"], r["status"]) for r in db.said()] == [("direct", "confirmed")]
    nothing = db.ingest_text(AGENCY, published="2022-03-03", review=lambda a, p: Decisions())
    assert nothing["source_id"] is None and len(db.said()) == 1


def test_extracting_writes_nothing_and_gives_the_dry_run_contract(db, cli, tmp_path) -> None:
    prepared = db.extract_text(WIRE, name=str(tmp_path / "wire.txt"), published="2022-03-02")
    assert len(prepared.statements) == 3 and db.said() == []
    story = tmp_path / "wire.txt"
    story.write_text(WIRE, encoding="utf-8")
    printed = cli("ingest", str(story), "--published", "2022-03-02", "--dry-run", "--json")
    assert json.loads(printed.stdout) == json.loads(json.dumps(prepared.contract()))


def test_bad_input_is_refused_and_writes_nothing(db) -> None:
    with pytest.raises(InvalidInput, match="empty"):
        db.ingest_text("  \n")
    with pytest.raises(InvalidInput, match="^published takes a day, a month or a year"):
        db.ingest_text(WIRE, published="2022-03-01/2022-03-05")
    with pytest.raises(InvalidInput, match="no statements found"):
        db.ingest_text("The weather in Geneva was mild on Monday.\n", outlet="Nowhere News")
    assert db.said() == [] and db.stats(per="institution") == []
    with pytest.raises(InvalidInput, match="sorting by relevance needs"):
        db.said(sort="relevance")
    assert replace(Criteria(kind="direct"), status="proposed").status == ("proposed",)


def test_extract_text_leaves_unnamed_sources_out_unless_asked(tmp_path: Path) -> None:
    text = (
        "Envoys meet in Geneva\n\nA senior Western official said the sides were far apart. "
        "Foreign Minister Penny Wong said Australia backed the talks.\n"
    )
    tracker = Tracker(f"sqlite:///{tmp_path / 'api.db'}")
    plain = tracker.extract_text(text, published="2023-06-15")
    asked = tracker.extract_text(text, published="2023-06-15", unnamed=True)
    assert [s.speaker for s in plain.statements] == ["Penny Wong"]
    assert [s.speaker for s in asked.statements] == ["A senior Western official", "Penny Wong"]
