"""A White House transcript marks a reporter's turn by a bare "Q" at the line's start, no
colon or stop after it ("Q Good afternoon.", "Q Senator Tuberville says ..."): the letter is
the turn's label, not the first word of a person's name, so a post the page names no one for
("the President") is never read as a person "Q Good". Pages written here, in the manner of
the White House's briefing transcripts."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2023, 9, 11)

BRIEFING = (
    "James S. Brady Press Briefing Room\n\n"
    "2:05 P.M. EDT\n\n"
    "MS. JEAN-PIERRE: Hi, everybody. Good afternoon. Just one thing at the top.\n\n"
    "Q Good afternoon.\n\n"
    "MS. JEAN-PIERRE: Over the weekend, heavy rains flooded towns across western Vermont, "
    "and hundreds of families had to leave their homes in the middle of the night.\n\n"
    "Earlier today, the President spoke to Governor Scott and told him he had approved the "
    "major disaster declaration for Vermont.\n"
)


def _said(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_a_bare_q_greeting_names_no_one(tmp_path: Path) -> None:
    got = _said(tmp_path, BRIEFING)
    assert not any(who.startswith("Q ") for who, _ in got), got
    relayed = [who for who, words in got if words.startswith("he had approved")]
    assert relayed == ["the President"], got


def test_a_name_after_a_bare_q_is_still_a_name(tmp_path: Path) -> None:
    # near miss: the reporter's question names a senator right after the letter; the
    # senator is still a person the page names, and the President answers
    text = (
        "Remarks by President Biden Before Marine One Departure\n\n"
        "South Lawn\n\n"
        "10:12 A.M. EDT\n\n"
        "Q Senator Tuberville says the holds will stay in place until the fall. Your response?\n\n"
        "THE PRESIDENT: Senator Tuberville is hurting the readiness of our military, and he "
        "knows it.\n"
    )
    got = _said(tmp_path, text)
    assert [who for who, _ in got] == ["Biden"], got
    assert got[0][1].startswith("Senator Tuberville is hurting"), got


def test_a_bare_q_before_a_courtesy_title_labels_the_question(tmp_path: Path) -> None:
    # "Q Mr. President, ...?": the stop after "Mr" is the title's, the Q still the label; the
    # reporter's question opening the page is no one's statement
    text = (
        "Remarks by President Biden Before Air Force One Departure\n\n"
        "Joint Base Andrews\n\n"
        "4:40 P.M. EDT\n\n"
        "Q Mr. President, will the debt deal pass the House this week?\n\n"
        "THE PRESIDENT: I am confident that the Speaker and I have a deal both sides can vote "
        "for.\n\n"
        "Q Ms. Jean-Pierre said the call ran long. What did you talk about?\n\n"
        "THE PRESIDENT: We talked about the schedule for the vote and what comes after it.\n"
    )
    got = [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, PUBLISHED)]
    assert [who for who, _ in got] == ["Biden", "Biden"], got
    assert got[0][1].startswith("I am confident that the Speaker"), got
    assert got[1][1].startswith("We talked about the schedule"), got
