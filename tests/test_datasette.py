"""`tracker db datasette-metadata`: a real Datasette, opened on a tracker SQLite file with the
metadata, searches statements (and without it, its search box does nothing)."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import Cli
from tests.query_world import seed

DATASETTE = shutil.which("datasette") or str(Path(sys.executable).parent / "datasette")

pytestmark = pytest.mark.skipif(
    not Path(DATASETTE).exists(), reason="needs datasette (pip install -e '.[test]')"
)


@pytest.fixture
def archive(tmp_path: Path, sqlite_template: Path) -> Path:
    path = tmp_path / "archive.db"
    shutil.copy(sqlite_template, path)
    seed(f"sqlite:///{path}")
    return path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def datasette(path: Path, *options: str):
    """A running `datasette PATH` (read-only, immutable); yields its base URL."""
    port = free_port()
    process = subprocess.Popen(
        [DATASETTE, "serve", "-i", str(path), "--port", str(port), *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(f"{url}/-/versions.json", timeout=1)
            break
        except httpx.HTTPError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                output = process.stdout.read().decode(errors="replace")
                raise RuntimeError(f"datasette did not start: {output[-2000:]}") from None
            time.sleep(0.2)
    return process, url


def search(url: str, words: str) -> list[dict]:
    response = httpx.get(
        f"{url}/archive/statement.json",
        params={"_search": words, "_shape": "array", "_labels": "on"},
        timeout=10,
    )
    response.raise_for_status()
    return response.json()


def test_datasette_searches_statements_with_the_metadata(archive, tmp_path):
    out = Cli(f"sqlite:///{archive}")("db", "datasette-metadata").stdout
    metadata = json.loads(out)
    table = metadata["databases"]["archive"]["tables"]["statement"]
    assert (table["fts_table"], table["fts_pk"]) == ("statement_fts", "id")
    (tmp_path / "metadata.json").write_text(out, encoding="utf-8")

    process, url = datasette(archive, "-m", str(tmp_path / "metadata.json"))
    try:
        found = search(url, "security guarantees")
        by_speaker = search(url, "Zakharova")
        official_page = httpx.get(f"{url}/archive/official/1.json?_shape=array").json()
        tables = httpx.get(f"{url}/archive.json").json()
    finally:
        process.terminate()
        process.wait(10)
    assert sorted(row["text"][:24] for row in found) == [
        "Russia needs legally bin",
        "The Ministry published d",
        "The proposals on securit",
    ]
    # the speaker's name is searched too, and foreign keys read as names (labels)
    assert {row["official_id"]["label"] for row in by_speaker} == {"Maria Zakharova"}
    assert len(by_speaker) == 2
    assert official_page[0]["name"] == "Sergey Ryabkov"
    hidden = {t["name"] for t in tables["tables"] if t["hidden"]}
    assert {"statement_fts", "alembic_version"} <= hidden


def test_without_the_metadata_datasette_search_does_nothing(archive):
    """Why the command exists: the index's content is a view, which Datasette misses."""
    process, url = datasette(archive)
    try:
        everything = search(url, "security guarantees")
    finally:
        process.terminate()
        process.wait(10)
    assert len(everything) == 11  # the search was ignored: every statement


def test_the_metadata_needs_a_sqlite_file(db_url, engine_name):
    result = Cli(db_url)("db", "datasette-metadata", expect=None)
    if engine_name == "sqlite":
        assert result.exit_code == 0
        named = json.loads(Cli(db_url)("db", "datasette-metadata", "--name", "x").stdout)
        assert list(named["databases"]) == ["x"]
    else:
        assert result.exit_code == 1
        assert "Datasette opens SQLite files" in result.stderr
