"""A run of thousands of capitalised words is read once, not word by word.

A copy gone wrong (a page's menu repeated, a list of tags run together) can give a run of
thousands of capitalised words. Each was read as a speaker phrase with its first word peeled
off ("Visiting Foreign Minister X" is a participle before a post), again and again, until the
reading recursed too deep and extract() raised RecursionError; the search for a declared
nickname ("Joko Widodo (Jokowi)") tried every length of the run from every word of it.
Speed is measured in bench_worst_case ('capitalised words in one run'); here, that such a
text is read at all and names no one.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

DAY = datetime.date(2024, 12, 5)


@pytest.mark.parametrize("word", ["Morning", "Visiting", "Said"])
def test_a_run_of_thousands_of_capitalised_words_is_no_speaker(word: str) -> None:
    text = "LONDON, Dec 5 (Reuters) - " + " ".join([word] * 3000) + " said the talks would go on.\n"
    assert extract(text, published=DAY) == []


def test_a_phrase_longer_than_any_title_and_name_is_no_speaker() -> None:
    assert parse_speaker(" ".join(["Visiting"] * 100) + " Foreign Minister Anna Roe") is None
    # near miss: a long title with its name still reads
    found = parse_speaker("Visiting Deputy Foreign Minister of the Republic of Moldova Anna Roe")
    assert found is not None and found.name == "Anna Roe"
