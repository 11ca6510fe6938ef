"""Speed of Russian extraction against English extraction of texts of the same length.

    python tests/benchmarks/bench_extract_russian.py [--repeat 5]

Each Russian article (the real excerpts of ../shared/corpora/diplomatic/dev-ru when present,
else the articles written below) is paired with an English article (the diplomatic dev set,
else the fixtures) cut to the same number of characters, and both sets are extracted in the
same run. Printed: milliseconds per article for each language and the ratio of Russian to
English time; the target is at most 2. The morphological analyser's one-off load (about a
fifth of a second per process) is measured apart and printed too.
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

from tracker.extract import extract, read_meta  # noqa: E402

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


def seconds(texts: list[str], repeat: int) -> float:
    """Median seconds for one pass over ``texts``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run(texts)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


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
    ru = seconds(russian, repeat)
    en = seconds(english, repeat)
    return {
        "articles": len(russian),
        "characters": sum(map(len, russian)) / len(russian),
        "russian_ms": 1000 * ru / len(russian),
        "english_ms": 1000 * en / len(english),
        "ratio": ru / en,
        "load_s": load,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args(argv)
    m = measure(args.repeat)
    print(f"articles  {m['articles']} per language (mean {m['characters']:,.0f} characters)")
    print(f"russian   {m['russian_ms']:8.2f} ms per article")
    print(f"english   {m['english_ms']:8.2f} ms per article (cut to the same lengths)")
    print(f"ratio     {m['ratio']:8.2f} (russian / english; target at most 2)")
    print(f"analyser  {m['load_s']:8.2f} s to load once per process")
    return 0


def test_bench_extract_russian_runs() -> None:
    """Keeps the benchmark runnable; times are printed by the script, never asserted."""
    assert [len(e) for e in same_lengths(["абв" * 10], ["x" * 4])] == [30]  # a short one repeated
    assert [len(e) for e in same_lengths(WRITTEN, ENGLISH_WRITTEN)] == [len(r) for r in WRITTEN]
    assert run(WRITTEN) > 0
    assert main(["--repeat", "1"]) == 0


if __name__ == "__main__":
    sys.exit(main())
