"""Several processes writing one SQLite file at once: every row arrives, none is refused.

SQLite lets one writer at a time; tracker begins write transactions with
BEGIN IMMEDIATE and waits on the lock (busy timeout), so concurrent writers
queue instead of failing with "database is locked". These tests start four
real processes at the same instant and count what arrived.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

WORKERS = 4
PER_WORKER = 25

WORKER = """
import sys, time
from tracker.dates import DateSpan
from tracker.db import session_scope
from tracker.services.statements import add_statement
from datetime import date
from hashlib import sha256

url, worker, count, start_at = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
time.sleep(max(0.0, start_at - time.time()))
for i in range(count):
    with session_scope(url) as session:
        add_statement(
            session=session,
            by="Maria Zakharova",
            on=DateSpan.day(date(2021, 12, 1 + i % 28)),
            text=f"worker {worker} statement {i} " + sha256(f"{worker}/{i}".encode()).hexdigest(),
        )
        time.sleep(0.002)  # hold the write lock a little, as a real ingest does
"""


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    path = tmp_path / "shared.db"
    shutil.copy(sqlite_template, path)
    url = f"sqlite:///{path}"
    from tracker.dates import DateSpan
    from tracker.db import session_scope
    from tracker.services.institutions import add_institution
    from tracker.services.officials import add_official
    from tracker.services.roles import add_role

    with session_scope(url) as session:
        ministry = add_institution(session=session, name="Foreign Ministry", kind="ministry")
        official = add_official(session=session, name="Maria Zakharova")
        add_role(
            session=session,
            official=official,
            institution=ministry,
            title="Spokeswoman",
            start=DateSpan.year(2015),
            end=None,
        )
    return url


def said(worker: object, i: int) -> str:
    """Words unlike any other worker's (near-identical words would be one statement)."""
    return f"worker {worker} statement {i} " + hashlib.sha256(f"{worker}/{i}".encode()).hexdigest()


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("TRACKER_DATABASE_URL", None)
    return env


def _texts(url: str) -> list[str]:
    from sqlmodel import select

    from tracker.db import session_scope
    from tracker.models import Statement

    with session_scope(url, write=False) as session:
        return list(session.exec(select(Statement.text)))


def test_four_processes_writing_at_once_lose_nothing(sqlite_url):
    start_at = time.time() + 3  # every worker has imported tracker by then
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, sqlite_url, str(w), str(PER_WORKER), str(start_at)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=_environment(),
        )
        for w in range(WORKERS)
    ]
    outcomes = [(w.wait(timeout=180), w.stderr.read().decode()) for w in workers]

    for code, errors in outcomes:
        assert "database is locked" not in errors
        assert code == 0, errors
    texts = _texts(sqlite_url)
    expected = {said(w, i) for w in range(WORKERS) for i in range(PER_WORKER)}
    assert len(texts) == WORKERS * PER_WORKER
    assert set(texts) == expected


def test_four_cli_commands_adding_statements_at_once(sqlite_url):
    tracker = Path(sys.executable).parent / "tracker"
    command = [str(tracker)] if tracker.exists() else [sys.executable, "-m", "tracker"]
    env = {**_environment(), "TRACKER_DATABASE_URL": sqlite_url}
    runs = [
        subprocess.Popen(
            [
                *command,
                "statement",
                "add",
                "--by",
                "Maria Zakharova",
                "--on",
                "2021-12-17",
                "--text",
                said("command", n),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for n in range(WORKERS)
    ]
    outcomes = [(run.wait(timeout=120), run.stderr.read().decode()) for run in runs]

    for code, errors in outcomes:
        assert "database is locked" not in errors
        assert code == 0, errors
    assert sorted(_texts(sqlite_url)) == sorted(said("command", n) for n in range(WORKERS))
