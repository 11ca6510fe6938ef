"""Scale and speed of tracker, every figure against a baseline tracker did not write.

    python tests/benchmarks/harness.py [--statements 1000000] [--out bench-results.json]
        [--postgres URL] [--workdir DIR [--reuse]] [--flat-from 100000] [--check]
        [--skip PART]... [--case PREFIX]...
    python tests/benchmarks/harness.py --from bench-results.json [--check] [--readme README.md]

A deterministic archive (generate.py) is loaded through tracker's own bulk path
and, for the baseline, by the bare driver doing the same work (load.py). Every
question users ask -- said by speaker, institution (big and small, early and
late dates), country, mentions, full text; timelines; search for rare and
common words; stats; who -- is then answered by tracker.query and by SQL a
database engineer would write for the same answer (baselines.py), whose rows
are checked to be the same; the CSV export against sqlite3 + csv.writer
writing the same bytes; start-up against sqlite-utils and `import sqlmodel`.
Times are medians of runs taken in turn with their baseline, so load on a
shared machine falls on both; each figure's ratio is judged against its
target. With --flat-from N the page figures are measured on an N-statement
archive too, and each page's growth to the full size is judged against the
hand-written SQL's growth for the same answer (of the same number of rows). With --postgres (a
server URL) loads and queries are measured on PostgreSQL as well.

--check exits 1, naming every figure that missed its target (and every part
that failed); --readme rewrites the table between the README's performance
markers from the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(HERE))

from baselines import Raw  # noqa: E402
from cases import Case, Subjects, cases, pick_subjects  # noqa: E402
from generate import Archive, Scale  # noqa: E402
from load import analyze, load_postgres, load_sqlite  # noqa: E402
from measure import (  # noqa: E402
    Figure,
    Report,
    interleaved_medians,
    interleaved_runs,
    run_with_peak,
)

QUERY_TIMEOUT_S = 120
# A page's growth from --flat-from to the full size against the hand-written SQL's growth
# for the same answer: flat where the best indexed SQL is flat, and growing no faster where
# the answer's own cost grows (a phrase matching ten times the statements). A plan that
# scans what the hand-written SQL reads from an index grows about tenfold against it.
GROWTH_TARGET = "<= 1.5x"
EXPORT_TARGET = "<= 1.2x"
EXPORT_PEAK_MB = 100
HELP_TARGET = "<= 0.8x"
QUERY_STARTUP_TARGET = "<= 1.3x"
INGEST_ARTICLES, INGEST_ROUNDS = 500, 3  # bench_ingest.py's defaults
README_START = "<!-- performance table: written by tests/benchmarks/harness.py --readme -->"
README_END = "<!-- end of performance table -->"


# --- queries ----------------------------------------------------------------------------


def query_figures(
    engine: str,
    url: str,
    subjects: Subjects,
    report: Report,
    scale: int,
    only: frozenset[str] = frozenset(),
) -> None:
    """Every case on one engine (or those whose names start with one of `only`): tracker's
    answer and the hand-written ones, checked equal, timed in turn. tracker reads on the
    connection its query commands read on (tracker.db.reading_scope)."""
    from tracker.db import reading_scope

    with reading_scope(url) as session, _raw_connection(url) as connection:
        raw = Raw(connection, engine)
        _time_limit(session, raw)
        for case in cases(subjects, engine):
            if only and not case.name.startswith(tuple(only)):
                continue
            report.attempt(
                f"{engine} {case.name}", case_figure, engine, case, session, raw, report, scale
            )


def case_figure(engine: str, case: Case, session, raw: Raw, report: Report, scale: int) -> None:
    ours = case.ours(case.tracker(session))
    differs = [n for n, baseline in enumerate(case.baselines) if case.theirs(baseline(raw)) != ours]
    best = _best(raw, case.baselines)
    times = interleaved_medians(lambda: case.tracker(session), lambda: case.baselines[best](raw))
    names = ["join", "walk"] if len(case.baselines) == 2 else ["hand-written SQL"]
    note = f"{case.note}; {len(ours):,} rows"
    if differs:
        note += f"; ANSWER DIFFERS from baseline {', '.join(names[n] for n in differs)}"
    report.add(
        Figure(
            engine,
            case.name,
            times[0] * 1000,
            "ms",
            times[1] * 1000,
            names[best] if len(names) > 1 else names[0],
            target=case.target,
            ok=False if differs else None,
            note=note,
            statements=scale,
        )
    )


def _best(raw: Raw, baselines: list) -> int:
    """Which of the hand-written formulations is fastest here, timed among themselves
    first: the one tracker is then timed against, in turn with it alone (a formulation
    that loses by tens of times, run between tracker's runs, would leave the caches cold
    for them, and for a page of a tenth of a millisecond that costs more than the page)."""
    if len(baselines) == 1:
        return 0
    times = interleaved_medians(*[lambda b=b: b(raw) for b in baselines], runs=7, budget=2.0)
    return min(range(len(baselines)), key=lambda n: times[n])


def _time_limit(session, raw: Raw) -> None:
    """On PostgreSQL, a query that runs away is cancelled (and the figure reported failed)."""
    if not raw.sqlite:
        from sqlalchemy import text

        session.execute(text(f"SET LOCAL statement_timeout = '{QUERY_TIMEOUT_S}s'"))
        cursor = raw.connection.cursor()
        cursor.execute(f"SET statement_timeout = '{QUERY_TIMEOUT_S}s'")
        cursor.close()


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


def growth_figures(report: Report, small: int, full: int) -> None:
    """Each page's growth from the small size to the full one (same run), judged against
    the hand-written SQL's growth for the same answer. The page must answer with the same
    number of rows at both sizes (cases.py cuts those that cannot be full so), else the two
    sizes asked different questions and the figure is not ok."""
    at = {(f.engine, f.name, f.statements): f for f in report.figures}
    for (engine, name, scale), figure in list(at.items()):
        before = at.get((engine, name, small))
        if scale != full or before is None or not _is_page(name):
            continue
        rows = [_rows(f) for f in (before, figure)]
        ours = figure.value / before.value
        theirs = figure.baseline / before.baseline if figure.baseline and before.baseline else None
        note = (
            f"{full // small}x the statements: tracker {before.value:.3f} -> {figure.value:.3f} "
            f"ms, the hand-written SQL {before.baseline:.3f} -> {figure.baseline:.3f} ms; "
            f"{rows[0]} rows -> {rows[1]} rows"
        )
        same = rows[0] is not None and rows[0] == rows[1]
        if not same:
            note += "; NOT THE SAME ANSWER SIZE"
        report.add(
            Figure(
                engine,
                f"{name}_growth",
                ours,
                "x",
                theirs,
                f"the hand-written SQL's growth from {small:,}",
                target=GROWTH_TARGET,
                ok=None if same else False,
                note=note,
                statements=full,
            )
        )


def _rows(figure: Figure) -> int | None:
    """How many rows a page figure's answer had (its note ends "; N rows")."""
    tail = (figure.note or "").rsplit("; ", 1)[-1]
    count = tail.removesuffix(" rows").replace(",", "")
    return int(count) if tail.endswith(" rows") and count.isdigit() else None


def _is_page(name: str) -> bool:
    return name.startswith("said_")


# --- export, start-up, ingest -----------------------------------------------------------


# The CSV `tracker timeline --format csv` writes, by hand: the same join, rows in the
# same order (dated by day then id, undated by id), dates in words by tracker.dates (the
# one thing not rewritten here), and, when tracker guards spreadsheet formulas, the same
# guard on every text cell.
RAW_EXPORT = """
import csv, sqlite3, sys
from datetime import date
from functools import lru_cache
from tracker.dates import stored_span

path, out, columns, guard = sys.argv[1], sys.argv[2], sys.argv[3].split(), sys.argv[4] == "1"
SELECT = '''
    SELECT s.id, s.said_from, s.said_to, s.said_precision, o.name, i.name, r.title, s.text,
           s.kind, s.status, s.occasion, s.place, src.id, src.url, src.title, outlet.name,
           src.published
    FROM statement AS s
    LEFT JOIN official AS o ON o.id = s.official_id
    LEFT JOIN institution AS i ON i.id = s.institution_id
    LEFT JOIN role AS r ON r.id = s.role_id
    LEFT JOIN source AS src ON src.id = (
        SELECT min(c.source_id) FROM citation AS c WHERE c.statement_id = s.id)
    LEFT JOIN institution AS outlet ON outlet.id = src.outlet_id
    WHERE {part} ORDER BY {order}'''
PARTS = (("s.said_to IS NOT NULL", "s.said_to, s.id"), ("s.said_to IS NULL", "s.id"))
FORMULA = ("=", "+", "-", "@", "\\t", "\\r")

@lru_cache(maxsize=8192)
def words(said_from, said_to, precision):
    span = stored_span(
        said_from and date.fromisoformat(said_from), said_to and date.fromisoformat(said_to),
        precision)
    return span.edtf(), span.display()

def guarded(row):
    return ["'" + v if v.__class__ is str and v.startswith(FORMULA) else v for v in row]

conn = sqlite3.connect(path)
with open(out, "w", encoding="utf-8", newline="") as f:
    writer = csv.writer(f, lineterminator="\\n")
    writer.writerow(columns)
    for part, order in PARTS:
        for (ident, said_from, said_to, precision, official, institution, role, text, kind,
             status, occasion, place, source_id, url, title, outlet, published
             ) in conn.execute(SELECT.format(part=part, order=order)):
            edtf, when = words(said_from, said_to, precision)
            row = (ident, edtf, when, said_from, said_to, official or institution, official,
                   institution, role, text, kind, status, occasion, place, source_id, url,
                   title, outlet, published)
            writer.writerow(guarded(row) if guard else row)
"""


def _guards_formulas() -> bool:
    """Whether tracker's CSV writer guards cells a spreadsheet would run as formulas."""
    from tracker.export import rows

    return hasattr(rows, "spreadsheet_safe")


def export_figures(
    url: str, path: Path, workdir: Path, report: Report, scale: int, full: bool
) -> None:
    """`tracker timeline --format csv` of the whole archive against the same CSV by hand.
    Its time is judged at the full size only (the issue's million statements): on a small
    archive the start-up a command pays once, some 0.3 s, is a large share of the export."""
    import hashlib

    ours_file, theirs_file = workdir / "timeline.csv", workdir / "timeline-raw.csv"
    from tracker.cli.query import DATA_COLUMNS

    guard = "1" if _guards_formulas() else "0"
    tracker = ("module", "tracker", "timeline", "--format", "csv", "-o", str(ours_file))
    bare = ("code", RAW_EXPORT, str(path), str(theirs_file), " ".join(DATA_COLUMNS), guard)
    _read_through(path)
    # in turn, twice each: the medians of two are their means
    runs = [run_with_peak(*tracker, "--db", url), run_with_peak(*bare)]
    runs += [run_with_peak(*tracker, "--db", url), run_with_peak(*bare)]
    ours, theirs = (runs[0][0].cpu + runs[2][0].cpu) / 2, (runs[1][0].cpu + runs[3][0].cpu) / 2
    walls = (runs[0][0].wall + runs[2][0].wall) / 2, (runs[1][0].wall + runs[3][0].wall) / 2
    peak, theirs_peak = max(runs[0][1], runs[2][1]), max(runs[1][1], runs[3][1])
    digests = [hashlib.sha256(f.read_bytes()).hexdigest() for f in (ours_file, theirs_file)]
    rows = sum(1 for _ in ours_file.open(encoding="utf-8")) - 1
    same = digests[0] == digests[1]
    ours_file.unlink(missing_ok=True)
    theirs_file.unlink(missing_ok=True)
    note = (
        f"{rows:,} rows, `tracker timeline --format csv -o FILE`; CPU seconds (wall "
        f"{walls[0]:.1f} s against {walls[1]:.1f} s: {walls[0] / walls[1]:.2f}x)"
    )
    report.add(
        Figure(
            "sqlite",
            "timeline_export",
            ours,
            "s CPU",
            theirs,
            "sqlite3 cursor + csv.writer, the same bytes",
            target=EXPORT_TARGET if full else None,
            ok=None if same else False,
            note=note
            + ("; identical bytes" if same else "; OUTPUT DIFFERS")
            + ("" if full else "; its time is judged at the full size only"),
            statements=scale,
        )
    )
    report.add(
        Figure(
            "sqlite",
            "timeline_export_peak_memory",
            peak,
            "MB",
            theirs_peak,
            "sqlite3 cursor + csv.writer",
            target=f"< {EXPORT_PEAK_MB} MB",
            note="peak resident set (VmHWM) of the exporting process",
            statements=scale,
        )
    )


def _read_through(path: Path) -> None:
    """Read the database's files once, untimed, so that the first export (tracker's) does
    not alone pay for reading from disk what the others find in the system's cache: at a
    million statements that costs it some 3 s of CPU time more than a second run."""
    for part in (path, path.with_name(path.name + "-wal")):
        if part.exists():
            with part.open("rb") as f:
                while f.read(16 * 1024 * 1024):
                    pass


def export_growth(report: Report, small: int, full: int) -> None:
    """Memory flat: the export's peak at the full size against its peak at the small size."""
    at = {(f.name, f.statements): f for f in report.figures if f.engine == "sqlite"}
    name = "timeline_export_peak_memory"
    if (name, small) in at and (name, full) in at:
        report.add(
            Figure(
                "sqlite",
                "timeline_export_peak_memory_growth",
                at[name, full].value,
                "MB",
                at[name, small].value,
                f"the export's peak at {small:,} statements",
                target="<= 1.15x",
                note=f"{full // small}x the rows: memory stays flat",
                statements=full,
            )
        )


def startup_figures(url: str, subjects: Subjects, report: Report, scale: int) -> None:
    said = [_tool("tracker"), "said", "--by", subjects.top_speaker_name, "--limit", "5"]
    for name, ours_command, theirs_command, baseline, target, what in (
        (
            "cli_help_startup",
            [_tool("tracker"), "--help"],
            [_tool("sqlite-utils"), "--help"],
            "sqlite-utils --help",
            HELP_TARGET,
            "`tracker --help`",
        ),
        (
            "cli_query_startup",
            [*said, "--db", url],
            [sys.executable, "-c", "import sqlmodel"],
            'python -c "import sqlmodel"',
            QUERY_STARTUP_TARGET,
            "`tracker said --by <busiest speaker> --limit 5`",
        ),
    ):
        ours, theirs = interleaved_runs(ours_command, theirs_command)
        report.add(
            Figure(
                "sqlite",
                name,
                ours.cpu * 1000,
                "ms CPU",
                theirs.cpu * 1000,
                baseline,
                target=target,
                note=f"{what}, median of 9 runs each, in turn; wall {ours.wall * 1000:.0f} ms "
                f"against {theirs.wall * 1000:.0f} ms: {ours.wall / theirs.wall:.2f}x",
                statements=scale,
            )
        )


def ingest_figures(workdir: Path, path: Path, report: Report, scale: int) -> None:
    """bench_ingest.py's measurement, judged here: `tracker ingest --yes` through the
    command's per-article path against extraction alone (CPU time, one core), and into a
    copy of the loaded archive against into a fresh database, taken in turns."""
    import bench_ingest

    folder = workdir / "ingest"
    shutil.rmtree(folder, ignore_errors=True)
    # a small archive (the test suite's) gets a few articles, once
    articles = min(INGEST_ARTICLES, max(bench_ingest.CHUNK, scale // 2000))
    rounds = INGEST_ROUNDS if articles == INGEST_ARTICLES else 1
    try:
        result = bench_ingest.measure(articles, folder, populated=path, rounds=rounds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    common = f"{articles} synthetic wire articles, best of {result['rounds']} rounds"
    report.add(
        Figure(
            "sqlite",
            "ingest_vs_extraction",
            result["ingest_per_cpu_s"],
            "articles/CPU s",
            result["extract_per_cpu_s"],
            "extraction alone (read, metadata, extract)",
            target=f">= {bench_ingest.EXTRACTION_SHARE}x",
            note=f"{common}; `tracker ingest --yes` into a fresh SQLite file, end to end; "
            f"wall clock {result['ratio']:.2f}x",
            statements=scale,
        )
    )
    report.add(
        Figure(
            "sqlite",
            "ingest_into_populated",
            1000 / result["populated_per_cpu_s"],
            "ms CPU/article",
            1000 / result["ingest_per_cpu_s"],
            "the same articles into a fresh database",
            target=f"<= {bench_ingest.POPULATED_SLOWDOWN}x",
            note=f"{common}; into a copy of the {scale:,}-statement archive; wall clock "
            f"{result['populated_slowdown']:.2f}x",
            statements=scale,
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
    flat_from: int | None = None
    cases: frozenset[str] = frozenset()  # only the cases whose names start so (none: all)


def run(options: Options) -> dict[str, Any]:
    """Generate, load, measure; write the figures to options.out and return them."""
    report = Report(options.skip)
    started = datetime.now().isoformat(timespec="seconds")
    load_before = os.getloadavg()
    scales = [options.statements]
    if options.flat_from and options.flat_from < options.statements:
        scales.insert(0, options.flat_from)
    for scale in scales:
        full = scale == options.statements
        print(f"tracker benchmarks: {Scale(scale).counts()} in {options.workdir}", flush=True)
        if options.sqlite:
            report.attempt(f"sqlite@{scale} sqlite", sqlite_figures, scale, full, options, report)
        if options.postgres:
            report.attempt(
                f"postgresql@{scale} postgresql", postgres_figures, scale, options, report
            )
    if len(scales) == 2:
        growth_figures(report, *scales)
        export_growth(report, *scales)
    result = {
        "run": {
            "started": started,
            "finished": datetime.now().isoformat(timespec="seconds"),
            "counts": Scale(options.statements).counts(),
            "flat_from": scales[0] if len(scales) == 2 else None,
            "machine": _machine(),
            "load_average": {"before": load_before, "after": os.getloadavg()},
            "python": platform.python_version(),
            "sqlite": sqlite3.sqlite_version,
            "postgres": _postgres_version(options.postgres) if options.postgres else None,
            "commit": _commit(),
        },
        "figures": [asdict(f) for f in report.figures],
        "failures": report.failures,
    }
    options.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"figures written to {options.out}", flush=True)
    return result


def sqlite_figures(scale: int, full: bool, options: Options, report: Report) -> None:
    """Load (or, with --reuse, take the database a previous run left) and measure on SQLite."""
    workdir = options.workdir
    path = workdir / f"bench-{scale}.db"
    url = f"sqlite:///{path}"
    if options.reuse and path.exists():
        print(f"reusing {path}: no load figures", flush=True)
        from tracker.migrate import upgrade

        upgrade(url)  # a database left by an older tracker gets this one's schema
        analyze(url)  # and statistics for its new indexes, as a load's ANALYZE gives
    else:
        for stale in workdir.glob(f"bench-{scale}.db*"):
            stale.unlink()
        raw_path = workdir / f"raw-{scale}.db"
        for stale in workdir.glob(f"raw-{scale}.db*"):
            stale.unlink()
        report.attempt(
            "sqlite load", load_sqlite, Archive(Scale(scale)), url, raw_path, report, scale
        )
        for stale in workdir.glob(f"raw-{scale}.db*"):
            stale.unlink()
        analyze(url)
    with _raw_connection(url) as connection:
        subjects = pick_subjects(Raw(connection, "sqlite"))
    print(f"subjects: {subjects}", flush=True)
    report.attempt(
        "sqlite queries", query_figures, "sqlite", url, subjects, report, scale, options.cases
    )
    report.attempt("sqlite export", export_figures, url, path, workdir, report, scale, full)
    if full:
        report.attempt("sqlite start-up", startup_figures, url, subjects, report, scale)
        report.attempt("sqlite ingest", ingest_figures, workdir, path, report, scale)


def postgres_figures(scale: int, options: Options, report: Report) -> None:
    """Load into databases made for the run (kept with --reuse) and measure on PostgreSQL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from tracker.db import resolve_url

    server = resolve_url(options.postgres)
    run_id = f"{scale}" if options.reuse else f"{scale}_{uuid.uuid4().hex[:8]}"
    name, raw_name = f"tracker_bench_{run_id}", f"tracker_bench_raw_{run_id}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    raw_url = make_url(server).set(database=raw_name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        exists = conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": name})
        reuse = options.reuse and exists.first() is not None
        for database in [] if reuse else [name, raw_name]:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{database}"'))
    try:
        if reuse:
            print(f"reusing database {name}: no load figures", flush=True)
            from tracker.migrate import upgrade

            upgrade(url)
            analyze(url)
        else:
            load_postgres(Archive(Scale(scale)), url, raw_url, report, scale)
            analyze(url)
        with _raw_connection(url) as connection:
            subjects = pick_subjects(Raw(connection, "postgresql"))
        report.attempt(
            "postgresql queries",
            query_figures,
            "postgresql",
            url,
            subjects,
            report,
            scale,
            options.cases,
        )
    finally:
        with admin.connect() as conn:
            dropped = [raw_name] + ([] if options.reuse else [name])
            for database in dropped:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
        admin.dispose()


def _machine() -> str:
    memory = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        memory = f", {kb / 1024 / 1024:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    return f"{platform.machine()}, {os.cpu_count()} CPUs{memory}, {platform.system()}"


def _postgres_version(url: str) -> str | None:
    from sqlalchemy import create_engine, text

    from tracker.db import resolve_url

    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SHOW server_version")).scalar()
    finally:
        engine.dispose()


def _commit() -> str | None:
    try:
        found = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        )
        return found.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


# --- checking and the README ------------------------------------------------------------


def missed(result: dict[str, Any]) -> list[str]:
    """One line per figure that missed its target, and per part that failed."""
    lines = [Figure(**figure).line() for figure in result["figures"] if figure.get("ok") is False]
    return lines + [f"{part}: FAILED {error}" for part, error in result["failures"].items()]


def readme_table(result: dict[str, Any]) -> str:
    """The README's performance section body: where and how it ran, then every figure."""
    info = result["run"]
    load = info["load_average"]
    lines = [
        f"Run {info['started'][:10]} at commit {info['commit']} on {info['machine']} "
        f"(load average {load['before'][0]:.1f} before, {load['after'][0]:.1f} after: "
        "shared with other work), Python "
        f"{info['python']}, SQLite {info['sqlite']}"
        + (f", PostgreSQL {info['postgres']}" if info.get("postgres") else "")
        + f"; {info['counts']['statements']:,} statements"
        + (f" (page growth against {info['flat_from']:,})" if info.get("flat_from") else "")
        + ". Ratios are tracker / baseline, both measured in the same run.",
        "",
        "| engine | figure | tracker | baseline | ratio | target | |",
        "|---|---|---|---|---|---|---|",
    ]
    full = info["counts"]["statements"]
    for f in result["figures"]:
        if f.get("statements") not in (None, full):
            continue
        ratio = f"{f['ratio']:.2f}×" if f.get("ratio") is not None else ""
        baseline = (
            f"{_number(f['baseline'])} {f['unit']} ({f['baseline_name']})"
            if f.get("baseline") is not None
            else ""
        )
        verdict = {True: "ok", False: "**missed**", None: ""}[f.get("ok")]
        lines.append(
            f"| {f['engine']} | {f['name']} | {_number(f['value'])} {f['unit']} | {baseline} | "
            f"{ratio} | {f.get('target') or ''} | {verdict} |"
        )
    if result["failures"]:
        lines += ["", "Failed: " + "; ".join(f"{k}: {v}" for k, v in result["failures"].items())]
    return "\n".join(lines)


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}" if value >= 0.1 else f"{value:.3f}"


def write_readme(path: Path, result: dict[str, Any]) -> None:
    text = path.read_text(encoding="utf-8")
    if README_START not in text or README_END not in text:
        raise SystemExit(f"{path} has no performance markers ({README_START} ... {README_END})")
    before, rest = text.split(README_START, 1)
    _, after = rest.split(README_END, 1)
    table = readme_table(result)
    path.write_text(f"{before}{README_START}\n{table}\n{README_END}{after}", encoding="utf-8")


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--statements", type=int, default=1_000_000)
    parser.add_argument("--out", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--postgres", metavar="URL", help="Also measure on this server.")
    parser.add_argument("--workdir", type=Path, help="Folder for the databases (default: temp).")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="Measure the databases a previous run left (in --workdir; on the server).",
    )
    parser.add_argument(
        "--no-sqlite", dest="sqlite", action="store_false", help="Measure PostgreSQL only."
    )
    parser.add_argument(
        "--skip", action="append", default=[], metavar="NAME", help="Leave out a part or engine."
    )
    parser.add_argument(
        "--flat-from", type=int, metavar="N", help="Also measure pages at N statements."
    )
    parser.add_argument(
        "--case",
        action="append",
        default=[],
        metavar="PREFIX",
        help="Measure only the query cases whose names start so (while iterating).",
    )
    parser.add_argument("--from", dest="source", type=Path, help="Read figures from this JSON.")
    parser.add_argument("--check", action="store_true", help="Exit 1 if a target was missed.")
    parser.add_argument("--readme", type=Path, help="Rewrite this README's performance table.")
    args = parser.parse_args(argv)
    if args.source:
        result = json.loads(args.source.read_text(encoding="utf-8"))
    else:
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
                flat_from=args.flat_from,
                cases=frozenset(args.case),
            )
            result = run(options)
    if args.readme:
        write_readme(args.readme, result)
        print(f"performance table written to {args.readme}", flush=True)
    if args.check:
        lines = missed(result)
        for line in lines:
            print(f"MISSED {line}", file=sys.stderr)
        if lines:
            raise SystemExit(1)
        print("every target met", flush=True)
    return result


if __name__ == "__main__":
    main()
