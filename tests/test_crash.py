"""A write killed half-way leaves the database exactly as it was, and usable.

Each test starts a real process that opens a write transaction through
tracker's services, writes, says READY while the transaction is still open,
and is then killed with SIGKILL: no rollback code runs, so what protects the
data is the one-transaction-per-command design and the database itself.
"""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys

from tests.test_archive import dump, populate

ARTICLE = """MOSCOW, December 17. /TASS/. Russia's proposals on security guarantees are not a menu
to pick from, Deputy Foreign Minister Sergey Ryabkov told reporters on Friday.

"We expect a serious answer, and we expect it soon," Ryabkov said.

Foreign Ministry spokeswoman Maria Zakharova said earlier that Moscow was ready for talks.
"""

# The whole ingest through the Python API; record_article, which runs inside ingest's write
# transaction, is wrapped to say READY and hang once it has written.
INGEST = """
import sys, time
from tracker import Tracker
from tracker.services import ingest

url, path = sys.argv[1], sys.argv[2]
record = ingest.record_article

def record_then_hang(**arguments):
    recorded = record(**arguments)
    arguments["session"].flush()
    print(f"READY {recorded.statements}", flush=True)
    time.sleep(300)

ingest.record_article = record_then_hang
Tracker(url).ingest_file(path, outlet="TASS", published="2021-12-17")
"""

BULK_IMPORT = """
import json, sys, time
from tracker.db import session_scope
from tracker.services.archive_import import import_archive

url = sys.argv[1]
lines = (
    json.dumps({"type": "official", "id": 1000 + i, "name": f"Official {i}"}).encode()
    for i in range(20000)
)
with session_scope(url) as session:
    report = import_archive(session=session, lines=lines)
    session.flush()
    print(f"READY {report.total_inserted}", flush=True)
    time.sleep(300)
"""


def _killed_mid_transaction(script: str, *args: str) -> int:
    """Run script until it prints READY <n>, SIGKILL it, and return n."""
    env = {k: v for k, v in os.environ.items() if k != "TRACKER_DATABASE_URL"}
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    try:
        ready, _, _ = select.select([child.stdout], [], [], 120)
        line = child.stdout.readline().decode() if ready else ""
        if not line.startswith("READY"):
            child.kill()
            raise AssertionError(f"no READY from the writer: {child.stderr.read().decode()}")
        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=30) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    return int(line.split()[1])


def _still_writable(url: str) -> None:
    from tracker.db import session_scope
    from tracker.services.officials import add_official

    with session_scope(url) as session:
        add_official(session=session, name="Written After The Crash")


def _integrity(url: str) -> None:
    if not url.startswith("sqlite"):
        return
    import sqlite3

    conn = sqlite3.connect(url.removeprefix("sqlite:///"))
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute("SELECT COUNT(*) FROM statement").fetchone()[0]
        indexed = conn.execute("SELECT COUNT(*) FROM statement_fts").fetchone()[0]
        assert rows == indexed
    finally:
        conn.close()


def test_ingest_killed_mid_transaction_leaves_the_database_as_it_was(db_url, tmp_path):
    article = tmp_path / "ryabkov.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    populate(db_url)
    before = dump(db_url)

    written = _killed_mid_transaction(INGEST, db_url, str(article))

    assert written > 0  # the transaction had really written statements
    assert dump(db_url) == before
    _integrity(db_url)
    _still_writable(db_url)


def test_bulk_import_killed_mid_transaction_leaves_the_database_as_it_was(db_url):
    populate(db_url)
    before = dump(db_url)

    written = _killed_mid_transaction(BULK_IMPORT, db_url)

    assert written == 20000
    assert dump(db_url) == before
    _integrity(db_url)
    _still_writable(db_url)
