"""Days of statements in real copy (issue 8, round seventeen, from a set on speakers).
Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 11)


def test_at_the_close_of_a_weekday_s_summit_is_that_day() -> None:
    # "told reporters at the close of Saturday's summit": a part of the occasion named by
    # its day, as "at Saturday's summit" is
    text = (
        "ADDIS ABABA (AP) - Kenyan Foreign Minister Musalia Mudavadi told reporters at the "
        "close of Saturday's summit that the ceasefire plan had broad support.\n\n"
        "Egyptian envoy Hossam Zaki said on the sidelines of Sunday's meeting that Cairo "
        "would send observers."
    )
    found = extract(text, published=MONDAY)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Musalia Mudavadi", "2024-03-09"),
        ("Hossam Zaki", "2024-03-10"),
    ]
