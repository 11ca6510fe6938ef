"""Accuracy figures of tracker.extract: the seed, the fixture corpus and PolNeAR.

Runs the extractor over each corpus, writes the contract's JSON Lines to a temporary folder
and prints what the shared scorers (../shared/eval/) make of them.

    python tests/eval_report.py [--split dev|train] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
POLNEAR = SHARED / "corpora" / "polnear"
sys.path.insert(0, str(REPO))

from tracker.extract import contract_json, extract, read_meta  # noqa: E402


def _date(value: str | None) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def write_predictions(texts: dict[Path, datetime.date | None], out: Path) -> Path:
    """One contract object per article, as ``tracker ingest --dry-run --json`` prints."""
    with out.open("w", encoding="utf-8") as f:
        for path, published in texts.items():
            text = path.read_text(encoding="utf-8")
            meta = read_meta(text)
            ref = meta.published or published
            article = {
                "path": str(path),
                "id": path.stem,
                "title": meta.title,
                "outlet": meta.outlet,
                "published": ref,
                "dateline_place": meta.dateline_place,
                "language": meta.language,
            }
            f.write(json.dumps(contract_json(article, extract(text, published=ref))) + "\n")
    return out


def gold_texts(gold: Path, folder: Path) -> dict[Path, datetime.date | None]:
    articles = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    return {
        folder / f"{a['id']}.txt": _date(a.get("published"))
        for a in articles
        if (folder / f"{a['id']}.txt").exists()
    }


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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--show", type=int, default=0, help="list up to N PolNeAR misses")
    args = ap.parse_args(argv)
    keys = (
        "detection_precision",
        "detection_recall",
        "detection_f1",
        "speaker_accuracy",
        "date_accuracy",
        "who_when_f1",
    )
    with tempfile.TemporaryDirectory() as tmp:
        seed = SHARED / "seed"
        if (seed / "gold.json").exists():
            pred = write_predictions(gold_texts(seed / "gold.json", seed), Path(tmp) / "seed.jsonl")
            figures = score(seed / "gold.json", pred, seed)
            print("seed     ", "  ".join(f"{k} {figures[k]}" for k in keys))
        fixtures = REPO / "fixtures"
        if (fixtures / "gold.json").exists():
            texts = gold_texts(fixtures / "gold.json", fixtures / "articles")
            pred = write_predictions(texts, Path(tmp) / "fixtures.jsonl")
            figures = score(fixtures / "gold.json", pred, fixtures / "articles")
            print("fixtures ", "  ".join(f"{k} {figures[k]}" for k in keys))
        if POLNEAR.exists():
            pred = write_predictions(polnear_texts(args.split), Path(tmp) / "polnear.jsonl")
            figures = score_polnear(args.split, pred, args.show)
            print(
                f"polnear {args.split}  P {figures['precision']}  R {figures['recall']}  "
                f"F1 {figures['f1']}  speaker {figures['speaker_accuracy']} "
                f"(on {figures['speaker_checked']})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
