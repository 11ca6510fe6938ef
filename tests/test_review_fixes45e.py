"""Review fixes 45e: rules of round 37 narrowed where they over-fired.

F1: a five-word "I think/believe he/she/they ..." answer holds a position only when it
judges the matter (a copula or auxiliary, "he will be", "he is weakened"), not when it
tells the floor, a place or the line ("I think she is next.", "I believe they are
outside.", "I think they cut out.").
F2: a sentence mended by a dash is let through only for that judgement ("That is \u2014 that is
all." manages the floor).
F3: "X, who said A, said B": A is background said before again (the exception making it B's
occasion over-fired on wire background: "who said during his campaign that ...").
Code note: "China's Vice Foreign Minister" is not the Chinese counterpart named before.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements
from tracker.extract import extract
from tracker.extract.transcript_paragraphs import is_procedural

DAY = datetime.date(2025, 6, 11)  # a Wednesday


def _speakers(text: str, day: datetime.date = DAY) -> list[tuple[str, str, str]]:
    return [(s.speaker or "", s.text, s.said_on or "") for s in extract(text, published=day)]


# F1, F2
BRIEFING = (
    "Press Briefing by Press Secretary Karine Jean-Pierre\n\n"
    "James S. Brady Press Briefing Room\n\n"
    "2:05 P.M. EDT\n\n"
    "MS. JEAN-PIERRE: Good afternoon, everybody. The President will host the Prime "
    "Minister of Japan at the White House on Thursday to discuss trade and security.\n\n"
    "Q Will the Prime Minister bring the trade minister?\n\n"
    "MS. JEAN-PIERRE: I think he will be.\n\n"
    "Q Go ahead, Mary.\n\n"
    "MS. JEAN-PIERRE: I believe she was first.\n\n"
    "Q Karine, Seung Min had a question.\n\n"
    "MS. JEAN-PIERRE: I believe they are outside.\n\n"
    "Q Anything else?\n\n"
    "MS. JEAN-PIERRE: That is \u2014 that is all.\n"
)


def test_floor_answers_of_five_words_are_no_statements(tmp_path: Path) -> None:
    got = [s["text"] for s in ingested_statements(tmp_path, BRIEFING, DAY)]
    assert any(t.startswith("I think he will be") for t in got), got
    for floor in ("I believe she was first", "I believe they are outside", "That is"):
        assert not any(t.startswith(floor) for t in got), got


@pytest.mark.parametrize(
    "turn",
    [
        "I think she is next.",
        "I believe she was first.",
        "I believe they are outside.",
        "I think they cut out.",
        "I think he is back.",
        "That is \u2014 that is all.",
        "It is \u2014 it was good.",
    ],
)
def test_the_floor_and_mended_non_judgements_stay_procedural(turn: str) -> None:
    assert is_procedural(turn)


@pytest.mark.parametrize(
    "turn",
    # near misses: a judgement of the matter, plain or mended
    ["I think he will be.", "I think he is weakened.", "I know he was \u2014 is."],
)
def test_a_judgement_still_holds_a_position(turn: str) -> None:
    assert not is_procedural(turn)


# F3
WHO_SAID_BACKGROUND = (
    "ANKARA, June 11 (Reuters) - Turkish President Tayyip Erdogan, who said last year that "
    "Ankara would never accept the bid while it hosted militants, said on Wednesday that "
    "the talks with Stockholm were going well.\n"
)
WHO_SAID_IN_AN_INTERVIEW = (
    "ISLAMABAD, June 11 (Reuters) - Pakistan's Foreign Minister Ishaq Dar, who said in a "
    "television interview that Islamabad wanted calm on the border, said the ceasefire was "
    "holding.\n"
)


def test_who_said_background_is_said_before() -> None:
    got = [d for _, _, d in _speakers(WHO_SAID_IN_AN_INTERVIEW)]
    assert got == ["../2025-06-11", "2025-06-11"], got


def test_who_said_with_a_time_of_its_own_is_still_before() -> None:
    # near miss: the relative's own time ("last year") dates it, as before the exception
    got = [(s, d) for s, _, d in _speakers(WHO_SAID_BACKGROUND)]
    assert got[-1] == ("Tayyip Erdogan", "2025-06-11"), got
    assert got[0][1] != "2025-06-11", got


# code note: a rank below the counterpart's post
VICE_AFTER_COUNTERPART = (
    "LONDON, June 11 (Reuters) - Foreign Secretary David Lammy on Wednesday met his "
    "Chinese counterpart Wang Yi in London for talks on trade and climate.\n\n"
    "The two sides agreed to meet again in the autumn, officials said.\n\n"
    "China's {post} told reporters afterwards that Beijing hoped for steady ties with "
    "Britain.\n"
)


def test_a_vice_foreign_minister_is_not_the_counterpart() -> None:
    got = [s for s, _, _ in _speakers(VICE_AFTER_COUNTERPART.format(post="Vice Foreign Minister"))]
    assert "Wang Yi" not in got, got


def test_the_foreign_minister_is_still_the_counterpart() -> None:
    got = [s for s, _, _ in _speakers(VICE_AFTER_COUNTERPART.format(post="Foreign Minister"))]
    assert got and got[-1] == "Wang Yi", got
