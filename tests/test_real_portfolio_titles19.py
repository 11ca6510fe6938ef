"""A minister's field of two capitalised words before the name (issue 8, round nineteen):
"Minister for Foreign Trade X", "Minister of Defence Industry Y", "Minister for Water
Resources Z": the field's noun names a portfolio and is no given name, so the person is
the words after it; a one-word field and a field run on after "and" keep their names.
Each test in new words."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2024, 12, 6)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=FRIDAY)]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Belgian Minister for Foreign Trade", "Hadja Lahbib"),
        ("Minister of Foreign Trade", "Emil Dragnev"),
        ("Ukraine's Minister of Defence Industry", "Oleksandr Kamyshin"),
        ("Minister for Water Resources", "Tanvi Rao"),
        ("Deputy Minister of Foreign Trade", "Ling Hao"),
    ],
)
def test_two_word_field_before_the_name(title: str, name: str) -> None:
    text = f"{title} {name} said on Friday that the agreement would hurt beef farmers."
    assert _speakers(text) == [name]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Minister for Trade", "Kai Brennan"),
        ("Minister for Home Affairs", "Mira Costa"),
        ("Minister of Trade and Industry", "Tan Wei Ming"),
    ],
)
def test_fields_already_read_keep_their_names(title: str, name: str) -> None:
    text = f"{title} {name} said on Friday that the agreement would hurt beef farmers."
    assert _speakers(text) == [name]
