"""The real corpus's work halves, hard-wrapped as a plain-text copy would be, read as given.

Users paste articles from e-mail newsletters, plain-text feeds and terminals, their lines
broken at a fixed width. Each article of the work halves of `dev` and `dev-ru` (the ones
read while writing rules; the held-out halves are only scored) is wrapped at 72 columns, as
such copies are, and must give the statements its unwrapped text gives: speaker, date and
first words. Skipped when the shared evaluation folder is absent.
"""

from __future__ import annotations

import datetime
import json
import re
import textwrap

import pytest

from tests.eval_report import SHARED
from tracker.extract import extract

CORPUS = SHARED / "corpora" / "diplomatic"
WIDTH = 72
# an article wrapped exactly where its headline or a caption filled the line is, by its
# lengths alone, one paragraph with the next: at most this share may read differently
ALLOWED_SHARE = 0.05


def _work_half(folder: str) -> list[tuple[str, datetime.date, str]]:
    gold = CORPUS / folder / "gold.json"
    if not gold.exists():
        pytest.skip(f"the real corpus is not here: {gold} (the shared evaluation folder)")
    articles = json.loads(gold.read_text(encoding="utf-8"))["articles"]
    return [
        (
            a["id"],
            datetime.date.fromisoformat(a["published"]),
            (CORPUS / folder / "texts" / f"{a['id']}.txt").read_text(encoding="utf-8"),
        )
        for a in articles
        if int(re.sub(r"\D", "", a["id"]) or 0) % 2 == 1
    ]


def _wrapped(text: str) -> str:
    return "\n".join(
        "\n".join(textwrap.wrap(line, WIDTH)) if len(line) > WIDTH else line
        for line in text.split("\n")
    )


def _read(text: str, published: datetime.date) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.said_on, " ".join(s.text.split()[:6]))
        for s in extract(text, published=published)
    ]


@pytest.mark.parametrize("folder", ["dev", "dev-ru"])
def test_a_wrapped_copy_reads_as_the_article_does(folder: str) -> None:
    articles = _work_half(folder)
    differ = [
        aid
        for aid, published, text in articles
        if _read(_wrapped(text), published) != _read(text, published)
    ]
    assert len(differ) <= ALLOWED_SHARE * len(articles), differ
