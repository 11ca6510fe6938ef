"""Accuracy figures of tracker.extract: the seed, the fixtures, the real diplomatic corpus
and PolNeAR, and what each needs.

Every figure is scored by the scorers in ../shared/eval, which are not in the repository:
the shared folder beside it (TRACKER_SHARED names another place) holds them, the seed
article and the real diplomatic corpus (not redistributable), and a copy of PolNeAR
(public). The fixture corpus is in the repository. A figure whose inputs are missing is
not run and the report says what is missing and where it comes from;
`--needs` prints only that.

Runs the extractor over each corpus the way `tracker ingest --dry-run --json` does (the
article's metadata merged with the gold's publication date and URL, as `--published` and
`--url` pass them), writes the contract's JSON Lines to a temporary folder and prints what
the shared scorers (../shared/eval/) make of them. PolNeAR is read as `--unnamed` reads:
its annotators count the words of unnamed sources ("a senior official said") as
attributions, which the diplomatic annotation (and tracker's default) leaves out, since no
one can be recorded for them.

The real diplomatic corpus is split once, by article id: articles whose number is odd
(c01, m03, ru05 ...) are the half looked at while working; even numbers are the held-out
half, only scored. Both halves and the whole are reported, each beside a baseline: the
date accuracy the same statements would get if every date were the article's publication
day (the date logic earns its place only by beating it).

Recording is measured too (recording_figures): the articles are ingested through the
Python API into a fresh SQLite database loaded with the fixture gazetteer, and what
landed in the tables is compared with the gold: statements stored under the gold
speaker's own record, officials created that are no gold speaker (the titles, places,
headings and organisations the issue counts, but also any real person quoted whose words
the gold does not count: a reader tells these apart by the names, printed for the work
half and the fixtures), and people recorded twice (a surname-only record beside the full name).

    python tests/eval_report.py [--split dev|train] [--show N] [--needs]
"""

from __future__ import annotations

import argparse
import csv
import datetime
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TRACKER_SHARED") or REPO.parent / "shared")
POLNEAR = SHARED / "corpora" / "polnear"
DIPLOMATIC = SHARED / "corpora" / "diplomatic"
sys.path.insert(0, str(REPO))

from tracker import reader  # noqa: E402
from tracker.article import Overrides, checked_overrides  # noqa: E402
from tracker.services.ingest import prepare  # noqa: E402

GAZETTEER = REPO / "fixtures" / "gazetteer.popolo.json"
# Words before a name that are no part of it: "MR MILLER" is Matthew Miller's surname.
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "madam", "madame", "mister"}


def _date(value: str | None) -> datetime.date | str | None:
    """A gold publication date as `--published` takes it: a day, or the "2020-09" (or
    "2020") of a page known only to the month or year, passed on as the user types it."""
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return value if re.fullmatch(r"\d{4}(?:-\d{2})?", value) else None


def _overrides(published: datetime.date | str | None, url: str | None) -> Overrides:
    """What `tracker ingest --published P --url U` passes (a month or year read as it reads
    them)."""
    if isinstance(published, str):
        return replace(checked_overrides(published=published), url=url)
    return Overrides(published=published, url=url)


def write_predictions(
    texts: dict[Path, datetime.date | str | None],
    out: Path,
    urls: dict[Path, str] | None = None,
    unnamed: bool = False,
) -> Path:
    """One contract object per article, as ``tracker ingest --dry-run --json`` prints (with
    ``--unnamed`` when ``unnamed``): through the same ``prepare`` the command uses."""
    with out.open("w", encoding="utf-8") as f:
        for path, published in texts.items():
            overrides = _overrides(published, (urls or {}).get(path))
            prepared = prepare(
                reader.Input(str(path), "file"), overrides=overrides, unnamed=unnamed
            )
            f.write(json.dumps(prepared.contract(), ensure_ascii=False) + "\n")
    return out


def gold_texts(gold: Path, folder: Path) -> dict[Path, datetime.date | str | None]:
    articles = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    return {
        folder / f"{a['id']}.txt": _date(a.get("published"))
        for a in articles
        if (folder / f"{a['id']}.txt").exists()
    }


def is_held_out(article_id: str) -> bool:
    """The held-out half of the real corpus: article ids whose number is even."""
    digits = re.sub(r"\D", "", article_id)
    return bool(digits) and int(digits) % 2 == 0


def gold_subset(gold: Path, keep, out: Path) -> Path:
    """A gold file holding only the articles whose id ``keep`` accepts."""
    data = json.loads(gold.read_text(encoding="utf-8"))
    data["articles"] = [a for a in data["articles"] if keep(a["id"])]
    out.write_text(json.dumps(data), encoding="utf-8")
    return out


def with_publication_days(pred: Path, gold: Path, out: Path) -> Path:
    """The predictions ``pred`` with every statement dated on its article's publication day
    (from ``gold``): the baseline a statement's own date evidence has to beat."""
    published = {a["id"]: a.get("published") for a in json.loads(gold.read_text())["articles"]}
    with out.open("w", encoding="utf-8") as f:
        for line in pred.read_text(encoding="utf-8").splitlines():
            contract = json.loads(line)
            day = published.get(Path(contract["article"].get("path") or "").stem)
            for statement in contract["statements"]:
                statement["said_on"] = day or statement["said_on"]
            f.write(json.dumps(contract, ensure_ascii=False) + "\n")
    return out


def gold_urls(gold: Path, folder: Path) -> dict[Path, str]:
    articles = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    return {folder / f"{a['id']}.txt": a["url"] for a in articles if a.get("url")}


def polnear_texts(split: str) -> dict[Path, datetime.date | None]:
    published = {}
    with (POLNEAR / "metadata.tsv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            published[row["filename"]] = _date(row["publication_date"])
    folder = POLNEAR / split / "text"
    return {p: published.get(p.stem) for p in sorted(folder.glob("*.txt"))}


def score(gold: Path, pred: Path, texts: Path) -> dict:
    out = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            str(gold),
            str(pred),
            "--texts",
            str(texts),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def score_polnear(split: str, pred: Path, show: int = 0) -> dict:
    cmd = [sys.executable, str(SHARED / "eval" / "polnear.py"), str(POLNEAR / split), str(pred)]
    if show:
        print(
            subprocess.run(
                cmd + ["--show", str(show)], capture_output=True, text=True, check=True
            ).stdout
        )
    out = subprocess.run(cmd + ["--json"], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


@dataclass(frozen=True)
class Figure:
    """One accuracy figure: what it measures, the files it needs and where they come from."""

    name: str
    measures: str
    needs: tuple[Path, ...]
    origin: str

    def missing(self) -> list[Path]:
        return [path for path in self.needs if not path.exists()]

    def in_clone(self) -> bool:
        """Whether a clone of the repository alone holds everything it needs."""
        return all(REPO in path.resolve().parents for path in self.needs)


SCORER = SHARED / "eval" / "score.py"
KIT = "the shared evaluation folder handed out beside the repository (../shared), not in it"
FIGURES = (
    Figure(
        "seed",
        "the TASS article of 17 Dec 2021 the project began with: its 7 statements",
        (SHARED / "seed" / "seed.txt", SHARED / "seed" / "gold.json", SCORER),
        f"article, gold and scorer: {KIT}",
    ),
    Figure(
        "fixtures",
        "45 articles written for tracker in 9 styles, 281 gold statements",
        (REPO / "fixtures" / "gold.json", REPO / "fixtures" / "articles", SCORER),
        f"fixtures/ is in the repository; the scorer (eval/score.py) is in {KIT}",
    ),
    *(
        Figure(
            f"diplomatic {split}",
            "real article excerpts from many outlets (wire, briefings, transcripts), "
            f"annotated by hand{' (Russian)' if split.endswith('ru') else ''}",
            (DIPLOMATIC / split / "gold.json", DIPLOMATIC / split / "texts", SCORER),
            f"corpus (not redistributable) and scorer: {KIT}",
        )
        for split in ("dev", "dev-ru")
    ),
    Figure(
        "recording",
        "what ingest stores for the fixtures and the diplomatic dev halves: statements "
        "under the gold speaker's record, officials that are no person, people twice",
        (REPO / "fixtures" / "gold.json", GAZETTEER, SCORER),
        "fixtures/ and the gazetteer are in the repository; the scorer's matching "
        f"(eval/score.py) and the diplomatic corpus are in {KIT}",
    ),
    Figure(
        "polnear",
        "PolNeAR: 84 (dev) or 840 (train) real US political news articles",
        (POLNEAR / "metadata.tsv", POLNEAR / "dev", SHARED / "eval" / "polnear.py"),
        "PolNeAR v1.0.0 is public (github.com/networkdynamics/PolNeAR; Newell, Margolin, "
        f"Ruths, LREC 2018), copied with its scorer (eval/polnear.py) into {KIT}",
    ),
)


def _shown(path: Path) -> str:
    return os.path.relpath(path, REPO)


def print_needs() -> None:
    """What each figure needs, whether it is here, and which a clone alone reproduces."""
    print(f"What each figure needs (the shared folder looked for: {_shown(SHARED)}):")
    for figure in FIGURES:
        missing = figure.missing()
        state = "ready" if not missing else "missing " + ", ".join(map(_shown, missing))
        print(f"  {figure.name}: {figure.measures}")
        print(f"    needs {', '.join(map(_shown, figure.needs))} ({state})")
        print(f"    from: {figure.origin}")
    alone = [f.name for f in FIGURES if f.in_clone()]
    print(
        "A clone alone reproduces: "
        + (", ".join(alone) if alone else "none of them: every figure is scored by "
           "../shared/eval; with that folder beside the clone, the fixtures figure needs "
           "nothing else")
    )  # fmt: skip


@dataclass
class Recording:
    """What ingest stored for a set of gold articles, judged against their gold.

    right: required gold statements by a person found in the database under that person's
    own record; found: those found at all (cited where the gold statement starts); gold:
    all of them. not_gold: officials created that are no gold speaker, whole or part
    of the name. duplicates: pairs of officials that are one person (one's name within
    the other's, or both within one gold speaker's name), at least one of them created.
    """

    right: int = 0
    found: int = 0
    gold: int = 0
    not_gold: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)

    def line(self, names: bool) -> str:
        text = (
            f"official right {self.right}/{self.found} found ({self.gold} gold)  "
            f"created, no gold speaker {len(self.not_gold)}  duplicates {len(self.duplicates)}"
        )
        if names and self.not_gold:
            text += "\n    created, no gold speaker: " + "; ".join(self.not_gold)
        if names and self.duplicates:
            text += "\n    duplicates: " + "; ".join(f"{a} ~ {b}" for a, b in self.duplicates)
        return text


def _name_words(name: str) -> tuple[str, ...]:
    from tracker.names import name_key

    return tuple(w for w in name_key(name).split() if w not in HONORIFICS)


def _within(part: tuple[str, ...], whole: tuple[str, ...]) -> bool:
    """Whether a name's words are some of another's, in order: "Bin Farhan" within
    "Faisal bin Farhan Al Saud" (but not "Saud al-Faisal", another man)."""
    words = iter(whole)
    return bool(part) and all(w in words for w in part)


def _gold_names(statement: dict) -> list[str]:
    return [statement["speaker"], *(statement.get("speaker_aliases") or [])]


def _scorer():
    """The shared scorer as a module, for its matching of stored statements to gold ones."""
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def recording_figures(articles: list[dict], folder: Path, gazetteer: Path = GAZETTEER) -> Recording:
    """Ingest each gold article (its publication date and URL passed as `--published` and
    `--url` pass them) into a fresh SQLite database loaded with `gazetteer`, one article
    per transaction, and judge the stored statements and officials against the gold."""
    from sqlmodel import select

    from tracker import Tracker
    from tracker.errors import InvalidInput
    from tracker.models import Citation, Official, OfficialAlias, Statement
    from tracker.services.popolo_import import import_popolo

    score = _scorer()
    result = Recording()
    people = [
        _name_words(name)
        for a in articles
        for st in a["statements"]
        if st.get("speaker_type", "person") == "person" and st.get("speaker")
        for name in _gold_names(st)
    ]
    with tempfile.TemporaryDirectory() as tmp, Tracker(f"sqlite:///{tmp}/recording.db") as db:
        with db.database.transaction() as s:
            import_popolo(session=s, data=json.loads(gazetteer.read_text(encoding="utf-8")))
            known = set(s.exec(select(Official.id)).all())
        for a in articles:
            path = folder / f"{a['id']}.txt"
            try:
                done = db.ingest_file(path, published=a.get("published"), url=a.get("url"))
            except InvalidInput:
                done = {"source_id": None}
            stored = []
            if done["source_id"] is not None:
                with db.database.transaction(write=False) as s:
                    rows = s.exec(
                        select(Citation.start, Citation.end, Citation.quote, Statement.official_id)
                        .join(Statement, Statement.id == Citation.statement_id)
                        .where(Citation.source_id == done["source_id"])
                        .order_by(Citation.start)
                    ).all()
                stored = [
                    {"text": quote or "", "span": [start, end], "official_id": official_id}
                    for start, end, quote, official_id in rows
                ]
            wanted = [
                st
                for st in a["statements"]
                if st.get("speaker_type", "person") == "person" and not st.get("optional")
            ]
            text = path.read_text(encoding="utf-8")
            pairs = score.match_article(wanted, stored, text)
            result.gold += len(wanted)
            result.found += len(pairs)
            with db.database.transaction(write=False) as s:
                for gold, found in pairs:
                    if found["official_id"] is None:
                        continue
                    keys = {
                        _name_words(alias)
                        for alias in s.exec(
                            select(OfficialAlias.alias).where(
                                OfficialAlias.official_id == found["official_id"]
                            )
                        )
                    }
                    if keys & {_name_words(name) for name in _gold_names(gold)}:
                        result.right += 1
        with db.database.transaction(write=False) as s:
            names: dict[int, list[tuple[str, ...]]] = {}
            aliases = s.exec(select(OfficialAlias.official_id, OfficialAlias.alias))
            for official_id, alias in aliases:
                names.setdefault(official_id, []).append(_name_words(alias))
            display = dict(s.exec(select(Official.id, Official.name)).all())
    created = sorted(set(display) - known)
    for official_id in created:
        if not any(_within(w, person) for w in names[official_id] for person in people):
            result.not_gold.append(display[official_id])
    for one, other in combinations(sorted(display), 2):
        if one in known and other in known:
            continue
        within = any(_within(a, b) or _within(b, a) for a in names[one] for b in names[other])
        shared = any(
            _within(a, person) and _within(b, person)
            for person in people
            for a in names[one]
            for b in names[other]
        )
        if within or shared:
            result.duplicates.append((display[one], display[other]))
    return result


def print_recording() -> None:
    """The recording figures of the real corpus's halves and of the fixtures."""
    sets = []
    corpus = DIPLOMATIC / "dev"
    if (corpus / "gold.json").exists():
        articles = json.loads((corpus / "gold.json").read_text(encoding="utf-8"))["articles"]
        work = [a for a in articles if not is_held_out(a["id"])]
        held = [a for a in articles if is_held_out(a["id"])]
        sets += [("diplomatic dev work", work, corpus / "texts", True)]
        sets += [("diplomatic dev held-out", held, corpus / "texts", False)]
    fixtures = REPO / "fixtures"
    if (fixtures / "gold.json").exists():
        articles = json.loads((fixtures / "gold.json").read_text(encoding="utf-8"))["articles"]
        sets += [("fixtures", articles, fixtures / "articles", True)]
    for name, articles, folder, show in sets:
        figures = recording_figures(articles, folder)
        print(f"{'recording ' + name:34}", figures.line(names=show))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--show", type=int, default=0, help="list up to N PolNeAR misses")
    ap.add_argument("--needs", action="store_true", help="only say what each figure needs")
    args = ap.parse_args(argv)
    print_needs()
    if args.needs:
        return 0
    print()
    keys = (
        "detection_precision",
        "detection_recall",
        "detection_f1",
        "speaker_accuracy",
        "date_accuracy",
        "who_when_f1",
    )
    ready = {f.name: not f.missing() for f in FIGURES}
    for name, is_ready in ready.items():
        if not is_ready:
            print(f"{name}: not run (see what it needs above)")
    with tempfile.TemporaryDirectory() as tmp:
        seed = SHARED / "seed"
        if ready["seed"]:
            pred = write_predictions(gold_texts(seed / "gold.json", seed), Path(tmp) / "seed.jsonl")
            figures = score(seed / "gold.json", pred, seed)
            print("seed     ", "  ".join(f"{k} {figures[k]}" for k in keys))
        fixtures = REPO / "fixtures"
        if ready["fixtures"]:
            texts = gold_texts(fixtures / "gold.json", fixtures / "articles")
            pred = write_predictions(texts, Path(tmp) / "fixtures.jsonl")
            figures = score(fixtures / "gold.json", pred, fixtures / "articles")
            print("fixtures ", "  ".join(f"{k} {figures[k]}" for k in keys))
        for name in ("dev", "dev-ru"):
            corpus = DIPLOMATIC / name
            if not ready[f"diplomatic {name}"]:
                continue
            gold, folder = corpus / "gold.json", corpus / "texts"
            texts = gold_texts(gold, folder)
            pred = write_predictions(texts, Path(tmp) / f"{name}.jsonl", gold_urls(gold, folder))
            baseline = with_publication_days(pred, gold, Path(tmp) / f"{name}-pub.jsonl")
            halves = {
                "work": gold_subset(gold, lambda i: not is_held_out(i), Path(tmp) / "work.json"),
                "held-out": gold_subset(gold, is_held_out, Path(tmp) / "held.json"),
                "all": gold,
            }
            for half, half_gold in halves.items():
                figures = score(half_gold, pred, folder)
                pub_day = score(half_gold, baseline, folder)["date_accuracy"]
                print(
                    f"{'diplomatic ' + name + ' ' + half:26}",
                    "  ".join(f"{k} {figures[k]}" for k in keys),
                    f"(date if all on the publication day {pub_day})",
                )
        if ready["polnear"] and (POLNEAR / args.split).exists():
            # PolNeAR annotates every attribution, unnamed sources too: read as --unnamed
            pred = write_predictions(
                polnear_texts(args.split), Path(tmp) / "polnear.jsonl", unnamed=True
            )
            figures = score_polnear(args.split, pred, args.show)
            print(
                f"polnear {args.split}  P {figures['precision']}  R {figures['recall']}  "
                f"F1 {figures['f1']}  speaker {figures['speaker_accuracy']} "
                f"(on {figures['speaker_checked']})"
            )
    if ready["recording"]:
        print_recording()
    return 0


if __name__ == "__main__":
    sys.exit(main())
