"""A minister's remarks of several paragraphs before the questions, on a ministry's transcript
page (not an answer, which stays whole: test_review_fixes44d): a paragraph that opens a point
of its own by the words that announce it ("Today I've announced ...", "More
broadly, ...", "There are two announcements ...", "Allow me to express ...", "But we can do
more.", "I cannot not talk about ...", "During the second session, ...") is a statement of
its own; a paragraph going on with the same point, a list's item, a line broken inside a
paragraph and a closing "Let me take this opportunity to thank you" stay in the turn. Pages
written here, in the manner of a foreign minister's transcripts."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2024, 7, 29)

HEAD = (
    "Press conference, Canberra\n\n"
    "  \u2022 Transcript, E&OE\n"
    "Subjects: Pacific; trade; Ukraine.\n"
    "29 July 2024\n\n"
)


def _starts(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"][:28]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_a_paragraph_announcing_its_point_opens_a_statement(tmp_path: Path) -> None:
    text = HEAD + (
        "Penny Wong, Foreign Minister: Thanks for coming. It is good to be back in Canberra "
        "after a week of meetings with our partners across the Pacific and in Southeast Asia.\n\n"
        "Today I've announced a new scholarship program for students from Pacific island "
        "nations who want to study engineering at Australian universities.\n\n"
        "More broadly, our trade with the region has grown strongly and we will keep working "
        "to lower the barriers that our exporters still face.\n\n"
        "There are two announcements I would also make on Ukraine. We will send further "
        "demining equipment, and we will fund a new field hospital near Kharkiv.\n\n"
        "I cannot not talk about the Middle East, where the humanitarian situation keeps "
        "getting worse and where a ceasefire is needed now.\n\n"
        "Journalist: Minister, what will the program cost?\n\n"
        "Foreign Minister: About forty million dollars over four years, which the budget "
        "already provides for.\n"
    )
    got = _starts(tmp_path, text)
    starts = [t for _, t in got]
    assert any(t.startswith("Today I've announced") for t in starts), got
    assert any(t.startswith("More broadly, our trade") for t in starts), got
    assert any(t.startswith("There are two announcements") for t in starts), got
    assert any(t.startswith("I cannot not talk about") for t in starts), got
    assert all(who == "Penny Wong" for who, _ in got), got


def test_a_paragraph_going_on_with_its_point_stays_in_the_turn(tmp_path: Path) -> None:
    text = HEAD + (
        "Penny Wong, Foreign Minister: Thanks for coming. It is good to be back in Canberra "
        "after a week of meetings with our partners across the Pacific and in Southeast Asia.\n\n"
        "It is clear that our partners want more from us on climate, and we have heard "
        "that message in every capital we visited.\n\n"
        "That is why we will keep working with them on the energy transition in the region.\n\n"
        "Journalist: Minister, what will the program cost?\n\n"
        "Foreign Minister: About forty million dollars over four years.\n"
        "But we can do more, and we will, once the legislation is passed.\n\n"
        "These are the steps we have taken:\n\n"
        "More broadly funded programs for students;\n\n"
        "Let me take this opportunity to thank you all for coming today.\n"
    )
    starts = [t for _, t in _starts(tmp_path, text)]
    assert not any(t.startswith(("It is clear", "That is why")) for t in starts), starts
    assert not any(t.startswith(("But we can do more", "More broadly funded")) for t in starts)
    assert not any(t.startswith("Let me take this") for t in starts), starts
