"""Scale and speed of tracker at a million statements, each figure against a baseline.

    python tests/benchmarks/harness.py [--statements 1000000] [--out bench-results.json]
                                       [--postgres URL] [--workdir DIR]

A deterministic archive (tests/benchmarks/generate.py) is loaded through
tracker's own bulk path (tracker.bulk, which `tracker import FILE.jsonl`
uses) and, for the baseline, with raw sqlite3 executemany into the same
schema. Every figure is then measured beside a baseline taken in the same run
on the same machine, and printed and written as a ratio: tracker's query
functions against the same SQL through the bare driver, tracker's full-text
search against a bare FTS5 query, the timeline export against csv.writer over
a cursor, start-up against sqlite-utils and `import sqlmodel`. Times are
medians of repeated runs. With --postgres (a server URL) the load, query and
search figures are measured on PostgreSQL too, in a database made for the run
and dropped after it.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

from generate import PHRASE, Archive, Scale  # noqa: E402

PAGE = 50
COMMON_WORDS = "the said"
SAID_RANGE = (date(2010, 1, 1), date(2020, 12, 31))
TIMELINE_PEAK_MB = 100
QUERY_TIMEOUT_S = 60


@dataclass
class Figure:
    """One measurement beside its baseline; ratio = value / baseline."""

    engine: str
    name: str
    value: float
    unit: str
    baseline: float | None = None
    baseline_name: str | None = None
    ratio: float | None = None
    target: str | None = None
    ok: bool | None = None
    note: str | None = None

    def line(self) -> str:
        text = f"[{self.engine}] {self.name:<28} {self.value:>12,.3f} {self.unit:<10}"
        if self.baseline is not None:
            text += f" baseline {self.baseline:,.3f} ({self.baseline_name}) ratio {self.ratio:.2f}x"
        if self.target:
            text += f"  target {self.target}: {'ok' if self.ok else 'MISSED'}"
        if self.note:
            text += f"  [{self.note}]"
        return text


class Report:
    """The figures of a run, printed as they are measured."""

    def __init__(self, skip: frozenset[str] = frozenset()) -> None:
        self.figures: list[Figure] = []
        self.failures: dict[str, str] = {}
        self.skip = skip

    def attempt(self, part: str, measure: Callable[..., None], *args: Any) -> None:
        """Run one part of the measurements; a failure is recorded and the run goes on."""
        if part.split()[-1] in self.skip:
            print(f"skipped {part}", flush=True)
            return
        try:
            measure(*args)
        except Exception as exc:  # noqa: BLE001 - reported in the results, not hidden
            self.failures[part] = f"{type(exc).__name__}: {exc}"
            print(f"FAILED {part}: {self.failures[part]}", file=sys.stderr, flush=True)

    def add(self, figure: Figure) -> Figure:
        if figure.baseline:
            figure.ratio = figure.value / figure.baseline
        self.figures.append(figure)
        print(figure.line(), flush=True)
        return figure


def median_seconds(fn: Callable[[], Any], *, runs: int = 15, budget: float = 3.0) -> float:
    """The median wall time of fn over up to `runs` runs (at least 3) after one warm-up."""
    fn()
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < runs and (len(times) < 3 or time.perf_counter() - started < budget):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


# --- loading ----------------------------------------------------------------------------


def _raw_value(value: Any) -> Any:
    """A value as SQLAlchemy stores it in SQLite (dates as ISO text)."""
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def load_sqlite(archive: Archive, url: str, raw_path: Path, report: Report) -> int:
    """Load through tracker.bulk and, for the baseline, raw sqlite3 executemany; rows loaded."""
    from tracker import bulk
    from tracker.db import make_engine
    from tracker.migrate import upgrade
    from tracker.services.archive import tables

    upgrade(url)
    upgrade(f"sqlite:///{raw_path}")
    engine = make_engine(url)
    raw = sqlite3.connect(raw_path, isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=NORMAL"):
        raw.execute(f"PRAGMA {pragma}")
    tracker_seconds = raw_seconds = 0.0
    total = 0
    with engine.connect() as conn:
        transaction = conn.begin()
        raw.execute("BEGIN IMMEDIATE")
        for name, generated in archive.tables():
            rows = list(generated)
            table = tables()[name]
            t = time.perf_counter()
            bulk.insert_rows(conn, table, rows)
            tracker_seconds += time.perf_counter() - t
            columns = [c.name for c in table.columns]
            tuples = [tuple(_raw_value(row.get(c)) for c in columns) for row in rows]
            sql = (
                f"INSERT INTO {name} ({', '.join(f'[{c}]' for c in columns)}) "
                f"VALUES ({', '.join('?' for _ in columns)})"
            )
            t = time.perf_counter()
            raw.executemany(sql, tuples)
            raw_seconds += time.perf_counter() - t
            total += len(rows)
            del rows, tuples
        t = time.perf_counter()
        transaction.commit()
        tracker_seconds += time.perf_counter() - t
    t = time.perf_counter()
    raw.execute("COMMIT")
    raw_seconds += time.perf_counter() - t
    raw.close()
    engine.dispose()
    report.add(
        Figure(
            "sqlite",
            "bulk_import",
            total / tracker_seconds,
            "rows/s",
            total / raw_seconds,
            "raw sqlite3 executemany",
            target=">= 0.5x",
            ok=tracker_seconds <= 2 * raw_seconds,
            note=f"{total:,} rows in {tracker_seconds:.1f} s",
        )
    )
    return total


def load_postgres(archive: Archive, url: str, report: Report) -> None:
    from tracker import bulk
    from tracker.db import make_engine
    from tracker.migrate import upgrade
    from tracker.services.archive import tables

    upgrade(url)
    engine = make_engine(url)
    total = 0
    t = time.perf_counter()
    with engine.begin() as conn:
        for name, rows in archive.tables():
            total += bulk.insert_rows(conn, tables()[name], rows)
        bulk.reset_sequences(conn, tables().values())
    seconds = time.perf_counter() - t
    engine.dispose()
    report.add(
        Figure(
            "postgresql",
            "bulk_import",
            total / seconds,
            "rows/s",
            note=f"{total:,} rows in {seconds:.1f} s, search_vector trigger included",
        )
    )


def analyze(url: str) -> float:
    """Planner statistics after a load (as `tracker import` does after a big one)."""
    from sqlalchemy import text

    from tracker.db import make_engine

    engine = make_engine(url)
    t = time.perf_counter()
    with engine.begin() as conn:
        conn.execute(text("ANALYZE"))
    engine.dispose()
    return time.perf_counter() - t


# --- queries ----------------------------------------------------------------------------


@dataclass
class Subjects:
    """Who and what the query figures ask about, chosen from the loaded data."""

    top_speaker: int
    top_speaker_name: str
    typical_speaker: int
    biggest_institution: int
    top_count: int
    typical_count: int
    institution_count: int


def pick_subjects(url: str) -> Subjects:
    from sqlalchemy import text

    from tracker.db import make_engine

    engine = make_engine(url)
    with engine.connect() as conn:
        speakers = conn.execute(
            text(
                "SELECT official_id, COUNT(*) AS n FROM statement "
                "WHERE official_id IS NOT NULL GROUP BY official_id ORDER BY n DESC, official_id"
            )
        ).all()
        institution = conn.execute(
            text(
                "SELECT institution_id, COUNT(*) AS n FROM statement "
                "GROUP BY institution_id ORDER BY n DESC, institution_id LIMIT 1"
            )
        ).one()
        name = conn.execute(
            text("SELECT name FROM official WHERE id = :id"), {"id": speakers[0][0]}
        ).scalar_one()
    engine.dispose()
    typical = speakers[len(speakers) // 2]
    return Subjects(
        top_speaker=speakers[0][0],
        top_speaker_name=name,
        typical_speaker=typical[0],
        biggest_institution=institution[0],
        top_count=speakers[0][1],
        typical_count=typical[1],
        institution_count=institution[1],
    )


def query_figures(engine_name: str, url: str, subjects: Subjects, report: Report) -> None:
    """`said` pages and full-text search, each against the bare driver, each on its own."""
    from tracker import query

    start, end = SAID_RANGE
    said = [
        (
            "said_top_speaker",
            query.Filter(officials=(subjects.top_speaker,), date_from=start, date_to=end),
            f"{subjects.top_count:,} statements by this speaker",
        ),
        (
            "said_typical_speaker",
            query.Filter(officials=(subjects.typical_speaker,), date_from=start, date_to=end),
            f"{subjects.typical_count:,} statements by this speaker",
        ),
        (
            "said_biggest_institution",
            query.Filter(institution=subjects.biggest_institution),
            f"{subjects.institution_count:,} statements for this institution",
        ),
    ]
    for name, filt, note in said:
        report.attempt(
            f"{engine_name} {name}", said_figure, engine_name, url, name, filt, note, report
        )
    for name, about in (("search_phrase", f'"{PHRASE}"'), ("search_common_words", COMMON_WORDS)):
        report.attempt(
            f"{engine_name} {name}", search_figure, engine_name, url, name, about, report
        )


def said_figure(engine_name: str, url: str, name: str, filt, note: str, report: Report) -> None:
    from tracker import query
    from tracker.db import session_scope

    with session_scope(url, write=False) as session, _raw_connection(url) as raw:
        _time_limit(session, raw)
        dialect = session.get_bind().dialect
        sqls = [
            _literal_sql(select, dialect)
            for select in query.statement_queries(session, filt, limit=PAGE)
        ]
        ours = median_seconds(
            lambda: _rows(query.statements(session=session, filt=filt, limit=PAGE))
        )
        bare = median_seconds(lambda: [_fetch(raw, sql) for sql in sqls])
    report.add(
        Figure(
            engine_name,
            name,
            ours * 1000,
            "ms/page",
            bare * 1000,
            "same SQL, bare driver",
            target="< 5 ms",
            ok=ours < 0.005,
            note=note,
        )
    )


def search_figure(engine_name: str, url: str, name: str, about: str, report: Report) -> None:
    from tracker import query
    from tracker.db import session_scope
    from tracker.search import compile_query

    filt = query.Filter(about=about)
    compiled = compile_query(about, "sqlite" if engine_name == "sqlite" else "postgresql")
    with session_scope(url, write=False) as session, _raw_connection(url) as raw:
        _time_limit(session, raw)
        ours = median_seconds(
            lambda: _rows(
                query.statements(session=session, filt=filt, sort="relevance", limit=PAGE)
            ),
            runs=7,
        )
        bare = median_seconds(lambda: _fetch(raw, _bare_search_sql(engine_name, compiled)), runs=7)
        matches = _fetch(raw, _bare_count_sql(engine_name, compiled))[0][0]
    phrase = name == "search_phrase"
    report.add(
        Figure(
            engine_name,
            name,
            ours * 1000,
            "ms/page",
            bare * 1000,
            "bare FTS5 MATCH" if engine_name == "sqlite" else "bare tsquery @@",
            target="<= 2x" if phrase else "interactive (< 1 s)",
            ok=ours <= 2 * bare if phrase else ours < 1.0,
            note=f"{matches:,} matches for {about}, ranked page of {PAGE}",
        )
    )


def _time_limit(session, raw) -> None:
    """On PostgreSQL, a query that runs away is cancelled (and the figure reported failed)."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy import text

        session.execute(text(f"SET LOCAL statement_timeout = '{QUERY_TIMEOUT_S}s'"))
        raw.execute(f"SET statement_timeout = '{QUERY_TIMEOUT_S}s'")


def _rows(rows) -> int:
    return sum(1 for _ in rows)


def _literal_sql(statement, dialect) -> str:
    return str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))


def _fetch(raw, sql: str) -> list:
    cursor = raw.cursor()
    cursor.execute(sql)
    rows = cursor.fetchall()
    cursor.close()
    return rows


def _bare_search_sql(engine_name: str, compiled: str) -> str:
    quoted = compiled.replace("'", "''")
    if engine_name == "sqlite":
        return (
            "SELECT s.id, s.text, s.said_to FROM statement_fts JOIN statement AS s "
            f"ON s.id = statement_fts.rowid WHERE statement_fts MATCH '{quoted}' "
            f"ORDER BY bm25(statement_fts, 1.0, 0.4) LIMIT {PAGE}"
        )
    tsquery = f"to_tsquery('tracker_search', '{quoted}')"
    return (
        f"SELECT id, text, said_to FROM statement WHERE search_vector @@ {tsquery} "
        f"ORDER BY ts_rank_cd(search_vector, {tsquery}) DESC LIMIT {PAGE}"
    )


def _bare_count_sql(engine_name: str, compiled: str) -> str:
    quoted = compiled.replace("'", "''")
    if engine_name == "sqlite":
        return f"SELECT COUNT(*) FROM statement_fts WHERE statement_fts MATCH '{quoted}'"
    return (
        "SELECT COUNT(*) FROM statement "
        f"WHERE search_vector @@ to_tsquery('tracker_search', '{quoted}')"
    )


class _raw_connection:
    """The bare driver's connection to the same database (sqlite3 or psycopg)."""

    def __init__(self, url: str) -> None:
        self.url = url

    def __enter__(self):
        from sqlalchemy.engine import make_url

        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite":
            self.conn = sqlite3.connect(parsed.database)
        else:
            import psycopg

            dsn = parsed.set(drivername="postgresql").render_as_string(hide_password=False)
            self.conn = psycopg.connect(dsn, prepare_threshold=None)
        return self.conn

    def __exit__(self, *exc) -> None:
        self.conn.close()


# --- export, start-up, ingest -----------------------------------------------------------

RAW_EXPORT = """
import csv, sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
cursor = conn.execute('''
    SELECT s.id, s.said_from, s.said_to, s.said_precision, s.text, s.kind, s.status,
           o.name, i.name, r.title, src.url, src.title, src.published, outlet.name
    FROM statement AS s
    LEFT JOIN official AS o ON o.id = s.official_id
    LEFT JOIN institution AS i ON i.id = s.institution_id
    LEFT JOIN role AS r ON r.id = s.role_id
    LEFT JOIN source AS src ON src.id = (
        SELECT c.source_id FROM citation AS c WHERE c.statement_id = s.id ORDER BY c.id LIMIT 1)
    LEFT JOIN institution AS outlet ON outlet.id = src.outlet_id
    ORDER BY s.said_to IS NULL, s.said_to, s.id''')
with open(sys.argv[2], 'w', newline='') as out:
    writer = csv.writer(out, lineterminator='\\n')
    writer.writerow([d[0] for d in cursor.description])
    for row in cursor:
        writer.writerow(row)
"""


PEAK_WRAPPER = """
import runpy, sys
kind, target, *args = sys.argv[1:]
sys.argv = [target, *args]
try:
    if kind == "module":
        runpy.run_module(target, run_name="__main__", alter_sys=True)
    else:
        exec(compile(target, "<benchmark>", "exec"), {"__name__": "__main__"})
finally:
    status = open("/proc/self/status").read()
    peak = next(line for line in status.splitlines() if line.startswith("VmHWM:"))
    sys.stderr.write("\\nPEAK_KB " + peak.split()[1] + "\\n")
"""


def run_measured(command: list[str]) -> tuple[float, str]:
    """(wall seconds, stderr) of one child process; raises when it fails."""
    started = time.perf_counter()
    child = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seconds = time.perf_counter() - started
    errors = child.stderr.decode(errors="replace")
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed ({child.returncode}): {errors[-500:]}")
    return seconds, errors


def run_with_peak(kind: str, target: str, *args: str) -> tuple[float, float]:
    """(wall seconds, peak resident MB) of Python running a module or code in a fresh process.

    The peak is read by the process itself (VmHWM): a parent's rusage would
    count the harness's own memory, which a child inherits at fork.
    """
    seconds, errors = run_measured([sys.executable, "-c", PEAK_WRAPPER, kind, target, *args])
    peak_kb = int(errors.rsplit("PEAK_KB ", 1)[1].split()[0])
    return seconds, peak_kb / 1024


def export_figures(url: str, path: Path, workdir: Path, report: Report) -> None:
    out = workdir / "timeline.csv"
    ours, peak = run_with_peak(
        "module", "tracker", "timeline", "--format", "csv", "-o", str(out), "--db", url
    )
    rows = sum(1 for _ in out.open(encoding="utf-8")) - 1
    bare, bare_peak = run_with_peak("code", RAW_EXPORT, str(path), str(out))
    out.unlink(missing_ok=True)
    report.add(
        Figure(
            "sqlite",
            "timeline_export",
            ours,
            "s",
            bare,
            "csv.writer over a sqlite3 cursor",
            target="<= 2x",
            ok=ours <= 2 * bare,
            note=f"{rows:,} rows, `tracker timeline --format csv`",
        )
    )
    report.add(
        Figure(
            "sqlite",
            "timeline_export_peak_memory",
            peak,
            "MB",
            bare_peak,
            "csv.writer over a sqlite3 cursor",
            target=f"< {TIMELINE_PEAK_MB} MB",
            ok=peak < TIMELINE_PEAK_MB,
            note="peak resident set size (VmHWM) of the exporting process",
        )
    )


def startup_figures(url: str, subjects: Subjects, report: Report) -> None:
    def median_run(command: list[str], runs: int = 7) -> float:
        return statistics.median(run_measured(command)[0] for _ in range(runs))

    ours = median_run([_tool("tracker"), "--help"])
    theirs = median_run([_tool("sqlite-utils"), "--help"])
    report.add(
        Figure(
            "sqlite",
            "cli_help_startup",
            ours * 1000,
            "ms",
            theirs * 1000,
            "sqlite-utils --help",
            target="<= 1x",
            ok=ours <= theirs * 1.05,
            note="median of 7 runs (5% noise allowance)",
        )
    )
    said = [_tool("tracker"), "said", "--by", subjects.top_speaker_name, "--limit", "5"]
    ours = median_run([*said, "--db", url])
    sqlmodel = median_run([sys.executable, "-c", "import sqlmodel"])
    report.add(
        Figure(
            "sqlite",
            "cli_query_startup",
            ours * 1000,
            "ms",
            sqlmodel * 1000,
            'python -c "import sqlmodel"',
            target="<= 1.3x",
            ok=ours <= 1.3 * sqlmodel,
            note="`tracker said --by <top speaker> --limit 5`, median of 7 runs",
        )
    )


def ingest_figure(workdir: Path, report: Report) -> None:
    """Articles per second through `tracker ingest --yes` (in process, one fresh database)."""
    from typer.testing import CliRunner

    from tracker.cli import app

    articles = sorted((REPO / "fixtures" / "articles").glob("*.txt"))
    for stale in workdir.glob("ingest.db*"):
        stale.unlink()
    url = f"sqlite:///{workdir / 'ingest.db'}"
    runner = CliRunner()
    runner.invoke(app, ["db", "upgrade", "--db", url])
    t = time.perf_counter()
    result = runner.invoke(app, ["ingest", "--yes", "--db", url, *map(str, articles)])
    seconds = time.perf_counter() - t
    report.add(
        Figure(
            "sqlite",
            "ingest",
            len(articles) / seconds,
            "articles/s",
            note=f"{len(articles)} fixture articles in {seconds:.2f} s, exit {result.exit_code}",
        )
    )


def _tool(name: str) -> str:
    """A console script of this Python (not a slower shim found first on PATH)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else (shutil.which(name) or name)


# --- the run ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """What a run measures and where."""

    statements: int
    out: Path
    workdir: Path
    postgres: str | None = None
    sqlite: bool = True
    reuse: bool = False
    skip: frozenset[str] = frozenset()


def run(options: Options) -> dict[str, Any]:
    """Generate, load, measure; write the figures to options.out and return them."""
    report = Report(options.skip)
    scale = Scale(options.statements)
    started = datetime.now().isoformat(timespec="seconds")
    print(f"tracker benchmarks: {scale.counts()} in {options.workdir}", flush=True)
    rows = sqlite_figures(scale, options, report) if options.sqlite else None
    if options.postgres:
        report.attempt("postgresql", postgres_figures, Archive(scale), options.postgres, report)
    result = {
        "run": {
            "started": started,
            "counts": scale.counts(),
            "rows": rows,
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
            "postgres": bool(options.postgres),
        },
        "figures": [asdict(f) for f in report.figures],
        "failures": report.failures,
    }
    options.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {options.out}", flush=True)
    return result


def sqlite_figures(scale: Scale, options: Options, report: Report) -> int | None:
    """Load (or, with reuse, take the database a previous run left) and measure on SQLite."""
    workdir = options.workdir
    path = workdir / "bench.db"
    url = f"sqlite:///{path}"
    rows = None
    if options.reuse and path.exists():
        print(f"reusing {path}: no load figures", flush=True)
    else:
        for stale in workdir.glob("*.db*"):
            stale.unlink()
        rows = load_sqlite(Archive(scale), url, workdir / "raw.db", report)
        for stale in workdir.glob("raw.db*"):
            stale.unlink()
        report.add(Figure("sqlite", "analyze_after_load", analyze(url), "s"))
    subjects = pick_subjects(url)
    # One failing part (say, a command being rewritten) must not lose the figures of the others.
    report.attempt("queries", query_figures, "sqlite", url, subjects, report)
    report.attempt("export", export_figures, url, path, workdir, report)
    report.attempt("start-up", startup_figures, url, subjects, report)
    report.attempt("ingest", ingest_figure, workdir, report)
    return rows


def postgres_figures(archive: Archive, server: str, report: Report) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tracker.db import resolve_url

    server = resolve_url(server)
    name = f"tracker_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        load_postgres(archive, url, report)
        report.add(Figure("postgresql", "analyze_after_load", analyze(url), "s"))
        query_figures("postgresql", url, pick_subjects(url), report)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--postgres", metavar="URL", help="Also measure on this server.")
    parser.add_argument("--workdir", type=Path, help="Folder for the databases (default: temp).")
    parser.add_argument(
        "--reuse", action="store_true", help="Measure the SQLite database left in --workdir."
    )
    parser.add_argument(
        "--no-sqlite", dest="sqlite", action="store_false", help="Measure PostgreSQL only."
    )
    parser.add_argument(
        "--skip", action="append", default=[], metavar="NAME", help="Leave out a figure or part."
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as temporary:
        workdir = args.workdir or Path(temporary)
        workdir.mkdir(parents=True, exist_ok=True)
        options = Options(
            statements=args.statements,
            out=args.out,
            workdir=workdir,
            postgres=args.postgres,
            sqlite=args.sqlite,
            reuse=args.reuse,
            skip=frozenset(args.skip),
        )
        return run(options)


if __name__ == "__main__":
    main()
