"""Bad input of every kind gets one clear line, a non-zero exit, no traceback, and no writes.

Each test records the database before the command and checks that it is the
same after: a refused command must not leave half of itself behind.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tests.conftest import Cli
from tests.test_archive import dump

ARTICLE = """MOSCOW, December 17. /TASS/. Russia expects a serious answer on security guarantees,
Deputy Foreign Minister Sergey Ryabkov told reporters on Friday.
"""


@pytest.fixture
def world(db_url: str) -> str:
    """Ryabkov with a role in the Foreign Ministry, and two officials both called Wang Yi."""
    from tracker.dates import DateSpan
    from tracker.db import session_scope
    from tracker.services.institutions import add_institution
    from tracker.services.officials import add_official
    from tracker.services.roles import add_role

    with session_scope(db_url) as session:
        ministry = add_institution(
            session=session, name="Russian Foreign Ministry", kind="ministry"
        )
        ryabkov = add_official(session=session, name="Sergey Ryabkov")
        add_role(
            session=session,
            official=ryabkov,
            institution=ministry,
            title="Deputy Foreign Minister",
            start=DateSpan.year(2008),
            end=None,
        )
        add_official(session=session, name="Wang Yi", wikidata="Q1")
        add_official(session=session, name="Wang Yi", wikidata="Q2")
    return db_url


def refused(cli: Cli, *args: str, message: str, db_url: str) -> None:
    """The command exits non-zero with `message` in one clean line and writes nothing."""
    before = dump(db_url)
    result = cli(*args, expect=None)
    assert result.exit_code != 0, result.output
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.output
    assert "database error" not in result.stderr
    assert dump(db_url) == before


# --- articles -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty: no text to read"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "binary file, not text"),
        (b"MOSCOW, Dec 17. Ryabkov said \xff\xfe it was fine.\n", "not valid UTF-8 text"),
    ],
    ids=["empty", "binary", "invalid-utf8"],
)
def test_unreadable_articles_are_refused(cli, world, tmp_path, content, message):
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    refused(cli, "ingest", str(path), "--yes", message=message, db_url=world)


def test_a_50_mb_article_is_refused_before_it_is_read(cli, world, tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("w", encoding="utf-8") as out:
        for _ in range(50 * 1024):
            out.write("The minister said nothing new today. " * 28 + "\n")
    assert path.stat().st_size > 50 * 1024 * 1024
    refused(cli, "ingest", str(path), "--yes", message="over the 5.0 MB limit", db_url=world)


def test_an_article_with_no_statements_is_refused_and_nothing_is_written(cli, world, tmp_path):
    path = tmp_path / "weather.txt"
    path.write_text("Snow is expected in Moscow this week, forecasters say.\n", encoding="utf-8")
    before = dump(world)
    result = cli("ingest", str(path), "--yes", expect=1)
    assert f"{path}: no statements found" in result.stderr
    assert "nothing recorded" in result.stderr
    assert "Traceback" not in result.output
    assert dump(world) == before


# --- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("when", "message"),
    [
        ("2021-02-30", "no such date: '2021-02-30'"),
        ("31.12.2021", "cannot read date '31.12.2021'"),
        ("yesterday", "cannot read date 'yesterday'"),
    ],
)
def test_bad_dates_are_refused(cli, world, when, message):
    refused(
        cli,
        "statement",
        "add",
        "--by",
        "Sergey Ryabkov",
        "--on",
        when,
        "--text",
        "We expect an answer.",
        message=message,
        db_url=world,
    )
    refused(cli, "said", "--from", when, message=message, db_url=world)


# --- names ----------------------------------------------------------------------------


def test_unknown_name_is_refused_with_a_suggestion(cli, world):
    message = "no official or institution 'Sergei Riabkof'; did you mean: Sergey Ryabkov?"
    refused(cli, "said", "--by", "Sergei Riabkof", message=message, db_url=world)
    refused(
        cli,
        "statement",
        "add",
        "--by",
        "Sergei Riabkof",
        "--on",
        "2021-12-17",
        "--text",
        "x",
        message=message,
        db_url=world,
    )


def test_ambiguous_name_lists_the_candidates(cli, world):
    message = "'Wang Yi' is ambiguous: Wang Yi (id 2); Wang Yi (id 3)"
    refused(cli, "said", "--by", "Wang Yi", message=message, db_url=world)
    refused(
        cli,
        "statement",
        "add",
        "--by",
        "Wang Yi",
        "--on",
        "2021-12-17",
        "--text",
        "x",
        message=message,
        db_url=world,
    )


# --- SQL and full-text metacharacters -------------------------------------------------

METACHARACTERS = [
    "'; DROP TABLE statement; --",
    '" OR 1=1 --',
    "%_",
    "\\",
    "NEAR(nato ukraine)",
    "nato*",
    "^nato",
    "text:nato",
    "AND OR NOT",
    "(((",
    '"unbalanced',
    "-",
    "*",
    "'",
    "&|!:*<->",
    "ORDER BY 1--",
    "Рябков OR 中国",
]
QUERY_OPTIONS = ["--by", "--institution", "--about", "--mentions", "--topic", "--country"]


@pytest.mark.parametrize("value", METACHARACTERS)
def test_metacharacters_in_query_options_are_never_a_database_error(cli, world, value):
    before = dump(world)
    for args in [
        *(("said", option, value) for option in QUERY_OPTIONS),
        ("search", value),
        ("timeline", "--about", value),
    ]:
        result = cli(*args, expect=None)
        assert result.exit_code in (0, 1), (args, result.output)
        assert "Traceback" not in result.output, args
        assert "database error" not in result.stderr, (args, result.stderr)
        assert "syntax error" not in result.stderr.lower(), (args, result.stderr)
        if result.exit_code:
            assert result.stderr.startswith("Error: ") and result.stderr.count("\n") == 1, args
    assert dump(world) == before


@pytest.mark.parametrize("value", METACHARACTERS)
def test_metacharacters_in_text_options_are_stored_as_written(cli, world, value):
    text_value = f"We said {value} and meant it."
    cli(
        "statement",
        "add",
        "--by",
        "Sergey Ryabkov",
        "--on",
        "2021-12-17",
        "--text",
        text_value,
        "--occasion",
        value,
        "--place",
        value,
        "--topic",
        f"topic {value}",
    )
    cli("official", "add", f"Official {value}")
    statement = dump(world)["statement"][-1]
    assert (statement["text"], statement["occasion"], statement["place"]) == (
        text_value,
        value,
        value,
    )
    assert f"Official {value}" in {row["name"] for row in dump(world)["official"]}
    found = cli("search", "meant", "--format", "jsonl")
    assert text_value.replace("\\", "\\\\").replace('"', '\\"') in found.stdout


# --- the database itself --------------------------------------------------------------


@pytest.fixture
def read_only_folder(tmp_path: Path, sqlite_template: Path):
    """A migrated database in a folder made immutable (chattr +i): even root cannot write there,
    which chmod would not achieve for the root user the tests run as."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    shutil.copy(sqlite_template, folder / "tracker.db")
    locked = [folder]
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not available here")
    try:
        yield folder, locked
    finally:
        subprocess.run(["chattr", "-i", *map(str, locked)], capture_output=True)


def test_database_in_a_read_only_folder(read_only_folder):
    folder, _ = read_only_folder
    path = folder / "tracker.db"
    size = path.stat().st_size
    result = Cli(f"sqlite:///{path}")("official", "add", "Ned Price", expect=1)
    assert result.stderr == (
        f"Error: database folder {folder} is not writable "
        "(SQLite needs to write its journal beside the file)\n"
    )
    assert sorted(p.name for p in folder.iterdir()) == ["tracker.db"]
    assert path.stat().st_size == size


def test_read_only_database_file_in_a_read_only_folder(read_only_folder):
    folder, locked = read_only_folder
    path = folder / "tracker.db"
    subprocess.run(["chattr", "+i", str(path)], check=True)
    locked.append(path)
    result = Cli(f"sqlite:///{path}")("official", "add", "Ned Price", expect=1)
    # WAL databases cannot even be opened there; rollback-journal ones refuse the write.
    assert result.stderr.startswith(f"Error: database sqlite:///{path}")
    assert "read-only" in result.stderr and result.stderr.count("\n") == 1
    assert "Traceback" not in result.output


def test_database_made_by_a_newer_tracker_is_refused(cli, db_url):
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    result = cli("official", "add", "Ned Price", expect=1)
    assert result.stderr == (
        "Error: the database is at revision '9999', which this version of tracker does not "
        "know: it was made by a newer tracker; upgrade tracker to use it\n"
    )
    engine = create_engine(db_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "9999"
        assert conn.execute(text("SELECT COUNT(*) FROM official")).scalar() == 0
    engine.dispose()


def test_unreachable_postgres_server_is_one_clean_line():
    result = Cli("postgresql://tracker:secret@127.0.0.1:1/tracker")("said", expect=1)
    assert result.stderr.startswith("Error: database postgresql+psycopg://tracker:***@127.0.0.1:1")
    assert "Connection refused" in result.stderr
    assert "secret" not in result.stderr
    assert result.stderr.count("\n") == 1
