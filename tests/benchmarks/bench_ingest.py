"""How fast `tracker ingest` records articles into SQLite, against extraction alone.

Writes N synthetic wire articles (seeded, so runs compare: 40 officials at a
dozen institutions, about six statements each, every quote different), then
times, in one process:

* extraction alone: read each file, settle its metadata, extract statements;
* ingest end to end: `tracker ingest --yes` into a fresh SQLite file (through
  the command's own per-article path), i.e. the same plus speaker matching,
  roles, dedupe and one transaction per article;
* with --populated DB: the same ingest into a copy of a large database (the
  million-statement one tests/benchmarks/harness.py leaves in its --workdir as
  bench-1000000.db; the copy is made before the clock starts and the original is never
  written), against ingest into the fresh one.

Targets: ingest keeps at least half the speed of extraction alone on one core
(CPU time), and ingest into the populated database takes at most 1.2 times as
long as into a fresh one. The measurements take turns, 25 articles at a time, each
chunk starting with another of them, so that a machine shared with other work loads
them alike and none always runs on articles another has just read; of --rounds such runs the
best total of each is reported, by the wall clock and by CPU time (steadier when
other work shares the machine). Run it as a script:

    python tests/benchmarks/bench_ingest.py --articles 500 [--populated DIR/bench-1000000.db]

harness.py runs this measurement at full scale (500 articles, 3 rounds, into a copy of
its archive) and judges both targets; pytest runs a tiny version so that it never rots.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import random
import sqlite3
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PUBLISHED = date(2021, 12, 17)
EXTRACTION_SHARE = 0.5  # ingest keeps at least this share of extraction's speed
POPULATED_SLOWDOWN = 1.2  # ingest into a large database takes at most this much longer
SPEAKERS = [
    (first, last, title, country)
    for first, last, title, country in [
        ("Sergey", "Ryabkov", "Deputy Foreign Minister", "Russian"),
        ("Maria", "Zakharova", "Foreign Ministry spokeswoman", "Russian"),
        ("Alexander", "Grushko", "Deputy Foreign Minister", "Russian"),
        ("Sergey", "Lavrov", "Foreign Minister", "Russian"),
        ("Dmitry", "Peskov", "Kremlin spokesman", ""),
        ("Antony", "Blinken", "Secretary of State", "US"),
        ("Ned", "Price", "State Department spokesman", "US"),
        ("Wendy", "Sherman", "Deputy Secretary of State", "US"),
        ("Jake", "Sullivan", "National Security Adviser", "US"),
        ("Wang", "Wenbin", "Foreign Ministry spokesperson", "Chinese"),
        ("Zhao", "Lijian", "Foreign Ministry spokesperson", "Chinese"),
        ("Dmytro", "Kuleba", "Foreign Minister", "Ukrainian"),
        ("Jens", "Stoltenberg", "NATO Secretary General", ""),
        ("Josep", "Borrell", "EU foreign policy chief", ""),
        ("Annalena", "Baerbock", "Foreign Minister", "German"),
        ("Zbigniew", "Rau", "Foreign Minister", "Polish"),
    ]
] + [
    (first, last, "Deputy Foreign Minister", "Russian")
    for first, last in [
        ("Igor", "Morgulov"), ("Andrei", "Rudenko"), ("Oleg", "Syromolotov"),
        ("Mikhail", "Bogdanov"), ("Yevgeny", "Ivanov"), ("Alexander", "Pankin"),
        ("Sergey", "Vershinin"), ("Andrei", "Kelin"), ("Vasily", "Nebenzya"),
        ("Dmitry", "Polyansky"), ("Anatoly", "Antonov"), ("Mikhail", "Ulyanov"),
        ("Alexander", "Lukashevich"), ("Konstantin", "Kosachev"), ("Leonid", "Slutsky"),
        ("Grigory", "Karasin"), ("Alexei", "Polishchuk"), ("Nikolai", "Patrushev"),
        ("Yuri", "Ushakov"), ("Vladimir", "Titov"), ("Marat", "Berdyev"),
        ("Pyotr", "Ilyichev"), ("Artem", "Bulatov"), ("Vladimir", "Yermakov"),
    ]
]  # fmt: skip
WORDS = [
    "security",
    "guarantees",
    "proposals",
    "talks",
    "dialogue",
    "partners",
    "Europe",
    "alliance",
    "treaty",
    "agreement",
    "draft",
    "documents",
    "expansion",
    "borders",
    "weapons",
    "deployment",
    "missiles",
    "exercises",
    "transparency",
    "verification",
    "arms",
    "control",
    "stability",
    "region",
    "sovereignty",
    "principles",
    "commitments",
    "obligations",
    "response",
    "reply",
    "negotiations",
    "format",
    "round",
    "delegation",
    "consultations",
    "diplomacy",
    "escalation",
    "sanctions",
    "measures",
    "threat",
    "concerns",
    "interests",
    "cooperation",
    "conflict",
    "settlement",
    "ceasefire",
    "observers",
    "monitoring",
    "mission",
    "mandate",
    "council",
    "summit",
    "meeting",
    "statement",
    "position",
    "approach",
    "situation",
    "pressure",
    "reaction",
]
FILLER = [
    "we",
    "they",
    "the",
    "a",
    "must",
    "should",
    "will",
    "would",
    "cannot",
    "is",
    "are",
    "not",
    "now",
    "soon",
    "again",
    "today",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _sentence(rng: random.Random, words: int) -> str:
    picked = [rng.choice(WORDS if i % 2 else FILLER) for i in range(words)]
    return " ".join(picked).capitalize()


def article(rng: random.Random, number: int) -> str:
    """One wire story: two officials, three statements each, every quote its own."""
    day = PUBLISHED - timedelta(days=rng.randrange(0, 3))
    weekday = WEEKDAYS[day.weekday()]
    (f1, l1, t1, c1), (f2, l2, t2, c2) = rng.sample(SPEAKERS, 2)
    first = " ".join(w for w in (c1, t1, f1, l1) if w)
    second = " ".join(w for w in (c2, t2, f2, l2) if w)
    return "\n\n".join(
        [
            f"{l1} comments on {rng.choice(WORDS)} and {rng.choice(WORDS)} (No. {number})",
            f"MOSCOW, {day:%B} {day.day}. /TASS/. {first} said on {weekday} "
            f"that {_sentence(rng, 14).lower()}.",
            f'"{_sentence(rng, 12)}. {_sentence(rng, 10)}," {l1} told reporters.',
            f'"{_sentence(rng, 13)}," the {t1.split()[-1].lower()} added.',
            f"{second} said earlier that {_sentence(rng, 15).lower()}.",
            f'"{_sentence(rng, 11)}," {l2} said.',
            f"According to {l2}, {_sentence(rng, 12).lower()}.",
        ]
    )


def write_articles(folder: Path, count: int, *, seed: int = 2021) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"wire_{number:05d}.txt"
        path.write_text(article(rng, number) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


CHUNK = 25  # articles measured at a time, alternately by each measurement


def extraction_alone(paths: list[Path]) -> tuple[float, float, int]:
    """Wall and CPU seconds to read and extract every article as ingest does; statements."""
    from tracker import reader
    from tracker.article import Overrides
    from tracker.services.ingest import prepare

    overrides = Overrides(published=PUBLISHED)
    found = 0
    started, cpu = time.perf_counter(), time.process_time()
    for path in paths:
        found += len(prepare(reader.Input(str(path), "file"), overrides=overrides).statements)
    return time.perf_counter() - started, time.process_time() - cpu, found


class IngestRun:
    """`tracker ingest --yes` into one database, fed a few articles at a time through the
    command's own per-article path (tracker.cli.ingest.Run.one), its output discarded."""

    def __init__(self, db_path: Path) -> None:
        from tracker.article import Overrides
        from tracker.cli.ingest import Run
        from tracker.db import Database

        url = f"sqlite:///{db_path}"
        self.run = Run(
            db=url,
            overrides=Overrides(published=PUBLISHED),
            dry_run=False,
            json_out=False,
            reviewing=False,
            can_ask=False,
            timeout=20.0,
            max_bytes=5 * 1024 * 1024,
        )
        self.run.database = Database(url)  # opened (and its schema made) outside the timing

    def ingest(self, paths: list[Path]) -> tuple[float, float]:
        """Wall and CPU seconds to ingest `paths`."""
        from tracker import reader

        started, cpu = time.perf_counter(), time.process_time()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            for path in paths:
                self.run.one(reader.Input(str(path), "file"))
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        if self.run.failed:
            raise RuntimeError(f"ingest failed for {self.run.failed} article(s)")
        return elapsed, cpu

    def summary(self) -> str:
        self.run.database.close()
        r = self.run
        return (
            f"{r.articles} articles: {r.statements} statements recorded, {r.already} already "
            f"ingested, {r.citations} citations added to statements already stored"
        )


def ingest_end_to_end(folder: Path, db_path: Path) -> tuple[float, float, str]:
    """Wall and CPU seconds of `tracker ingest DIR --yes` into a SQLite file; its summary."""
    from typer.testing import CliRunner

    from tracker.cli import app
    from tracker.db import session_scope

    url = f"sqlite:///{db_path}"
    with session_scope(url):
        pass  # create the schema outside the timing
    started, cpu = time.perf_counter(), time.process_time()
    result = CliRunner().invoke(
        app, ["ingest", str(folder), "--yes", "--published", PUBLISHED.isoformat(), "--db", url]
    )
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    if result.exit_code != 0:
        raise RuntimeError(f"ingest failed: {result.stderr or result.stdout}")
    return elapsed, cpu, result.stdout.strip().splitlines()[-1]


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database (its WAL included), through SQLite's backup."""
    for stale in target.parent.glob(f"{target.name}*"):
        stale.unlink()
    origin = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    copy = sqlite3.connect(target)
    try:
        origin.backup(copy)
    finally:
        copy.close()
        origin.close()


def measure(
    count: int, workdir: Path, *, populated: Path | None = None, rounds: int = 1
) -> dict[str, float | int | str]:
    """Extraction alone, ingest into a fresh database and (with `populated`) ingest into a
    copy of that database, taken in turns CHUNK articles at a time so that each sees the
    same load on a shared machine; of `rounds` such runs, the best total of each counts."""
    paths = write_articles(workdir / "articles", count)
    chunks = [paths[i : i + CHUNK] for i in range(0, len(paths), CHUNK)]
    best: dict[str, tuple[float, float]] = {}
    found, summaries = 0, {}
    for round_ in range(rounds):
        runs = {"fresh": IngestRun(workdir / f"fresh-{round_}.db")}
        if populated is not None:
            copy = workdir / "populated.db"
            copy_database(populated, copy)
            runs["populated"] = IngestRun(copy)
        totals = {name: [0.0, 0.0] for name in ("extract", *runs)}
        names = list(totals)
        found = 0
        for number, chunk in enumerate(chunks):
            # each chunk in another order: whatever runs first on the articles warms the
            # caches (of names and words, remembered by text) for those after it
            start = number % len(names)
            for name in names[start:] + names[:start]:
                if name == "extract":
                    wall, cpu, statements = extraction_alone(chunk)
                    found += statements
                else:
                    wall, cpu = runs[name].ingest(chunk)
                totals[name][0] += wall
                totals[name][1] += cpu
        for name, run in runs.items():
            summaries[name] = run.summary()
        for name, (wall, cpu) in totals.items():
            old_wall, old_cpu = best.get(name, (wall, cpu))
            best[name] = (min(wall, old_wall), min(cpu, old_cpu))
    (extract_s, extract_cpu), (ingest_s, ingest_cpu) = best["extract"], best["fresh"]
    result: dict[str, float | int | str] = {
        "articles": count,
        "rounds": rounds,
        "statements_found": found,
        "extract_per_s": count / extract_s,
        "ingest_per_s": count / ingest_s,
        "ratio": extract_s / ingest_s,
        "extract_per_cpu_s": count / extract_cpu,
        "ingest_per_cpu_s": count / ingest_cpu,
        "cpu_ratio": extract_cpu / ingest_cpu,
        "summary": summaries["fresh"],
    }
    if populated is not None:
        pop_s, pop_cpu = best["populated"]
        result |= {
            "populated_per_s": count / pop_s,
            "populated_per_cpu_s": count / pop_cpu,
            "populated_slowdown": pop_s / ingest_s,
            "populated_cpu_slowdown": pop_cpu / ingest_cpu,
            "populated_summary": summaries["populated"],
        }
    return result


def report(result: dict) -> str:
    lines = [
        f"{result['articles']} articles, {result['statements_found']} statements found; "
        f"best of {result['rounds']} round(s)",
        "                            wall clock      CPU time (steadier on a busy machine)",
        f"extraction alone:          {result['extract_per_s']:8.1f}/s      "
        f"{result['extract_per_cpu_s']:8.1f}/s   articles (baseline)",
        f"ingest into a fresh SQLite: {result['ingest_per_s']:7.1f}/s      "
        f"{result['ingest_per_cpu_s']:8.1f}/s   articles",
        f"ratio ingest/extraction:   {result['ratio']:8.3f}        {result['cpu_ratio']:8.3f}"
        f"   target >= {EXTRACTION_SHARE} (CPU): "
        f"{'ok' if result['cpu_ratio'] >= EXTRACTION_SHARE else 'MISSED'}",
    ]
    if "populated_per_s" in result:
        slowdown = result["populated_cpu_slowdown"]
        lines += [
            f"ingest into the populated: {result['populated_per_s']:8.1f}/s      "
            f"{result['populated_per_cpu_s']:8.1f}/s   articles",
            f"time populated/fresh:      {result['populated_slowdown']:8.3f}        "
            f"{slowdown:8.3f}   target <= {POPULATED_SLOWDOWN} (CPU): "
            f"{'ok' if slowdown <= POPULATED_SLOWDOWN else 'MISSED'}",
        ]
    lines.append(f"tracker said: {result['summary']}")
    return "\n".join(lines)


def test_bench_ingest_runs(tmp_path: Path) -> None:
    result = measure(6, tmp_path / "run")
    assert result["statements_found"] >= 6 * 5
    assert "6 articles:" in result["summary"]
    assert result["ingest_per_s"] > 0 and result["ratio"] > 0


def test_bench_ingest_into_a_populated_database_leaves_it_as_it_was(tmp_path: Path) -> None:
    write_articles(tmp_path / "other", 4, seed=7)
    populated = tmp_path / "populated.db"
    ingest_end_to_end(tmp_path / "other", populated)
    before = populated.read_bytes()
    result = measure(6, tmp_path / "run", populated=populated, rounds=2)
    assert "6 articles:" in result["populated_summary"]
    assert result["populated_per_s"] > 0 and result["populated_slowdown"] > 0
    assert "time populated/fresh" in report(result)
    assert populated.read_bytes() == before


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="how many (default 500)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each; the best counts")
    parser.add_argument(
        "--populated",
        type=Path,
        metavar="DB",
        help="a large tracker SQLite database (harness.py --workdir DIR leaves one there)",
    )
    args = parser.parse_args(argv)
    populated = args.populated
    if populated is not None and populated.is_dir():
        populated = populated / "bench-1000000.db"
    if populated is not None and not populated.is_file():
        parser.error(f"no database at {populated}")
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as folder:
        result = measure(args.articles, Path(folder), populated=populated, rounds=args.rounds)
        print(report(result))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
