"""Page chrome made a speaker: a site's link line ("Follow India-Pakistan ceasefire updates on
May 15", "Follow the Foreign Office on Twitter") read as a person's name, the "he" of the next
paragraph; and an advertising slot's words run into the paragraph after it, the copy's line
break lost ("Article continues after this advertisementHong said ..."), so that the name
that opens the paragraph was "this advertisementHong" and the "he" of the paragraph after it
went to the official named before the slot. The link line goes with the chrome lines; the
slot's words go, and the paragraph opens with its own first word.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from tests.statement_checks import ingested_statements

DAY = datetime.date(2025, 5, 15)

FOLLOW_LINE = (
    "Minister says trade talks with Dhaka remain on track\n\n"
    "External Affairs Minister S. Jaishankar on Thursday (May 15, 2025) said that the trade "
    "talks with Bangladesh would resume next month in New Delhi.\n"
    "Follow India-Bangladesh trade talks live updates on May 15\n"
    "He clarified that the two sides had already settled the text on customs.\n"
)


def _speakers(tmp_path: Path, text: str, day: datetime.date = DAY) -> list[tuple[str, str]]:
    return [(s["speaker"], s["text"]) for s in ingested_statements(tmp_path, text, day)]


def test_follow_updates_line_is_no_speaker(tmp_path: Path) -> None:
    got = _speakers(tmp_path, FOLLOW_LINE)
    assert [s for s, _ in got] == ["S. Jaishankar", "S. Jaishankar"], got
    assert got[1][1].startswith("the two sides had already settled"), got


def test_follow_on_social_line_is_no_speaker(tmp_path: Path) -> None:
    text = FOLLOW_LINE.replace(
        "Follow India-Bangladesh trade talks live updates on May 15",
        "Follow Randhir Jaiswal on X for the latest from the ministry",
    )
    got = _speakers(tmp_path, text)
    assert [s for s, _ in got] == ["S. Jaishankar", "S. Jaishankar"], got


def test_story_line_opening_with_follow_stays(tmp_path: Path) -> None:
    # near miss: a story's sentence that opens with "Follow" and says nothing of updates or
    # accounts is the story's, and its statement stays
    text = FOLLOW_LINE.replace(
        "Follow India-Bangladesh trade talks live updates on May 15\n",
        "Follow-up talks will be held in Dhaka, Foreign Secretary Vikram Misri said.\n",
    )
    got = _speakers(tmp_path, text)
    assert ("Vikram Misri", "Follow-up talks will be held in Dhaka") in got, got


GLUED_AD = (
    "China says Manila stirring up trouble at the shoal\n"
    "BEIJING\u2014China on Friday accused the Philippines of raising tensions at Scarborough "
    "Shoal.\n"
    "Lt. Cmdr. Armand Balilo, the coast guard spokesperson, said two Philippine vessels "
    "remained near the shoal.\n"
    "Article continues after this advertisementLiu Weimin said China was \u201cready to talk\u201d "
    "about the shoal with Philippine diplomats.\n"
    "But he said Chinese officials had told Manila of their concerns only a few days ago.\n"
)


def test_glued_advertisement_slot_leaves_the_name(tmp_path: Path) -> None:
    got = _speakers(tmp_path, GLUED_AD, datetime.date(2012, 5, 12))
    assert [s for s, _ in got] == ["Armand Balilo", "Liu Weimin", "Liu Weimin"], got


def test_advertisement_slot_before_a_quote_goes(tmp_path: Path) -> None:
    text = GLUED_AD.replace(
        "Article continues after this advertisementLiu Weimin said China was \u201cready to "
        "talk\u201d about the shoal with Philippine diplomats.",
        "Advertisement\u201cWe are ready to talk about the shoal,\u201d Liu Weimin said.",
    )
    got = _speakers(tmp_path, text, datetime.date(2012, 5, 12))
    assert [s for s, _ in got] == ["Armand Balilo", "Liu Weimin", "Liu Weimin"], got
    assert got[1][1] == "We are ready to talk about the shoal", got


def test_sentence_opening_with_advertisement_stays(tmp_path: Path) -> None:
    # near miss: a story's sentence that opens with the word, a space after it, is the
    # story's own, and so is its statement
    text = GLUED_AD.replace(
        "Article continues after this advertisementLiu Weimin said China was \u201cready to "
        "talk\u201d about the shoal with Philippine diplomats.",
        "Advertisement spending by Chinese state firms in Manila had not changed, Liu Weimin said.",
    )
    got = _speakers(tmp_path, text, datetime.date(2012, 5, 12))
    assert got[1] == (
        "Liu Weimin",
        "Advertisement spending by Chinese state firms in Manila had not changed",
    ), got
