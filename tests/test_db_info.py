"""`tracker --db URL COMMAND` and `tracker db info`: which database, and what it holds."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from tracker.cli import app
from tracker.schema import HEAD


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(app, list(args), env=env or {})


def test_db_goes_before_the_subcommand_too(db_url: str) -> None:
    added = run("--db", db_url, "official", "add", "Sergey Ryabkov")
    assert added.exit_code == 0, added.output
    listed = run("--db", db_url, "official", "list", "--format", "csv")
    assert "Sergey Ryabkov" in listed.stdout
    said = run("--db", db_url, "said", "--by", "Ryabkov", "--format", "json")
    assert said.exit_code == 0, said.output
    assert json.loads(said.stdout) == []


def test_db_typed_anywhere_beats_the_environment(db_url: str, tmp_path: Path) -> None:
    other = f"sqlite:///{tmp_path / 'other.db'}"
    run("--db", db_url, "official", "add", "Maria Zakharova")
    env = {"TRACKER_DATABASE_URL": other}
    before = run("--db", db_url, "official", "list", "-f", "csv", env=env)
    assert "Maria Zakharova" in before.stdout
    after = run("official", "list", "-f", "csv", "--db", db_url, env=env)
    assert "Maria Zakharova" in after.stdout
    # the one after the command is the command's own, and wins
    both = run("--db", other, "official", "list", "-f", "csv", "--db", db_url)
    assert "Maria Zakharova" in both.stdout
    assert "Maria Zakharova" not in run("official", "list", "-f", "csv", env=env).stdout


def test_db_info_says_where_what_engine_revision_size_and_rows(db_url: str, engine_name) -> None:
    run("--db", db_url, "official", "add", "Sergey Ryabkov", "--alias", "Сергей Рябков")
    result = run("db", "info", "--db", db_url, "--format", "json")
    assert result.exit_code == 0, result.output
    info = json.loads(result.stdout)
    assert info["engine"] == ("SQLite" if engine_name == "sqlite" else "PostgreSQL")
    assert info["engine_version"][0].isdigit()
    assert (info["revision"], info["latest_revision"], info["up_to_date"]) == (HEAD, HEAD, True)
    assert info["size_bytes"] > 0
    assert info["rows"]["official"] == 1
    assert info["rows"]["official_alias"] == 2
    assert info["rows"]["statement"] == 0
    assert "alembic_version" not in info["rows"]
    text = run("--db", db_url, "db", "info").stdout
    assert f"Revision: {HEAD} (latest)" in text
    assert "official_alias" in text
    if engine_name == "sqlite":
        path = db_url.removeprefix("sqlite:///")
        assert info["path"] == path
        assert text.startswith(f"Database: {path}\n")


def test_db_info_creates_no_database(tmp_path: Path) -> None:
    path = tmp_path / "not-yet.db"
    result = run("db", "info", "--db", str(path))
    assert result.exit_code == 0, result.output
    assert "Not created yet" in result.stdout
    assert not path.exists()


def test_db_info_names_the_default_file(tmp_path: Path) -> None:
    """With no --db and no TRACKER_DATABASE_URL: the file in the user data directory."""
    result = run("db", "info", "--format", "json")
    info = json.loads(result.stdout)
    assert info["path"].startswith(str(tmp_path / "data-home"))
    assert info["path"].endswith("tracker.db")
