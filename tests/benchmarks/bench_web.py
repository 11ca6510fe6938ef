"""How fast `tracker serve` answers each page at a million statements on SQLite.

    python tests/benchmarks/bench_web.py [--statements 1000000] [--workdir DIR [--reuse]]
                                         [--out bench-web.json]

The archive is the harness's (tests/benchmarks/harness.py: the same deterministic
generator, loaded through tracker.bulk, then ANALYZE); with --reuse the bench.db
that a harness or an earlier run left in --workdir is measured as it is. A real
server (`tracker serve`, in its own process) answers real HTTP requests over one
keep-alive connection; each page's median time (of 21, and the best) is printed
beside a baseline timed in turn with it, in the same run: the same library call the page makes
(tracker.web.backend), in process, without HTTP or templates. The ratio is what the
web layer costs; the target is an answer in under 100 ms for filters an index serves.
pytest runs a small version so that it never rots; no time is asserted.
"""

from __future__ import annotations

import argparse
import http.client
import io
import json
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from statistics import median
from typing import Any
from urllib.parse import urlencode, urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.benchmarks import harness  # noqa: E402
from tests.benchmarks.generate import PHRASE, Archive, Scale  # noqa: E402

TARGET_MS = 100.0
SAID_FROM, SAID_TO = "2010-01-01", "2020-12-31"


@dataclass
class PageFigure:
    """One page: its median answer over HTTP, and the same library call in process."""

    page: str
    path: str
    ms: float
    baseline_ms: float
    ratio: float
    ok: bool
    best_ms: float
    note: str = ""

    def line(self) -> str:
        verdict = "ok" if self.ok else "MISSED"
        return (
            f"{self.page:<28} {self.ms:7.1f} ms (best {self.best_ms:6.1f})   "
            f"baseline {self.baseline_ms:7.1f} ms   ratio {self.ratio:5.2f}x   "
            f"target < {TARGET_MS:.0f} ms: {verdict}" + (f"   [{self.note}]" if self.note else "")
        )


def prepare(workdir: Path, statements: int, reuse: bool) -> str:
    """The SQLite URL of the archive in workdir/bench.db: reused, or generated and loaded."""
    from tracker import bulk
    from tracker.db import make_engine
    from tracker.migrate import upgrade
    from tracker.services.archive_format import tables

    path = workdir / "bench.db"
    url = f"sqlite:///{path}"
    if reuse and path.exists():
        print(f"reusing {path}", flush=True)
        return url
    for stale in workdir.glob("bench.db*"):
        stale.unlink()
    print(f"loading {Scale(statements).counts()} into {path}", flush=True)
    upgrade(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        for name, rows in Archive(Scale(statements)).tables():
            bulk.insert_rows(conn, tables()[name], rows)
    engine.dispose()
    harness.analyze(url)
    return url


def subjects_of(url: str) -> harness.Subjects:
    """Who and what the pages are about, chosen from the archive as the harness chooses."""
    from sqlalchemy.engine import make_url

    with closing(sqlite3.connect(make_url(url).database)) as connection:
        return harness.pick_subjects(harness.Raw(connection, "sqlite"))


def pages(subjects: harness.Subjects, statement_id: int) -> list[tuple[str, str, str]]:
    """(name, path, note) of every page measured."""
    top, typical = subjects.top_speaker, subjects.typical_speaker
    dated = urlencode({"from": SAID_FROM, "to": SAID_TO})
    return [
        ("statements_all", "/", "every statement, newest first"),
        ("statements_top_speaker", f"/?by={top}&{dated}", f"{subjects.top_count:,} by them"),
        ("statements_typical_speaker", f"/?by={typical}&{dated}", ""),
        (
            "statements_institution",
            f"/?institution={subjects.biggest_institution}",
            f"{subjects.biggest_count:,} for it",
        ),
        ("search_phrase", "/search?" + urlencode({"about": f'"{PHRASE}"'}), "ranked page"),
        ("statement", f"/statements/{statement_id}", "with its week"),
        ("official", f"/officials/{top}", "roles and latest statements"),
        ("institution", f"/institutions/{subjects.biggest_institution}", ""),
        ("review_queue", "/review", "10 proposed, each with its paragraph"),
        ("timeline_typical_speaker", f"/timeline?by={typical}", "HTML timeline"),
        ("export_csv_typical_speaker", f"/export/csv?by={typical}", "download"),
    ]


def baseline(session, name: str, path: str) -> Callable[[], Any]:
    """The library call the page at `path` makes, without HTTP or templates."""
    from starlette.datastructures import QueryParams

    from tracker.web import backend
    from tracker.web.forms import FilterParams, read_listing

    target, _, query = path.partition("?")
    params = QueryParams(query)
    if target in ("/", "/search"):
        listing = read_listing(params)
        return lambda: (
            backend.statements_page(session, listing),
            backend.describe(session, listing.filt),
        )
    if target.startswith("/statements/"):
        return lambda: backend.statement_page(session, int(target.rsplit("/", 1)[1]))
    if target.startswith("/officials/"):
        return lambda: backend.official_page(session, int(target.rsplit("/", 1)[1]))
    if target.startswith("/institutions/"):
        return lambda: backend.institution_page(session, int(target.rsplit("/", 1)[1]))
    if target == "/review":
        return lambda: backend.review_queue(session, 1)
    if target == "/timeline":
        return lambda: backend.write_timeline_page(
            session, FilterParams.from_query(params), io.StringIO()
        )
    if target.startswith("/export/"):
        return lambda: backend.write_export(
            session, FilterParams.from_query(params), "csv", io.StringIO()
        )
    raise ValueError(f"no baseline for {name}")


def latest_statement(url: str, official_id: int) -> int:
    """The newest statement of an official (the statement page measured)."""
    from tracker import query
    from tracker.db import session_scope

    with session_scope(url, write=False) as session:
        filt = query.Filter(officials=(official_id,))
        return next(iter(query.statements(session=session, filt=filt, limit=1)))["id"]


class Browser:
    """One keep-alive HTTP connection with a cookie, as a browser tab holds (http.client:
    the lightest client, so that the figure is the server's)."""

    def __init__(self, base: str) -> None:
        host, _, port = urlsplit(base).netloc.partition(":")
        self.connection = http.client.HTTPConnection(host, int(port), timeout=120)
        self.cookie = ""

    def request(self, method: str, path: str, form: dict | None = None) -> tuple[int, str]:
        headers = {"cookie": self.cookie} if self.cookie else {}
        body = urlencode(form) if form is not None else None
        if body is not None:
            headers["content-type"] = "application/x-www-form-urlencoded"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        text = response.read().decode("utf-8", errors="replace")
        if cookie := response.getheader("set-cookie"):
            self.cookie = cookie.split(";", 1)[0]
        return response.status, text

    def close(self) -> None:
        self.connection.close()


@contextmanager
def served(url: str) -> Iterator[str]:
    """`tracker serve --write` on the database, in its own process, as a user starts it."""
    command = [sys.executable, "-m", "tracker", "serve", "--db", url, "--port", "0", "--write"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stderr.readline()
        found = re.search(r"at (http://[^ ]+/) ", line)
        if not found:
            raise RuntimeError(f"tracker serve did not start: {line}{process.stderr.read()}")
        yield found.group(1).rstrip("/")
    finally:
        process.send_signal(signal.SIGINT)
        process.wait(30)


def interleaved(page, call, runs: int) -> tuple[list[float], list[float]]:
    """Wall times of the page and of its baseline, taken in turn (after one warm-up of
    each), so that other work on the machine weighs on both alike."""
    page(), call()
    ours, bare = [], []
    for _ in range(runs):
        started = time.perf_counter()
        page()
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        call()
        bare.append(time.perf_counter() - started)
    return ours, bare


def measure(url: str, *, runs: int = 21) -> list[PageFigure]:
    from tests.web_support import csrf_of
    from tracker.db import session_scope

    subjects = subjects_of(url)
    figures = []
    with served(url) as base:
        browser = Browser(base)
        _, signin = browser.request("GET", "/signin")  # a reviewer sees the review forms too
        browser.request("POST", "/signin", {"csrf": csrf_of(signin), "name": "Bench"})
        for name, path, note in pages(subjects, latest_statement(url, subjects.top_speaker)):
            status, text = browser.request("GET", path)
            if status != 200:
                raise RuntimeError(f"{path} answered {status}: {text[:300]}")
            with session_scope(url, write=False) as session:
                call = baseline(session, name, path)
                ours, bare = interleaved(lambda p=path: browser.request("GET", p), call, runs)
            figure = PageFigure(
                page=name,
                path=path,
                ms=median(ours) * 1000,
                baseline_ms=median(bare) * 1000,
                ratio=median(ours) / median(bare),
                ok=median(ours) * 1000 < TARGET_MS,
                best_ms=min(ours) * 1000,
                note=note,
            )
            print(figure.line(), flush=True)
            figures.append(figure)
        browser.close()
    return figures


def run(statements: int, workdir: Path, reuse: bool, out: Path | None) -> dict[str, Any]:
    url = prepare(workdir, statements, reuse)
    figures = measure(url)
    result = {"statements": statements, "figures": [asdict(f) for f in figures]}
    if out is not None:
        out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"figures written to {out}", flush=True)
    return result


def test_bench_web_runs_every_page(tmp_path: Path) -> None:
    result = run(1_000, tmp_path, reuse=False, out=tmp_path / "web.json")
    assert [f["page"] for f in result["figures"]] == [
        name for name, _, _ in pages(subjects_of(f"sqlite:///{tmp_path / 'bench.db'}"), 1)
    ]
    for figure in result["figures"]:
        assert figure["ms"] > 0 and figure["baseline_ms"] > 0, figure["page"]
        assert figure["ratio"] == figure["ms"] / figure["baseline_ms"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, help="Folder for bench.db (default: temp).")
    parser.add_argument("--reuse", action="store_true", help="Measure the bench.db left there.")
    parser.add_argument("--out", type=Path, help="Also write the figures as JSON here.")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tracker-bench-web-") as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        run(args.statements, workdir, args.reuse, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
