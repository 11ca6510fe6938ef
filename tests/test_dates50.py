"""A story built on an interview it gives no day keeps the story's own day for the speaker's
words, not the day of a meeting it tells, however the interview is told: attribution first
("In an exclusive interview with The Daily, X said"), "told The Daily in an interview", "in a
sit-down interview", "speaking exclusively to The Daily", "told this newspaper". Words told
to reporters after the meeting keep its day. Sentences written here in the manner of a
national paper."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2025, 3, 17)
STORY = (
    "Fisheries Minister Ines Vartiainen says she pressed her Icelandic counterpart on quota "
    "swaps during talks in Reykjavik last week.\n"
    "Ms. Vartiainen met the Icelandic minister at the harbour authority in Reykjavik on "
    "Thursday but no deal was struck. An agreement this spring is unlikely, she said.\n"
)
QUOTE = "“Our trawlers cannot wait another season”"


@pytest.mark.parametrize(
    "line",
    [
        f"In an exclusive interview with The Baltic Courier, Ms. Vartiainen said: {QUOTE[:-1]}.”",
        f"{QUOTE[:-1]},” Ms. Vartiainen told The Baltic Courier in an interview.",
        f"{QUOTE[:-1]},” Ms. Vartiainen said, speaking exclusively to The Baltic Courier.",
        f"{QUOTE[:-1]},” Ms. Vartiainen told this newspaper.",
        f"{QUOTE[:-1]},” Ms. Vartiainen said in a sit-down interview at her office.",
    ],
)
def test_an_undated_interview_told_otherwise(line: str):
    days = {
        " ".join(s.text.split()[:2]): s.said_on
        for s in extract(STORY + line + "\n", published=MONDAY)
    }
    assert days.get("“Our trawlers", days.get("Our trawlers")) == "2025-03-17", days
    assert days["An agreement"] == "2025-03-17", days


def test_words_to_reporters_after_the_talks_keep_its_day():
    """Near miss: no interview; the words told after the meeting are of its day."""
    text = STORY + f"{QUOTE[:-1]},” she told reporters after the meeting.\n"
    days = [s.said_on for s in extract(text, published=MONDAY)]
    assert "2025-03-13" in days and "2025-03-17" not in days, days
