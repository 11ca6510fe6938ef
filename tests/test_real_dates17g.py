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


def test_a_body_told_in_passing_below_a_person_s_lead_does_not_date_a_briefing() -> None:
    # "On Saturday, the army had said ..." below a lead of a person's words is background;
    # a spokesperson of another body quoted "at a regular briefing" is not at its day
    text = (
        "TAIPEI, March 11 - Taiwan's President Lai Ching-te warned on Monday that the drills "
        "around the island were a rehearsal for blockade.\n\n"
        "On Saturday, China's defence ministry had said the exercises were routine.\n\n"
        "Lai also said the island would not be intimidated.\n\n"
        '"Our coast guard is tracking every vessel," coast guard spokesman Hsieh Ching-chin '
        "said at a regular briefing."
    )
    found = extract(text, published=MONDAY)
    assert [s.said_on for s in found if s.speaker == "Hsieh Ching-chin"] == ["2024-03-11"]
