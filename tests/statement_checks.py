"""Checks the page-genre tests share: a page gives exactly the statements expected; and
the statements a page gives when ingested as a file (where the dateline taken moves the
day the words are counted from), and the day a pasted page gives when none is passed; and,
for the cost tests, the calls a function gets (counted, as no test may time the code)."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

import pytest

from tracker import reader
from tracker.article import Overrides
from tracker.extract import extract
from tracker.services.ingest import prepare


def assert_statements(
    text: str, published: datetime.date, expected: list[tuple[str, str, str]]
) -> None:
    """``text`` gives one statement per ``(speaker, first words, day)`` of ``expected``, in
    order: that speaker, words starting so, said on that day ("" for none)."""
    got = [(s.speaker, s.text, s.said_on or "") for s in extract(text, published=published)]
    assert len(got) == len(expected), got
    for (speaker, start, day), (got_speaker, got_text, got_day) in zip(expected, got, strict=True):
        assert got_speaker == speaker, got
        assert got_text.startswith(start), got
        assert got_day == day, got


def ingested_contract(
    tmp_path: Path,
    text: str,
    published: datetime.date | None = None,
    url: str | None = None,
) -> dict:
    """What ``tracker ingest FILE --dry-run --json`` prints for ``text`` read from a file,
    with the publication day and address given or not (a pasted page: the day read from it)."""
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    overrides = Overrides(published=published, url=url)
    return prepare(reader.Input(str(path), "file"), overrides=overrides).contract()


def ingested_statements(tmp_path: Path, text: str, published: datetime.date) -> list[dict]:
    """The statements ``text`` gives as ``tracker ingest`` reads it from a file published on
    ``published`` (the contract's dicts: speaker, text, said_on ...)."""
    return ingested_contract(tmp_path, text, published)["statements"]


def page_day(tmp_path: Path, text: str) -> str | None:
    """The publication day ``tracker ingest`` reads from ``text`` given without one."""
    return ingested_contract(tmp_path, text)["article"]["published"]


def count_calls(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[tuple]:
    """The arguments of every call to ``owner.name`` from now on (the function still runs):
    a cost test counts the work done instead of timing it."""
    real = getattr(owner, name)
    calls: list[tuple] = []

    def counted(*args: Any) -> Any:
        calls.append(args)
        return real(*args)

    monkeypatch.setattr(owner, name, counted)
    return calls
