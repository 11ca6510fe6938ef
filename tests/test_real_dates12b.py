"""Days of statements in next-day stories whose lead tells the event with its day (issue 8,
round twelve, post-blind wave). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 6, 15)


def test_words_after_hours_of_talks_take_the_day_the_lead_gave_the_deal() -> None:
    # "agreed in Oslo on Friday ... Speaking after some nine hours of talks, X said": the
    # talks are the ones that ended in the lead's deal, on the lead's day, not the page's
    text = (
        "Serbia and Kosovo agreed in Oslo on Friday on a plan to reopen two border crossings "
        "and to free detained truck drivers.\n\n"
        "Speaking after some nine hours of talks, Serbian Foreign Minister Dragan Petkovic "
        "said the plan obliged both sides to withdraw special police units.\n\n"
        "Petkovic also said the crossings would reopen within ten days."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Dragan Petkovic", "2024-06-14"),
        ("Dragan Petkovic", "2024-06-14"),
    ]


def test_words_after_marathon_talks_with_no_day_told_stay_on_the_page_day() -> None:
    # guard: a lead with no day gives the talks none
    text = (
        "Serbia and Kosovo agreed on a plan to reopen two border crossings.\n\n"
        "Speaking after marathon talks, Serbian Foreign Minister Dragan Petkovic said the "
        "plan obliged both sides to withdraw special police units."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Dragan Petkovic", "2024-06-15")]
