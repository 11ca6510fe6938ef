"""Days of words said "at the same event" by another speaker (issue 8, round eighteen):
"the same event", "the same occasion" name no occasion by a word of its own, so they point
to the occasion of the words told just before, whoever spoke there. Each test in new
words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2024, 10, 10)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]


def test_another_speaker_at_the_same_event() -> None:
    text = (
        "Spanish Prime Minister Ana Ruiz told a joint appearance with her Portuguese "
        "counterpart Joao Costa in Madrid on Tuesday that the plan would cut power prices.\n\n"
        "Costa said at the same event that Lisbon would follow with its own measures."
    )
    assert _days(text) == [("Ana Ruiz", "2024-10-08"), ("Joao Costa", "2024-10-08")]


def test_speaking_at_the_same_occasion_fronted() -> None:
    text = (
        "Kenyan President Daniel Kiprop told a ceremony in Nairobi on Tuesday that the "
        "corridor would open next year.\n\n"
        "Speaking at the same occasion, Ugandan President Moses Okello said his country would "
        "pay its share."
    )
    assert _days(text) == [("Daniel Kiprop", "2024-10-08"), ("Moses Okello", "2024-10-08")]


def test_the_same_event_after_undated_words_gives_no_day() -> None:
    # near miss: the words just before have no day, so neither has the event
    text = (
        "Spanish Prime Minister Ana Ruiz said the plan would cut power prices.\n\n"
        "Portuguese Prime Minister Joao Costa said at the same event that Lisbon would "
        "follow with its own measures."
    )
    assert _days(text) == [("Ana Ruiz", "2024-10-10"), ("Joao Costa", "2024-10-10")]
