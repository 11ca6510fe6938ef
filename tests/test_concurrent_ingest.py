"""Several `tracker ingest` processes over overlapping folders of one database, on each engine.

Teams share one PostgreSQL database and ingest what each member collected, so
the same article (and the same quote from two outlets) reaches several
processes at once. Whatever the interleaving, the database must end as one
process reading every article in turn would leave it: the same statements,
citations, sources, officials, institutions and roles, none twice; and an
article another process is recording is reported as already ingested, not as
an error. (tracker.db queues PostgreSQL writers on an advisory lock, as
SQLite's BEGIN IMMEDIATE does.)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import REPO, drop_postgres, fresh_postgres

PROCESSES = 6
WINDOW = 10
FIXTURES = REPO / "fixtures" / "articles"

# The same quote reported by two outlets: one statement, two citations, whichever is first.
ECHOES = {
    "tass_echo": (
        '{"published": "2022-01-12", "outlet": "TASS"}',
        "Ryabkov expects written answer on guarantees\n\n"
        "MOSCOW, January 12. /TASS/. Moscow expects a written reply from Washington on its "
        "security proposals, Deputy Foreign Minister Sergey Ryabkov told reporters on "
        'Wednesday.\n\n"We expect a concrete answer in writing, and we expect it before the '
        'end of the month," Ryabkov said after the talks in Geneva.\n',
    ),
    "interfax_echo": (
        '{"published": "2022-01-12", "outlet": "Interfax"}',
        "Russia waits for US reply in writing - Ryabkov\n\n"
        "MOSCOW, Jan 12 (Interfax) - Russia has told the United States it wants its response "
        'on paper.\n\n"We expect a concrete answer in writing, and we expect it before the end '
        'of the month," Deputy Foreign Minister Sergey Ryabkov said on Wednesday, adding that '
        "Moscow would not wait forever.\n",
    ),
    "reuters_echo": (
        '{"published": "2022-01-13"}',
        "NATO chief says alliance will not reopen founding principles\n\n"
        "BRUSSELS (Reuters) - NATO Secretary-General Jens Stoltenberg said on Thursday that the "
        'alliance would not trade away its open-door policy.\n\n"We will not compromise on the '
        'right of every nation to choose its own path," Stoltenberg told a news conference at '
        "the alliance's headquarters.\n",
    ),
    "afp_echo": (
        '{"published": "2022-01-13"}',
        "Stoltenberg rules out deal on NATO door\n\n"
        "BRUSSELS (AFP) - The head of NATO stood firm on Thursday.\n\n"
        '"We will not compromise on the right of every nation to choose its own path," NATO '
        "Secretary-General Jens Stoltenberg told journalists in Brussels, urging Moscow to "
        "return to talks.\n",
    ),
}

RUN = """
import sys, time
start_at = float(sys.argv[1])
time.sleep(max(0.0, start_at - time.time()))
from tracker.cli import main
sys.argv = ["tracker", "ingest", *sys.argv[2:], "--yes"]
main()
"""


def corpus(folder: Path) -> list[str]:
    """Every article of the corpus in `folder` (text and metadata file); returns their names."""
    folder.mkdir()
    names = sorted(p.stem for p in FIXTURES.glob("*.txt"))[:16]
    for name in names:
        for suffix in (".txt", ".meta.json"):
            if (FIXTURES / f"{name}{suffix}").exists():
                shutil.copy(FIXTURES / f"{name}{suffix}", folder / f"{name}{suffix}")
    for name, (meta, text) in ECHOES.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
        (folder / f"{name}.meta.json").write_text(meta, encoding="utf-8")
    return sorted([*names, *ECHOES])


def subset(source: Path, target: Path, names: list[str]) -> Path:
    target.mkdir()
    for name in names:
        for path in source.glob(f"{name}.*"):
            shutil.copy(path, target / path.name)
    return target


def environment(url: str) -> dict[str, str]:
    return {**os.environ, "TRACKER_DATABASE_URL": url}


def state(url: str) -> dict[str, object]:
    """What the database holds, in terms that do not depend on the order of writing."""
    from sqlalchemy import func
    from sqlmodel import select

    from tracker.db import session_scope
    from tracker.models import Citation, Institution, Official, Role, Source, Statement

    with session_scope(url, write=False) as s:
        counts = {
            model.__tablename__: s.exec(select(func.count()).select_from(model)).one()
            for model in (Statement, Citation, Source, Official, Institution, Role)
        }
        # what was said and where; who said it is left to the counts, since the spelling a
        # new official is created under (and the institution a role gives) is the one the
        # first article to name them used, an order that even one process may change
        said = Counter(s.exec(select(Statement.text)).all())
        cited = Counter(
            s.exec(
                select(Source.sha256, Citation.start, Citation.end).join(
                    Source, Source.id == Citation.source_id
                )
            ).all()
        )
        sources = Counter(s.exec(select(Source.sha256)).all())
    return {"counts": counts, "said": said, "cited": cited, "sources": sources}


def failures(stderr: str) -> set[str]:
    """The articles a run reported as failed (by file name)."""
    return {Path(m).name for m in re.findall(r"^Error: (\S+?): ", stderr, re.M)}


@pytest.fixture
def second_url(engine_name: str, tmp_path: Path, request: pytest.FixtureRequest):
    if engine_name == "sqlite":
        path = tmp_path / "sequential.db"
        shutil.copy(request.getfixturevalue("sqlite_template"), path)
        yield f"sqlite:///{path}"
        return
    url, name = fresh_postgres(request.getfixturevalue("postgres_template"))
    yield url
    drop_postgres(name)


def test_processes_over_overlapping_folders_leave_what_one_process_leaves(
    db_url, second_url, tmp_path
):
    everything = tmp_path / "all"
    names = corpus(everything)

    sequential = subprocess.run(
        [sys.executable, "-c", RUN, "0", str(everything)],
        capture_output=True,
        text=True,
        env=environment(second_url),
        timeout=600,
    )
    expected = state(second_url)
    failed_once = failures(sequential.stderr)
    assert expected["counts"]["citation"] > expected["counts"]["statement"]  # echoes are cited

    windows = [
        [names[(start * 4 + i) % len(names)] for i in range(WINDOW)] for start in range(PROCESSES)
    ]
    folders = [subset(everything, tmp_path / f"member{k}", w) for k, w in enumerate(windows)]
    start_at = time.time() + 4  # every process has imported tracker by then
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", RUN, str(start_at), str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=environment(db_url),
        )
        for folder in folders
    ]
    outcomes = [(run.wait(timeout=600), *run.communicate()) for run in runs]

    already = 0
    for (code, out, err), window in zip(outcomes, windows, strict=True):
        output = out + err
        for word in ("uq_source", "duplicate key", "database error", "Traceback", "locked"):
            assert word not in output, output
        assert failures(err) == {f"{n}.txt" for n in window} & failed_once, err
        assert code == (1 if failures(err) else 0), output
        already += int(re.search(r"(\d+) already ingested", output).group(1))
    attempts = sum(len({f"{n}.txt" for n in w} - failed_once) for w in windows)
    recorded = len({f"{n}.txt" for w in windows for n in w} - failed_once)
    assert already == attempts - recorded  # every other attempt found it already there
    found = state(db_url)
    assert found == expected, {
        key: (found[key] - expected[key], expected[key] - found[key])
        for key in ("said", "cited", "sources")
    }
