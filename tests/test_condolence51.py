"""A condolence or an apology put in words, whatever verb gives it: "sent her sincere
condolences to ...", "offered his heartfelt sympathy to ..." are a statement of the one who
gives it, as "expressed his condolences" is; an adjective of the formula may stand before the
noun, and a "that" after the ones it goes to ("to those that lost relatives") is their
relative, no clause of the words. Not "sent a delegation": no condolence, no words.
Sentences written here, in the manner of a foreign ministry's weekly round-up, a UN page
and wire copy."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2023, 9, 12)

CONDOLENCES = [
    (
        "The following statement was issued today by the Spokesperson for UN "
        "Secretary-General Antonio Guterres:\n\n"
        "The Secretary-General is following the news from Morocco.\n\n"
        "He sends his deepest condolences to those who lost loved ones and to the people "
        "of Morocco.\n",
        "Antonio Guterres",
        "sends his deepest condolences",
    ),
    (
        "RABAT, Sept 12 (Reuters) - Spanish Foreign Minister Jose Manuel Albares on Tuesday "
        "sent his sincere condolences to the people of Morocco after the earthquake.\n",
        "Jose Manuel Albares",
        "sent his sincere condolences",
    ),
    (
        "LONDON, Sept 12 - Foreign Secretary James Cleverly offered his deepest sympathy to "
        "those who lost relatives in the earthquake, speaking in Parliament on Tuesday.\n",
        "James Cleverly",
        "offered his deepest sympathy",
    ),
    (
        "London, 12 September 2023\n\nOn Tuesday, Minister of State Andrew Mitchell sent his "
        "heartfelt condolences to those that lost family members in the floods in Libya.\n",
        "Andrew Mitchell",
        "sent his heartfelt condolences",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start"), CONDOLENCES)
def test_a_condolence_given_is_a_statement(
    tmp_path: Path, text: str, speaker: str, start: str
) -> None:
    found = ingested_statements(tmp_path, text, PUBLISHED)
    assert any(s["speaker"] == speaker and s["text"].startswith(start) for s in found), found


@pytest.mark.parametrize("verb", ["sent a delegation", "sent aid"])
def test_no_condolence_no_words(tmp_path: Path, verb: str) -> None:
    text = (
        f"RABAT, Sept 12 (Reuters) - Spanish Foreign Minister Jose Manuel Albares {verb} "
        "to Morocco after the earthquake.\n"
    )
    assert ingested_statements(tmp_path, text, PUBLISHED) == []
