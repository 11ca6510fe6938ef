"""An occasion's audience told, inside unquoted words (issue 8, round nineteen): "The hard
part, he told the signing ceremony, would be implementation." The ceremony, a seminar, a
reception or a party congress heard the words as a summit or a forum does; it is no part of
what was said, which runs from the sentence's start around the aside. Each test in new
words."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2024, 3, 14)


@pytest.mark.parametrize(
    "hearers",
    [
        "the signing ceremony",
        "a seminar in Colombo",
        "the party congress",
        "a reception at the embassy",
        "the closing plenary",
        "a symposium on maritime law",
    ],
)
def test_words_around_an_occasion_told(hearers: str) -> None:
    text = (
        "Truce signed in Addis Ababa\n\n"
        "ADDIS ABABA, March 14 (Reuters) - Former Malawian President Peter Banda said on "
        "Thursday the truce was only a start.\n\n"
        f"The real work, Banda told {hearers}, would begin once the guns fell silent.\n"
    )
    found = [(s.speaker, s.text) for s in extract(text, published=THURSDAY)]
    assert any(spk == "Peter Banda" and said.startswith("The real work") for spk, said in found)
    assert not any(said.startswith(hearers) for _, said in found)


def test_an_event_attended_is_no_words() -> None:
    text = "Truce signed\n\nThe ceremony was attended by Banda and two envoys.\n"
    assert extract(text, published=THURSDAY) == []
