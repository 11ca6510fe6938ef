"""A briefer's opening remarks split into one statement per item (ANNOTATION's practice,
the corpus's w11): two more marks of an item. A programme read out day by day ("On March 4,
we have a debate on ...", "March 9 is a long day ...") gives each day's paragraph as an item
of its own; a weekday does not ("On Tuesday, ..." may go on with the week's one trip). And a
briefer who first trades a word with the room, then says "Let me start with a few brief
remarks before we turn to your questions", opens there: her "First, ..." and "Second, ..."
are items, as they are before any question. Without that announcement, an answer after a
question stays one statement. Pages written here, in the manner of a UN mission's and a
foreign ministry's briefing transcripts."""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

PUBLISHED = datetime.date(2026, 3, 2)

PROGRAMME = (
    "Permanent Mission of Ruritania to the United Nations\n\n"
    "Ambassador Anna Varga's remarks to the press on the programme of the Security Council "
    "Presidency of Ruritania\n\n"
    "Anna Varga: Good morning and welcome. Let me walk you through our plans for March.\n\n"
    "The month will be dominated by the crisis in the Sahel, where the fighting shows no sign "
    "of ending and aid convoys are still blocked.\n\n"
    "On March 4, we have a debate on the Sahel with the Special Representative as a briefer. "
    "We hope many ministers will attend.\n\n"
    "March 9 is a long day for the Council. In the morning we hold consultations on Cyprus, "
    "and in the afternoon a briefing on Yemen.\n\n"
)


def _starts(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"][:20]) for s in ingested_statements(tmp_path, text, PUBLISHED)]


def test_each_day_of_a_programme_read_out_is_an_item(tmp_path: Path) -> None:
    starts = [t for _, t in _starts(tmp_path, PROGRAMME)]
    assert any(t.startswith("On March 4, we have") for t in starts), starts
    assert any(t.startswith("March 9 is a long da") for t in starts), starts


def test_a_weekday_paragraph_goes_on_with_the_item(tmp_path: Path) -> None:
    text = PROGRAMME.replace("On March 4, we have", "On Tuesday, we have")
    got = ingested_statements(tmp_path, text, PUBLISHED)
    starts = [s["text"][:20] for s in got]
    assert not any(t.startswith("On Tuesday") for t in starts), starts
    # the paragraph goes on with the statement above it
    assert any("On Tuesday, we have" in s["text"] for s in got), got


BANTER = (
    "1:05 p.m. EDT\n\n"
    "MR HARLOW:  Good afternoon.  Apologies for the delay.\n\n"
    "QUESTION:  We were about to start without you.\n\n"
    "MR HARLOW:  {opener}  I have a bit of a sore throat today.\n\n"
    "The Secretary has just returned from a productive visit to Canada and Mexico, where he "
    "met his counterparts on trade and migration.\n\n"
    "First, we agreed with our partners to expand joint patrols along the shared border and "
    "to share more information on smuggling networks.\n\n"
    "Second, we are launching a new fund to support small businesses hurt by supply chain "
    "disruptions across the region.\n\n"
    "QUESTION:  On Canada, did the Secretary raise the dispute over lumber?\n\n"
    "MR HARLOW:  He did.\n\n"
    "First, he said that the tariffs were harming workers on both sides.\n\n"
    "Second, he asked for talks to resume before the summer.\n"
)


def test_announced_opening_after_banter_splits_its_items(tmp_path: Path) -> None:
    opener = "Let me start with a few brief remarks before we turn to your questions."
    starts = [t for _, t in _starts(tmp_path, BANTER.format(opener=opener))]
    assert any(t.startswith("First, we agreed") for t in starts), starts
    assert any(t.startswith("Second, we are launc") for t in starts), starts
    # the answer to the question below stays one statement
    assert not any(t.startswith("First, he said") for t in starts), starts
    assert not any(t.startswith("Second, he asked") for t in starts), starts


def test_without_the_announcement_the_turn_stays_whole(tmp_path: Path) -> None:
    got = ingested_statements(tmp_path, BANTER.format(opener="Understood."), PUBLISHED)
    starts = [s["text"][:20] for s in got]
    assert not any(t.startswith("First, we agreed") for t in starts), starts
    assert not any(t.startswith("Second, we are launc") for t in starts), starts
    # the whole turn, its items in it
    assert any("First, we agreed" in s["text"] for s in got), got
