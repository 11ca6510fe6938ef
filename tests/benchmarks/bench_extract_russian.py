"""Speed of Russian extraction against English extraction of texts of the same length.

    python tests/benchmarks/bench_extract_russian.py [--repeat 5]

Each Russian article (the real excerpts of ../shared/corpora/diplomatic/dev-ru when present,
else the articles written below) is paired with an English article (the diplomatic dev set,
else the fixtures) cut to the same number of characters, and both sets are extracted in the
same run, the two languages taking turns, in CPU time. Printed: milliseconds per article
for each language and the ratio of Russian to English time; the target is at most 2. The
morphological analyser's one-off load (about a fifth of a second per process) is measured
apart and printed too.

Then long inputs: hostile Russian texts (statements packed densely, thousands of distinct
names, an unbalanced quote mark, one endless sentence, bare quotes, a statement a line) at a
quarter, half and all of READ_LIMIT (``--quick``: a twentieth, a tenth and a fifth), with the
CPU seconds each takes and the growth from the smallest (linear is about 4).
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tracker.extract import READ_LIMIT, extract, read_meta  # noqa: E402

DIPLOMATIC = REPO.parent / "shared" / "corpora" / "diplomatic"
REFERENCE = datetime.date(2021, 12, 17)
# Used when the shared corpora are absent: articles written for the benchmark.
WRITTEN = [
    "Рябков: Москва ждет ответа по гарантиям безопасности\n"
    "МОСКВА, 17 декабря. /ТАСС/. Москва рассчитывает получить от Вашингтона письменный ответ "
    "на предложения по гарантиям безопасности. Об этом заявил в пятницу журналистам замглавы "
    "МИД РФ Сергей Рябков.\n«Затягивать процесс мы не позволим. Ответ нужен в ближайшие "
    "недели», — подчеркнул дипломат.\nПо словам Рябкова, следующий раунд консультаций может "
    "пройти в январе в Женеве. Он добавил, что российская сторона передала проекты "
    "документов американским партнерам еще на прошлой неделе.\nРанее официальный "
    "представитель МИД России Мария Захарова заявила, что Москва не получала приглашения на "
    "встречу в рамках ОБСЕ.\n",
    "Москва. 17 декабря. INTERFAX.RU - Постоянный представитель России при ООН Василий "
    "Небензя считает, что Совет Безопасности должен вернуться к обсуждению ситуации в "
    'регионе.\n"Мы настаиваем на созыве заседания. Молчание в этой ситуации недопустимо", - '
    "сказал постпред в четверг.\nКак отметил Небензя, западные делегации пока не ответили "
    'на российское предложение. "Мы будем добиваться ответа", - добавил он.\n',
]
ENGLISH_WRITTEN = [
    "Russia wants answers on security guarantees, Ryabkov says\n"
    "MOSCOW, December 17. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov said on "
    "Friday that Moscow expected a written reply from Washington on its proposals.\n"
    '"We cannot wait forever. We need an answer within weeks," the diplomat stressed.\n'
    "According to Ryabkov, the next round of consultations could take place in January in "
    "Geneva. He added that Russia had handed its drafts to the American side last week.\n"
    "Earlier, Foreign Ministry spokeswoman Maria Zakharova said Moscow had received no "
    "invitation to a meeting within the OSCE framework.\n" * 2,
]


def russian_texts() -> list[str]:
    found = sorted((DIPLOMATIC / "dev-ru" / "texts").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in found] or list(WRITTEN)


def english_texts() -> list[str]:
    found = sorted((DIPLOMATIC / "dev" / "texts").glob("*.txt")) or sorted(
        (REPO / "fixtures" / "articles").glob("*.txt")
    )
    return [p.read_text(encoding="utf-8") for p in found] or list(ENGLISH_WRITTEN)


def same_lengths(russian: list[str], english: list[str]) -> list[str]:
    """For each Russian text, an English one cut to its length (longer ones first)."""
    pool = sorted(english, key=len, reverse=True)
    out = []
    for n, text in enumerate(russian):
        longer = [e for e in pool if len(e) >= len(text)] or pool[:1]
        source = longer[n % len(longer)]
        while len(source) < len(text):
            source += "\n" + source
        out.append(source[: len(text)])
    return out


def run(texts: list[str]) -> int:
    count = 0
    for text in texts:
        read_meta(text)
        count += len(extract(text, published=REFERENCE))
    return count


def seconds(texts: list[str]) -> float:
    """CPU seconds for one pass over ``texts`` (the machine is shared: the time other
    processes take is not ours)."""
    start = time.process_time()
    run(texts)
    return time.process_time() - start


def load_seconds() -> float:
    from tracker.extract.russian import morph

    start = time.perf_counter()
    morph.analyser()
    return time.perf_counter() - start


def measure(repeat: int) -> dict[str, float]:
    russian = russian_texts()
    english = same_lengths(russian, english_texts())
    load = load_seconds()
    run(russian[:1])  # warm the caches as a long-running ingest would be
    times = [(seconds(russian), seconds(english)) for _ in range(repeat)]  # interleaved
    ru = statistics.median(r for r, _ in times)
    en = statistics.median(e for _, e in times)
    return {
        "articles": len(russian),
        "characters": sum(map(len, russian)) / len(russian),
        "russian_ms": 1000 * ru / len(russian),
        "english_ms": 1000 * en / len(english),
        "ratio": ru / en,
        "load_s": load,
    }


# Hostile Russian inputs, one unit repeated ({n} numbers the repetition)
LONG_CASES = {
    "dense statements": "«Мы не отступим», — заявил министр Петров. «Переговоры окончены», — "
    "добавил он. Рябков сказал, что сделка мертва.\n\n",
    "distinct names": "Министр Анна{n} Смирнова{n} заявила, что все кончено. ",
    "unbalanced quote": "«Рябков заявил, что переговоры окончены и ничего не изменится. ",
    "one sentence": "переговоры окончены и ",
    "bare quotes": "«Нет». «Да». ",
    "a statement a line": "Лавров заявил, что переговоры окончены.\n",
}


def long_text(case: str, size: int) -> str:
    unit = LONG_CASES[case]
    parts = ["Рябков заявил, что "] if case == "one sentence" else []
    total = n = 0
    while total < size:
        piece = unit.format(n=n) if "{n}" in unit else unit
        parts.append(piece)
        total += len(piece)
        n += 1
    return "".join(parts)


def growth(sizes: list[int]) -> dict[str, list[float]]:
    """CPU seconds per case at each size."""
    out = {}
    for case in LONG_CASES:
        row = []
        for size in sizes:
            text = long_text(case, size)
            start = time.process_time()
            extract(text, published=REFERENCE)
            row.append(time.process_time() - start)
        out[case] = row
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--quick", action="store_true", help="long inputs up to a fifth of the limit")
    args = ap.parse_args(argv)
    m = measure(args.repeat)
    print(f"articles  {m['articles']} per language (mean {m['characters']:,.0f} characters)")
    print(f"russian   {m['russian_ms']:8.2f} ms per article")
    print(f"english   {m['english_ms']:8.2f} ms per article (cut to the same lengths)")
    print(f"ratio     {m['ratio']:8.2f} (russian / english; target at most 2)")
    print(f"analyser  {m['load_s']:8.2f} s to load once per process")
    sizes = [READ_LIMIT // d for d in ((20, 10, 5) if args.quick else (4, 2, 1))]
    shown = ", ".join(f"{n:,}" for n in sizes)
    print(f"long inputs (CPU seconds at {shown} characters; growth 1 -> 4 is linear)")
    for case, row in growth(sizes).items():
        times = "  ".join(f"{t:6.2f}" for t in row)
        print(f"  {case:20} {times}   growth {row[-1] / max(row[0], 1e-3):5.1f}")
    return 0


def test_bench_extract_russian_runs() -> None:
    """Keeps the benchmark runnable; times are printed by the script, never asserted."""
    assert [len(e) for e in same_lengths(["абв" * 10], ["x" * 4])] == [30]  # a short one repeated
    assert [len(e) for e in same_lengths(WRITTEN, ENGLISH_WRITTEN)] == [len(r) for r in WRITTEN]
    assert run(WRITTEN) > 0
    assert len(long_text("distinct names", 500)) >= 500
    assert "Анна3 " in long_text("distinct names", 500)
    assert [len(row) for row in growth([1000, 2000]).values()] == [2] * len(LONG_CASES)


if __name__ == "__main__":
    sys.exit(main())
