"""How fast `tracker ingest` records articles into SQLite, against extraction alone.

Writes N synthetic wire articles (seeded, so runs compare: 40 officials at a
dozen institutions, about six statements each, every quote different), then
times, in one process:

* extraction alone: read each file, settle its metadata, extract statements;
* ingest end to end: `tracker ingest DIR --yes` into a fresh SQLite file, i.e.
  the same plus speaker matching, roles, dedupe and one transaction per article.

It prints both rates in articles per second, by the wall clock and by CPU
time (steadier when other work shares the machine), and their ratio (the
share of extraction speed that ingest keeps). Run it as a script:

    python tests/benchmarks/bench_ingest.py --articles 1000

pytest runs a tiny version so that it never rots.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

PUBLISHED = date(2021, 12, 17)
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


def ingest_end_to_end(folder: Path, db_path: Path) -> tuple[float, float, str]:
    """Wall and CPU seconds of `tracker ingest DIR --yes` into a new SQLite file; its summary."""
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


def measure(count: int, workdir: Path) -> dict[str, float | int | str]:
    paths = write_articles(workdir / "articles", count)
    extract_s, extract_cpu, found = extraction_alone(paths)
    ingest_s, ingest_cpu, summary = ingest_end_to_end(workdir / "articles", workdir / "bench.db")
    return {
        "articles": count,
        "statements_found": found,
        "extract_per_s": count / extract_s,
        "ingest_per_s": count / ingest_s,
        "ratio": extract_s / ingest_s,
        "extract_per_cpu_s": count / extract_cpu,
        "ingest_per_cpu_s": count / ingest_cpu,
        "cpu_ratio": extract_cpu / ingest_cpu,
        "summary": summary,
    }


def report(result: dict) -> str:
    return (
        f"{result['articles']} articles, {result['statements_found']} statements found\n"
        f"                          wall clock      CPU time (steadier on a busy machine)\n"
        f"extraction alone:        {result['extract_per_s']:8.1f}/s      "
        f"{result['extract_per_cpu_s']:8.1f}/s   articles (baseline)\n"
        f"ingest into SQLite:      {result['ingest_per_s']:8.1f}/s      "
        f"{result['ingest_per_cpu_s']:8.1f}/s   articles\n"
        f"ratio ingest/extraction: {result['ratio']:8.3f}        {result['cpu_ratio']:8.3f}\n"
        f"tracker said: {result['summary']}"
    )


def test_bench_ingest_runs(tmp_path: Path) -> None:
    result = measure(6, tmp_path)
    assert result["statements_found"] >= 6 * 5
    assert "6 articles:" in result["summary"]
    assert result["ingest_per_s"] > 0 and result["ratio"] > 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="how many (default 500)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tracker-bench-") as folder:
        print(report(measure(args.articles, Path(folder))))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    sys.exit(main())
