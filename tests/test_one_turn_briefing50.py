"""A page titled by a briefing occasion ("Doorstop, Parliament House", "Press conference,
Wellington", "Remarks to the media") whose one label names a person in full with a post
("Jane Doe, Foreign Minister:", "Foreign Minister Jane Doe:") is the briefer's opening turn,
the excerpt cut before the questions: the turn is that person's words, though no second
label follows. Australian and New Zealand sites call the occasion a "doorstop" (others a
"doorstep"). The near miss: a news headline over the same label announces no occasion.
Pages written here in the manner of foreign ministers' sites."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

PUBLISHED = datetime.date(2025, 3, 4)

ONE_TURN_PAGES = [
    (
        "Doorstop, Parliament House\n"
        "Tom Hale, Foreign Minister: Overnight the court ruled that the detention was "
        "unlawful. We welcome that decision and will keep pressing for his release.\n",
        "Tom Hale",
    ),
    (
        "Doorstop interview, Sydney\n"
        "Anna Reid, Minister for Trade: This morning I met exporters hit by the new tariffs. "
        "We will take the dispute to the trade body if talks fail.\n",
        "Anna Reid",
    ),
    (
        "Press conference, Wellington\n\n"
        "Foreign Minister Mere Tane: We welcome the ceasefire agreed overnight. New Zealand "
        "stands ready to help with the monitoring mission.\n",
        "Mere Tane",
    ),
    (
        "Remarks to the media, Brussels\n\n"
        "High Representative Jan Novak: Good morning. Today ministers will discuss the "
        "situation in the Sahel, and I expect them to agree on new support.\n",
        "Jan Novak",
    ),
]


@pytest.mark.parametrize(("page", "speaker"), ONE_TURN_PAGES)
def test_one_labelled_turn_under_briefing_title(page: str, speaker: str) -> None:
    got = [(s.speaker, s.kind) for s in extract(page, published=PUBLISHED)]
    assert got == [(speaker, "direct")], got


def test_news_headline_over_one_label_is_no_briefing() -> None:
    page = (
        "Minister urges calm after border clash\n"
        "Tom Hale, Foreign Minister: Overnight the court ruled that the detention was "
        "unlawful and we will keep pressing.\n"
    )
    assert [s.speaker for s in extract(page, published=PUBLISHED)] == []
