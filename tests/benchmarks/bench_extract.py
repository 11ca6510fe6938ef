"""Speed of tracker.extract on one core, against a plain regex scan of the same texts.

    python tests/benchmarks/bench_extract.py [--repeat 3] [--limit N]

The texts are the PolNeAR articles beside the repository (../shared/corpora/polnear) when
present, else the fixture articles. The baseline, measured in the same run, finds every quote
mark and verb of saying with one regular expression: the least any extractor must do. Printed:
articles per second for both and the ratio. The target is at least 50 articles per second.
"""

from __future__ import annotations

import argparse
import datetime
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tracker.extract import extract, read_meta  # noqa: E402

POLNEAR = REPO.parent / "shared" / "corpora" / "polnear"
REFERENCE = datetime.date(2016, 6, 1)
_SCAN = re.compile(r"[\"\u201c\u201d\u00ab\u00bb]|\b(?:said|says|told|according to|added)\b")


def load_texts(limit: int | None = None) -> list[str]:
    """The benchmark corpus: PolNeAR train and dev, or the fixture articles."""
    paths = sorted(POLNEAR.glob("*/text/*.txt")) or sorted((REPO / "fixtures").glob("**/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths[:limit]]


def run_extractor(texts: list[str]) -> int:
    count = 0
    for text in texts:
        read_meta(text)
        count += len(extract(text, published=REFERENCE))
    return count


def run_baseline(texts: list[str]) -> int:
    return sum(len(_SCAN.findall(text)) for text in texts)


def rate(func: Callable[[list[str]], int], texts: list[str], repeat: int) -> float:
    """Articles per second: the median of ``repeat`` passes over all texts."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func(texts)
        times.append(time.perf_counter() - start)
    return len(texts) / statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="use only the first N articles")
    args = ap.parse_args(argv)
    texts = load_texts(args.limit)
    if not texts:
        print("no texts to measure", file=sys.stderr)
        return 1
    extractor = rate(run_extractor, texts, args.repeat)
    baseline = rate(run_baseline, texts, args.repeat)
    size = sum(map(len, texts)) / len(texts)
    print(f"articles {len(texts)} (mean {size:,.0f} characters)")
    print(f"extract   {extractor:10,.1f} articles/s")
    print(f"baseline  {baseline:10,.1f} articles/s (one regex scan for quotes and cues)")
    print(f"ratio     {extractor / baseline:10.4f} (extract / baseline)")
    return 0


def test_bench_extract_runs_on_a_few_articles() -> None:
    """Keeps the benchmark runnable; times are printed by the script, never asserted."""
    texts = load_texts(5) or ['"We are ready," the minister said on Friday.']
    assert rate(run_extractor, texts, 1) > 0
    assert rate(run_baseline, texts, 1) > 0
    assert main(["--repeat", "1", "--limit", "3"]) == 0


if __name__ == "__main__":
    sys.exit(main())
