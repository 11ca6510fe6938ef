"""The day a statement's own sentence ends on, and "as recently as" a day.

"X has welcomed the outcome, calling it '...' in a statement this evening" was dated "on or
before" the story's day (the perfect), and "X welcomed it, calling it '...' in a post on
Wednesday" the story's own day: an occasion at the end of the words counted only when it
was a briefing or an interview, and never against the perfect. "X had said as recently as
Wednesday that ..." read "recently" as "before now" and took "as recently as Wednesday" for
the words. Stories written here.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2023, 12, 14)
LEAD = (
    "BRUSSELS, Dec 14 (Reuters) - European Union leaders agreed on Thursday to open "
    "accession talks with Ukraine and Moldova after a day of haggling.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Irish Prime Minister Leo Varadkar has welcomed the decision, calling it "
            '"a good day for Europe" in a statement this evening.',
            "2023-12-14",
        ),
        (
            "Irish Prime Minister Leo Varadkar welcomed the decision, calling it "
            '"a good day for Europe" in a post on X on Wednesday.',
            "2023-12-13",
        ),
        (
            "Irish Prime Minister Leo Varadkar has hailed the agreement as a sign of unity in a "
            "video message on Wednesday night.",
            "2023-12-13",
        ),
        # near miss: a letter in a clause of its own dates that clause; the perfect stays open
        (
            "Irish Prime Minister Leo Varadkar has welcomed the decision, which Dublin had "
            "pressed for in a letter on Monday.",
            "../2023-12-14",
        ),
    ],
)
def test_the_occasion_the_words_end_on_dates_them(sentence: str, day: str) -> None:
    found = extract(LEAD + sentence + "\n", published=THURSDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Leo Varadkar", day)]


@pytest.mark.parametrize(
    ("since", "day"),
    [
        ("as recently as Wednesday", "2023-12-13"),
        ("as recently as last week", "2023-12-04/2023-12-10"),
        ("as late as Monday", "2023-12-11"),
    ],
)
def test_as_recently_as_a_day_is_that_day(since: str, day: str) -> None:
    text = (
        LEAD + f"Hungarian Prime Minister Viktor Orban had said {since} that there was "
        '"no reason" to open talks with Kyiv.\n'
    )
    found = extract(text, published=THURSDAY)
    assert [(s.speaker, s.text[:15], s.said_on) for s in found] == [
        ("Viktor Orban", 'there was "no r', day)
    ]
