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
