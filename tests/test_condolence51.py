"""A condolence or an apology put in words, whatever verb gives it: "extends his deepest
condolences to ...", "sent her sincere condolences to ...", "offered his heartfelt sympathy
to ..." are a statement of the one who gives it, as "expressed his condolences" is; an
adjective of the formula may stand before the noun. Not "sent a delegation", "extended his
stay": no condolence, no words. Sentences written here, in the manner of a UN statement page,
a foreign ministry's release and wire copy."""

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
        "He extends his heartfelt condolences to the families of the victims and to the "
        "people of Morocco.\n",
        "Antonio Guterres",
        "extends his heartfelt condolences",
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
        "NEW DELHI, Sept 12 (PTI) - External Affairs Minister S. Jaishankar has extended "
        "deep condolences to the families of the victims of the floods in Libya.\n",
        "S. Jaishankar",
        "extended deep condolences",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "start"), CONDOLENCES)
def test_a_condolence_given_is_a_statement(
    tmp_path: Path, text: str, speaker: str, start: str
) -> None:
    found = ingested_statements(tmp_path, text, PUBLISHED)
    assert any(s["speaker"] == speaker and s["text"].startswith(start) for s in found), found


@pytest.mark.parametrize("verb", ["sent a delegation", "extended his stay"])
def test_no_condolence_no_words(tmp_path: Path, verb: str) -> None:
    text = (
        f"RABAT, Sept 12 (Reuters) - Spanish Foreign Minister Jose Manuel Albares {verb} "
        "to Morocco after the earthquake.\n"
    )
    assert ingested_statements(tmp_path, text, PUBLISHED) == []
