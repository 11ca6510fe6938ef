"""Occasions of speaking told in a speaker's relative clause (issue 8, construction probes of
the ninth round). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2025, 5, 15)


def test_a_press_conference_the_speaker_held_dates_the_words_after_it() -> None:
    text = (
        "OSLO\n\n"
        "The Nordic ministers' chair, Maria Solberg, who held a joint news conference with "
        "her Finnish colleague on Tuesday, said the region would double its aid to Kyiv.\n\n"
        '"We will not waver," Solberg said.'
    )
    found = extract(text, published=THURSDAY)
    assert [s.said_on for s in found] == ["2025-05-13", "2025-05-13"]


def test_a_journey_in_a_relative_clause_dates_nothing() -> None:
    text = "The envoy Jonas Berg, who flew to Riga on Tuesday, said the border talks had stalled."
    [found] = extract(text, published=THURSDAY)
    assert found.said_on == "2025-05-15"
