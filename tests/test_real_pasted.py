"""The real corpus's work halves, copied as feeds, browsers, e-mails and Markdown copy them,
read as given.

Each article of the work halves of `dev` and `dev-ru` (the ones read while writing rules;
the held-out halves are only scored) is turned into a user's copy of it: its marks as HTML
entities, some of its spaces no-break ones, its lines tab-indented, its headline a Markdown
heading and its quotations bold, a bullet before each body paragraph. Read as the tracker
reads a pasted file, each copy must give the statements the article gives: speaker, date
and first words. Skipped when the shared evaluation folder is absent.
"""

from __future__ import annotations

import datetime
import re

import pytest

from tests.test_real_wrapped import _work_half
from tracker import reader
from tracker.extract import extract

# at most this share of the articles may read differently in a copy
ALLOWED_SHARE = 0.05


def _entities(text: str) -> str:
    for char, entity in {
        "\u201c": "&ldquo;",
        "\u201d": "&rdquo;",
        "\u2019": "&rsquo;",
        '"': "&quot;",
        "\u00ab": "&laquo;",
        "\u00bb": "&raquo;",
    }.items():
        text = text.replace(char, entity)
    return text


def _nbsp(text: str) -> str:
    """Every third space between words a no-break one."""
    count = iter(range(len(text)))
    return re.sub(r"(?<=\w) (?=\w)", lambda m: "\u00a0" if next(count) % 3 == 0 else " ", text)


def _tabs(text: str) -> str:
    return "\n".join("\t" + line if line.strip() else line for line in text.split("\n"))


def _markdown(text: str) -> str:
    head, _, body = text.partition("\n\n")
    return "# " + head + "\n\n" + re.sub("(\u201c[^\u201d\n]+\u201d)", r"**\1**", body)


def _bullets(text: str) -> str:
    head, *body = text.split("\n\n")
    return "\n\n".join([head, *("\u2022 " + p for p in body)])


COPIES = {
    "entities": _entities,
    "nbsp": _nbsp,
    "tabs": _tabs,
    "markdown": _markdown,
    "bullets": _bullets,
}


def _read(text: str, published: datetime.date) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.said_on, " ".join(s.text.split()[:6]))
        for s in extract(reader.text_document(text).text, published=published)
    ]


@pytest.mark.parametrize("copy", COPIES.values(), ids=COPIES.keys())
@pytest.mark.parametrize("folder", ["dev", "dev-ru"])
def test_a_pasted_copy_reads_as_the_article_does(folder: str, copy) -> None:
    articles = _work_half(folder)
    differ = [
        aid
        for aid, published, text in articles
        if _read(copy(text), published) != _read(text, published)
    ]
    assert len(differ) <= ALLOWED_SHARE * len(articles), differ
