"""`tracker export --all` and `tracker import`: a lossless, validated, idempotent round trip."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from tests.conftest import Cli, drop_postgres, fresh_postgres, postgres_server_url

ORDER = (
    "institution",
    "institution_alias",
    "official",
    "official_alias",
    "role",
    "source",
    "topic",
    "statement",
    "citation",
    "statement_topic",
    "mention",
    "statement_review",
)

# Every table, with the awkward cases: a parent institution newer than its child,
# open dates, non-Latin text, microsecond timestamps, floats, NULLs.
RECORDS = {
    "institution": [
        {"id": 7, "name": "Russian Federation", "kind": "state", "country": "RU"},
        {"id": 1, "name": "Foreign Ministry", "kind": "ministry", "country": "RU", "parent_id": 7},
        {"id": 9, "name": "NATO", "kind": "alliance", "wikidata": "Q7184", "notes": "since 1949"},
        {"id": 12, "name": "TASS", "kind": "media outlet", "country": "RU"},
    ],
    "institution_alias": [
        {"id": 1, "institution_id": 1, "alias": "МИД России", "key": "mid rosii", "language": "ru"},
        {"id": 2, "institution_id": 9, "alias": "NATO", "key": "nato"},
    ],
    "official": [
        {"id": 3, "name": "Sergey Ryabkov", "sort_name": "Ryabkov, Sergey", "wikidata": "Q1"},
        {"id": 5, "name": "Maria Zakharova", "notes": 'quote "marks" and \\ backslash'},
    ],
    "official_alias": [
        {"id": 4, "official_id": 3, "alias": "Сергей Рябков", "key": "sergei riabkov"},
        {"id": 6, "official_id": 5, "alias": "Maria Zakharova", "key": "maria zakharova"},
    ],
    "role": [
        {
            "id": 2,
            "official_id": 3,
            "institution_id": 1,
            "title": "Deputy Foreign Minister",
            "start_date": date(2008, 1, 1),
            "start_precision": "year",
        },
        {
            "id": 8,
            "official_id": 5,
            "institution_id": 1,
            "title": "Spokeswoman",
            "start_date": date(2015, 8, 10),
            "start_precision": "day",
            "end_date": date(2030, 12, 31),
            "end_precision": "day",
        },
    ],
    "source": [
        {
            "id": 11,
            "url": "https://example.org/a",
            "outlet_id": 12,
            "title": "Ryabkov on guarantees",
            "published": date(2021, 12, 17),
            "dateline_place": "MOSCOW",
            "language": "en",
            "text": "MOSCOW, December 17. Ryabkov said ... \u00e9\u4e2d",
            "sha256": "a" * 64,
            "added_at": datetime(2021, 12, 17, 10, 30, 0, 123456),
        },
        {"id": 13, "text": "Second text.", "sha256": "b" * 64},
    ],
    "topic": [{"id": 1, "name": "security guarantees", "key": "security guarantees"}],
    "statement": [
        {
            "id": 100,
            "official_id": 3,
            "institution_id": 1,
            "role_id": 2,
            "text": "The proposals are not unacceptable.",
            "kind": "indirect",
            "said_from": date(2021, 12, 17),
            "said_to": date(2021, 12, 17),
            "said_precision": "day",
            "date_evidence": "on Friday",
            "status": "confirmed",
            "origin": "extracted",
            "confidence": 0.93,
            "created_at": datetime(2021, 12, 18, 9, 0, 0, 1),
            "updated_at": datetime(2021, 12, 19, 9, 0, 0),
        },
        {
            "id": 101,
            "institution_id": 1,
            "text": "Earlier, the ministry said it was ready.",
            "said_from": None,
            "said_to": date(2021, 12, 17),
            "said_precision": "interval",
        },
    ],
    "citation": [
        {"id": 1, "statement_id": 100, "source_id": 11, "start": 20, "end": 36, "quote": "said"},
        {"id": 2, "statement_id": 101, "source_id": 13, "confidence": 0.5},
    ],
    "statement_topic": [{"statement_id": 100, "topic_id": 1}],
    "mention": [
        {"id": 1, "statement_id": 100, "institution_id": 9},
        {"id": 2, "statement_id": 101, "official_id": 3},
    ],
    "statement_review": [
        {
            "id": 1,
            "statement_id": 100,
            "action": "edit",
            "reviewer": "Анна <b>Reviewer</b>",
            "reviewed_at": datetime(2021, 12, 19, 9, 0, 0, 5),
            "changes": '{"kind": ["direct", "indirect"]}',
        }
    ],
}


def populate(url: str) -> None:
    from tracker import bulk
    from tracker.db import session_scope
    from tracker.services.archive_format import tables

    with session_scope(url) as session:
        conn = session.connection()
        for name, table in tables().items():
            bulk.insert_rows(conn, table, RECORDS[name])
        bulk.reset_sequences(conn, tables().values())


def dump(url: str) -> dict[str, list[dict]]:
    """Every row of every archived table, in primary-key order."""
    from sqlalchemy import select

    from tracker.db import session_scope
    from tracker.services.archive_format import tables

    with session_scope(url, write=False) as session:
        conn = session.connection()
        return {
            name: [
                dict(row._mapping)
                for row in conn.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for name, table in tables().items()
        }


@pytest.fixture
def other_url(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest):
    """A second fresh database on the same engine as db_url."""
    if engine_name == "sqlite":
        path = tmp_path / "other.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    url, name = fresh_postgres(request.getfixturevalue("postgres_template"))
    yield url
    drop_postgres(name)


def export(cli: Cli, path: Path) -> list[dict]:
    cli("export", "--all", str(path))
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def write_lines(path: Path, records: list) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_round_trip_keeps_every_row_and_id(cli, db_url, other_url, tmp_path):
    populate(db_url)
    records = export(cli, tmp_path / "backup.jsonl")
    assert records[0]["type"] == "tracker-archive"
    result = Cli(other_url)("import", str(tmp_path / "backup.jsonl"))
    assert "imported 23 records" in result.stderr
    assert dump(other_url) == dump(db_url)
    assert sum(len(rows) for rows in dump(db_url).values()) == 23


def test_export_puts_parent_institutions_before_children(cli, db_url, tmp_path):
    populate(db_url)
    records = export(cli, tmp_path / "backup.jsonl")
    institutions = [r["id"] for r in records if r["type"] == "institution"]
    assert institutions.index(7) < institutions.index(1)
    assert [r["type"] for r in records[1:]] == sorted(
        (r["type"] for r in records[1:]), key=ORDER.index
    )


@pytest.mark.parametrize("direction", ["sqlite-to-postgres", "postgres-to-sqlite"])
def test_move_between_engines_row_by_row(direction, tmp_path, sqlite_template):
    if postgres_server_url() is None:
        pytest.skip("needs TRACKER_TEST_POSTGRES_URL")
    sqlite_path = tmp_path / "tracker.db"
    shutil.copy(sqlite_template, sqlite_path)
    sqlite_url = f"sqlite:///{sqlite_path}"
    pg_url, pg_name = fresh_postgres()
    try:
        source, target = (
            (sqlite_url, pg_url) if direction == "sqlite-to-postgres" else (pg_url, sqlite_url)
        )
        if source == pg_url:
            Cli(pg_url)("db", "upgrade")
        populate(source)
        Cli(source)("export", "--all", str(tmp_path / "move.jsonl"))
        Cli(target)("import", str(tmp_path / "move.jsonl"))
        assert dump(target) == dump(source)
    finally:
        drop_postgres(pg_name)


def test_import_twice_changes_nothing(cli, db_url, other_url, tmp_path):
    populate(db_url)
    export(cli, tmp_path / "backup.jsonl")
    target = Cli(other_url)
    target("import", str(tmp_path / "backup.jsonl"))
    again = target("import", str(tmp_path / "backup.jsonl"))
    assert "imported 0 records; 23 already present" in again.stderr
    assert dump(other_url) == dump(db_url)


def test_ids_continue_after_imported_ones(cli, db_url, other_url, tmp_path):
    populate(db_url)
    export(cli, tmp_path / "backup.jsonl")
    Cli(other_url)("import", str(tmp_path / "backup.jsonl"))

    from tracker.db import session_scope
    from tracker.services.officials import add_official

    with session_scope(other_url) as session:
        official = add_official(session=session, name="Antony Blinken")
    assert official.id == 6


def test_conflicting_record_is_reported_and_the_rest_imported(cli, db_url, tmp_path):
    populate(db_url)
    path = write_lines(
        tmp_path / "conflict.jsonl",
        [
            {"type": "official", "id": 3, "name": "Someone Else"},
            {"type": "official", "id": 40, "name": "Wang Wenbin"},
        ],
    )
    result = cli("import", str(path), expect=1)
    assert "line 1: official id 3 is already in the database with other values (name)" in (
        result.stderr
    )
    assert "Traceback" not in result.output
    names = {row["id"]: row["name"] for row in dump(db_url)["official"]}
    assert names[3] == "Sergey Ryabkov"
    assert names[40] == "Wang Wenbin"


BAD_LINES = [
    ("not json at all", "not JSON"),
    ('["a", "list"]', "not a JSON object"),
    ('{"type": "planet", "id": 1}', "unknown record type 'planet'"),
    ('{"type": "official", "id": 50}', "missing field(s) 'name'"),
    ('{"type": "official", "id": "fifty", "name": "X"}', "field 'id': expected an integer"),
    ('{"type": "official", "id": 51, "name": "X", "age": 3}', "unknown field(s) 'age'"),
    ('{"type": "role", "id": 60, "official_id": 999, "institution_id": 1, "title": "T"}',
     "neither earlier in the file nor in the database: official_id=999"),
    ('{"type": "statement", "id": 70, "official_id": 3, "text": "x", "said_from": "17.12.2021"}',
     "field 'said_from': expected a date YYYY-MM-DD"),
    ('{"type": "statement", "id": 71, "official_id": 3, "text": "x", "kind": "shouted"}',
     "rejected by the database"),
    ('{"type": "official", "id": 52, "name": null}', "field 'name' must not be null"),
]  # fmt: skip


def test_bad_lines_are_reported_by_number_and_good_ones_written(cli, db_url, tmp_path):
    populate(db_url)
    good = '{"type": "official", "id": 80, "name": "Ned Price"}'
    text = "".join(line + "\n" for line in [good] + [line for line, _ in BAD_LINES])
    path = tmp_path / "mixed.jsonl"
    path.write_bytes(text.encode() + b"\xff\xfe not utf-8\n\n")  # the blank line is ignored
    result = cli("import", str(path), expect=1)
    for number, (_, message) in enumerate(BAD_LINES, 2):
        assert f"line {number}: " in result.stderr
        assert message in result.stderr.split(f"line {number}: ", 1)[1].splitlines()[0]
    assert f"line {len(BAD_LINES) + 2}: not UTF-8 text" in result.stderr
    assert f"{len(BAD_LINES) + 1} bad line(s) were not imported" in result.stderr
    assert "Traceback" not in result.output
    officials = {row["id"] for row in dump(db_url)["official"]}
    assert officials == {3, 5, 80}
    assert {row["id"] for row in dump(db_url)["statement"]} == {100, 101}


def test_all_or_nothing_writes_nothing_when_a_line_is_bad(cli, db_url, tmp_path):
    before = dump(db_url)
    path = write_lines(
        tmp_path / "one-bad.jsonl",
        [
            {"type": "official", "id": 1, "name": "Ned Price"},
            {"type": "official", "id": 2, "name": 42},
        ],
    )
    result = cli("import", "--all-or-nothing", str(path), expect=1)
    assert "line 2: official: field 'name': expected text" in result.stderr
    assert "Error: 1 bad line(s) in the archive; nothing was imported" in result.stderr
    assert dump(db_url) == before


def test_a_reference_may_point_into_the_database(cli, db_url, tmp_path):
    populate(db_url)
    path = write_lines(
        tmp_path / "more.jsonl",
        [{"type": "statement", "id": 500, "official_id": 5, "text": "We will respond."}],
    )
    cli("import", str(path))
    statement = next(r for r in dump(db_url)["statement"] if r["id"] == 500)
    assert statement["official_id"] == 5
    assert statement["kind"] == "direct"  # the column default


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the archive is empty: nothing to import"),
        (b"\n\n", "the archive is empty: nothing to import"),
    ],
)
def test_an_empty_archive_is_an_error(cli, db_url, tmp_path, content, message):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(content)
    result = cli("import", str(path), expect=1)
    assert result.stderr.strip() == f"Error: {message}"


def test_an_archive_of_an_empty_database_imports_nothing(cli, db_url, tmp_path):
    records = export(cli, tmp_path / "empty.jsonl")
    assert [r["type"] for r in records] == ["tracker-archive"]
    result = cli("import", str(tmp_path / "empty.jsonl"))
    assert "imported 0 records; 0 already present" in result.stderr


def test_archive_from_a_newer_format_is_refused(cli, db_url, tmp_path):
    path = write_lines(
        tmp_path / "future.jsonl",
        [{"type": "tracker-archive", "version": 2}, {"type": "official", "id": 1, "name": "X"}],
    )
    before = dump(db_url)
    result = cli("import", str(path), expect=1)
    assert result.stderr == (
        "Error: the archive is in format version 2, and this tracker reads version 1: "
        "upgrade tracker to import it; nothing was imported\n"
    )
    assert dump(db_url) == before


def test_export_without_all_is_a_usage_error(cli, tmp_path):
    result = cli("export", str(tmp_path / "x.jsonl"), expect=2)
    assert "--all" in result.stderr
    assert not (tmp_path / "x.jsonl").exists()


def test_export_to_stdout(cli, db_url):
    populate(db_url)
    result = cli("export", "--all", "-")
    types = [json.loads(line)["type"] for line in result.stdout.splitlines()]
    assert types.count("statement") == 2
    assert "exported 23 records" in result.stderr


def test_import_of_a_missing_file_is_one_clean_error(cli, tmp_path):
    result = cli("import", str(tmp_path / "nope.jsonl"), expect=1)
    assert result.stderr.startswith("Error: ")
    assert "nope.jsonl" in result.stderr
    assert "Traceback" not in result.output


def test_named_subcommands_still_win_over_the_default(cli, tmp_path):
    result = cli("import", "--help")
    assert "archive" in result.stdout


def test_imported_statements_are_searchable_and_new_ones_still_indexed(
    cli, db_url, other_url, tmp_path
):
    populate(db_url)
    export(cli, tmp_path / "backup.jsonl")
    target = Cli(other_url)
    target("import", str(tmp_path / "backup.jsonl"))
    found = target("search", "unacceptable", "--format", "jsonl")
    assert [json.loads(line)["id"] for line in found.stdout.splitlines()] == [100]

    target("statement", "add", "--by", "Sergey Ryabkov", "--on", "2021-12-20", "--text", "Later.")
    assert len(target("search", "later", "--format", "jsonl").stdout.splitlines()) == 1
    if other_url.startswith("sqlite"):
        import sqlite3

        conn = sqlite3.connect(other_url.removeprefix("sqlite:///"))
        conn.execute("INSERT INTO statement_fts(statement_fts) VALUES ('integrity-check')")
        triggers = {
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")
        }
        conn.close()
        assert "statement_fts_insert" in triggers


# --- whatever tracker wrote imports back whole ---------------------------------------


def test_a_cycle_of_parents_left_by_an_older_merge_imports_back_whole(
    cli, db_url, other_url, tmp_path
):
    from sqlalchemy import text

    from tracker.db import session_scope

    populate(db_url)
    with session_scope(db_url) as s:  # 7 and 1 each the other's parent, as old merges left it
        s.execute(text("UPDATE institution SET parent_id = 1 WHERE id = 7"))
    export(cli, tmp_path / "backup.jsonl")
    result = Cli(other_url)("import", str(tmp_path / "backup.jsonl"))
    assert "imported 23 records" in result.stderr  # populate() writes 23 rows
    assert dump(other_url) == dump(db_url)


def test_a_parent_that_is_nowhere_is_reported_and_the_institution_kept(cli, db_url, tmp_path):
    archive = write_lines(
        tmp_path / "a.jsonl",
        [
            {"type": "tracker-archive", "version": 1},
            {
                "type": "institution",
                "id": 1,
                "name": "Duma",
                "kind": "legislature",
                "parent_id": 99,
            },
        ],
    )
    result = cli("import", str(archive), expect=1)
    assert "line 2: institution 1 has parent_id=99, which is neither in the file" in result.stderr
    assert [(r["id"], r["parent_id"]) for r in dump(db_url)["institution"]] == [(1, None)]


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id", 9223372036854775808, "9223372036854775808 is out of range"),
        ("id", 2147483648, "2147483648 is out of range"),  # PostgreSQL's integer, both engines
        ("id", -9223372036854775809, "is out of range"),
        ("confidence", float("inf"), "expected a finite number"),
    ],
)
def test_a_number_out_of_range_is_a_bad_line_and_the_rest_imports(
    cli, db_url, tmp_path, field, value, message
):
    statement = {"type": "statement", "id": 5, "institution_id": 1, "text": "We are ready."}
    statement[field] = value
    lines = [
        json.dumps({"type": "tracker-archive", "version": 1}),
        json.dumps({"type": "institution", "id": 1, "name": "NATO", "kind": "alliance"}),
        json.dumps(statement),  # json writes inf as Infinity, which json reads back
        json.dumps({"type": "statement", "id": 6, "institution_id": 1, "text": "We are not."}),
    ]
    archive = tmp_path / "a.jsonl"
    archive.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = cli("import", str(archive), expect=1)
    assert f"line 3: statement: field {field!r}: " in result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.output and "OverflowError" not in result.output
    assert [r["id"] for r in dump(db_url)["statement"]] == [6]


def test_a_nul_kept_by_an_older_sqlite_database_imports_on_every_engine(cli, db_url, tmp_path):
    import hashlib

    text = "MOSCOW. Ryabkov\x00 said talks go on."
    archive = write_lines(
        tmp_path / "a.jsonl",
        [
            {"type": "tracker-archive", "version": 1},
            {"type": "official", "id": 3, "name": "Sergey\x00Ryabkov"},
            {"type": "source", "id": 1, "text": text, "sha256": hashlib.sha256(b"x").hexdigest()},
            {"type": "statement", "id": 9, "official_id": 3, "text": "talks go on"},
            {
                "type": "citation",
                "id": 1,
                "statement_id": 9,
                "source_id": 1,
                "start": 22,
                "end": 33,
            },
        ],
    )
    result = cli("import", str(archive))
    assert "imported 4 records" in result.stderr
    rows = dump(db_url)
    assert rows["official"][0]["name"] == "Sergey\ufffdRyabkov"
    [source] = rows["source"]
    assert source["text"] == text.replace("\x00", "\ufffd")
    assert source["sha256"] == hashlib.sha256(source["text"].encode()).hexdigest()
    assert source["text"][22:33] == "talks go on"  # one character for one: spans still hold


def test_a_line_nested_too_deeply_is_a_bad_line(cli, db_url, tmp_path):
    archive = tmp_path / "a.jsonl"
    archive.write_text(
        '{"type": "tracker-archive", "version": 1}\n'
        + "[" * 100_000
        + "]" * 100_000
        + "\n"
        + '{"type": "official", "id": 3, "name": "Sergey Ryabkov"}\n',
        encoding="utf-8",
    )
    result = cli("import", str(archive), expect=1)
    assert "line 2: JSON nested too deeply" in result.stderr
    assert [r["name"] for r in dump(db_url)["official"]] == ["Sergey Ryabkov"]
