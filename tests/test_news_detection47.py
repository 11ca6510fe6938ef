"""Statements a news story had lost or cut wrongly (round 47).

* "admitted for the first time that ...": how often the speaker has said so is no part of
  the words, which start after "that".
* A paragraph's last quotation that lost its stop ('... Maas said. "...," he added') after a
  finished sentence of the same paragraph was read as a heading and dropped.

Articles written here, in the manner of wire and broadcaster stories.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

MONDAY = datetime.date(2024, 6, 24)
DATELINE = "LONDON, June 24 (Reuters) - "
LEAD = "British Foreign Secretary David Lammy on Monday urged China to drop the new law.\n\n"


@pytest.mark.parametrize("ordinal", ["first", "second", "last"])
def test_how_often_said_is_no_part_of_the_words(ordinal: str) -> None:
    text = (
        "Lammy concedes leak came from abroad\n\n"
        f"{DATELINE}{LEAD}"
        f"He also admitted for the {ordinal} time that a breach of the ministry's e-mail "
        "system had likely been carried out from abroad.\n"
    )
    assert_statements(
        text,
        MONDAY,
        [
            ("David Lammy", "urged China to drop the new law", "2024-06-24"),
            ("David Lammy", "a breach of the ministry's e-mail system", "2024-06-24"),
        ],
    )


def test_quotation_that_lost_its_stop_after_a_finished_sentence() -> None:
    text = (
        "Germany's Baerbock urges restraint\n\n"
        "June 24, 2024\n\n"
        "German Foreign Minister Annalena Baerbock on Monday urged both sides to show "
        "restraint.\n\n"
        'The talks had opened a "narrow window," Baerbock said. "We have not only the chance '
        'but the duty to use it," she added\n\n'
        "Read more: What the ceasefire plan says\n\n"
        "Ministers will meet again in Brussels next week.\n"
    )
    assert_statements(
        text,
        MONDAY,
        [
            ("Annalena Baerbock", "urged both sides to show restraint", "2024-06-24"),
            ("Annalena Baerbock", 'The talks had opened a "narrow window', "2024-06-24"),
            ("Annalena Baerbock", "We have not only the chance but the duty", "2024-06-24"),
        ],
    )


def test_a_photo_caption_holding_a_quotation_stays_a_caption() -> None:
    # a caption may hold sentences: "Photo: X at the station. "Welcome," the mayor said" is
    # the picture's line, not a paragraph whose last quotation lost its stop, and the next
    # "She said" is the minister's, not the mayor's
    text = (
        "Wadephul visits Vilnius\n\n"
        "VILNIUS, June 24 (Reuters) - German Foreign Minister Johann Wadephul arrived in "
        "Vilnius on Monday.\n\n"
        'Photo: Wadephul at the airport. "Welcome back," the mayor said\n\n'
        "She said Germany would keep its brigade in Lithuania.\n"
    )
    got = [(s.speaker, s.text) for s in extract(text, published=MONDAY)]
    assert not any(speaker == "the mayor" for speaker, _ in got), got
