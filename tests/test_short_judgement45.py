"""A leader's short answer at a gaggle that judges the one asked about ("I think she will.",
"I know he was \u2014 is.": "I" and a verb of belief, then a clause on someone else), mended
on the way by a dash between two words and ending on its stop, holds a position: a
statement. "I" declining or managing the floor ("I think that is all.", "I don't have an
update.") and a sentence cut off by a dash stay the floor's. Pages written here, in the
manner of the White House's transcripts of remarks before a departure."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements
from tracker.extract.transcript_paragraphs import is_procedural

PUBLISHED = datetime.date(2023, 7, 12)

GAGGLE = (
    "Remarks by President Biden Before Marine One Departure\n\n"
    "South Lawn\n\n"
    "8:51 A.M. EDT\n\n"
    "Q Mr. President, will Sweden be in NATO by the end of the year?\n\n"
    "THE PRESIDENT: I think the Turkish parliament is going to move on it this fall.\n\n"
    "Q Is Erdogan still holding out for the fighter jets?\n\n"
    "THE PRESIDENT: I think he was \u2014 is.\n\n"
    "Q Are you going to see him again this summer?\n\n"
    "THE PRESIDENT: I think that is all.\n"
)


def test_a_short_mended_judgement_is_a_statement(tmp_path: Path) -> None:
    got = [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, GAGGLE, PUBLISHED)]
    texts = [t for _, t in got]
    assert any(t.startswith("I think he was \u2014 is") for t in texts), got
    assert not any(t.startswith("I think that is all") for t in texts), got
    assert {who for who, _ in got} == {"Biden"}, got


@pytest.mark.parametrize(
    "turn", ["I know he was \u2014 is.", "I believe they will agree.", "I think she will come."]
)
def test_a_judgement_of_someone_else_is_no_floor_line(turn: str) -> None:
    assert not is_procedural(turn)


@pytest.mark.parametrize(
    "turn",
    [
        # near misses: the answering itself, a cut-off, a clause on the floor
        "I think that is all.",
        "I think the time's up.",
        "I think you answered that.",
        "I know he was \u2014",
        "And I know he \u2014 is.",
        "I don't have an update.",
    ],
)
def test_the_answering_itself_stays_procedural(turn: str) -> None:
    assert is_procedural(turn)
