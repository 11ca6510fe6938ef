"""A single speaker's remarks before any question (a doorstep statement, a high
representative's press remarks after a council): a paragraph that reads out the next item of
the meeting's agenda ("Tonight we will discuss ...", "We will also assess ...") or reports
the meeting item by item ("We had the opportunity of ...", "We welcomed ...") is a point of
its own; a paragraph going on with the point above ("We will continue to support ...", "We
have ...") and an answer's paragraphs stay in their turn. Pages written here, in the manner
of an alliance's doorstep and a foreign-policy chief's remarks."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 4, 3)

DOORSTEP = (
    "Doorstep statement\n\n"
    "by NATO Secretary General Jens Stoltenberg ahead of the meetings of NATO Ministers of "
    "Foreign Affairs\n\n"
    "3 April 2024\n\n"
    "Good morning.\n\n"
    "Today and tomorrow, Foreign Ministers meet here in Brussels to prepare the summit in "
    "Washington in July, where Allies will mark seventy-five years of our Alliance.\n\n"
)

REMARKS = (
    "Foreign Affairs Council: Press remarks by High Representative Josep Borrell after the "
    "meeting\n\n"
    "Check against delivery!\n\n"
    "Good afternoon.\n\n"
    "We started the Council with a long discussion on the situation in the Middle East and "
    "the humanitarian needs of the people of Gaza.\n\n"
)


def _starts(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"][:28]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_an_agenda_item_read_out_opens_a_statement(tmp_path: Path) -> None:
    text = DOORSTEP + (
        "Tonight we will discuss the security situation in the Indo-Pacific with our partners "
        "from Japan and Australia, because what happens there matters for our own security.\n\n"
        "We will also assess how to put our support for Ukraine on a firmer footing for the "
        "years to come, so that Kyiv can plan ahead.\n\n"
        "Then I will take your questions.\n"
    )
    got = _starts(tmp_path, text)
    starts = [t for _, t in got]
    assert any(t.startswith("Tonight we will discuss") for t in starts), got
    assert any(t.startswith("We will also assess how") for t in starts), got
    assert all(who == "Jens Stoltenberg" for who, _ in got), got


def test_a_meeting_reported_item_by_item(tmp_path: Path) -> None:
    text = REMARKS + (
        "We had the opportunity of hearing from the Foreign Minister of Jordan, who told us "
        "about the efforts of his country to bring in more aid.\n\n"
        "We welcomed the agreement reached on the release of the hostages and the pause in the "
        "fighting, which must lead to a lasting ceasefire.\n\n"
        "Thank you.\n"
    )
    got = _starts(tmp_path, text)
    starts = [t for _, t in got]
    assert any(t.startswith("We had the opportunity of") for t in starts), got
    assert any(t.startswith("We welcomed the agreement") for t in starts), got
    assert all(who == "Josep Borrell" for who, _ in got), got


def test_a_paragraph_going_on_stays_in_the_turn(tmp_path: Path) -> None:
    text = DOORSTEP + (
        "We will continue to support Ukraine for as long as it takes, and Allies have "
        "delivered more air defence over the past weeks.\n\n"
        "We have seen more Allies reach the target of two percent of GDP on defence, "
        "which is good news for the whole Alliance.\n\n"
        "We had been warning about this for many years before the invasion began.\n"
    )
    starts = [t for _, t in _starts(tmp_path, text)]
    assert not any(t.startswith(("We will continue", "We have seen")) for t in starts)
    assert not any(t.startswith("We had been warning") for t in starts), starts


def test_an_answer_stays_whole(tmp_path: Path) -> None:
    text = REMARKS + (
        "Q: High Representative, what did Ministers decide on the sanctions?\n\n"
        "HIGH REPRESENTATIVE: The decision will come at the next Council, there is still work "
        "to do among Member States.\n\n"
        "We will discuss it again in May, once the Commission has presented its proposal.\n"
    )
    starts = [t for _, t in _starts(tmp_path, text)]
    assert not any(t.startswith("We will discuss it again") for t in starts), starts
