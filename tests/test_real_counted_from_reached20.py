"""Dates on unseen real text (issue 8, twentieth round): "the night before", "the day
before", "the next day" count from the day the story has reached, not from a day told inside
someone's words just above ("X noted that on June 8 the rebels had shelled the port. \\n\\n
The night before, Y had called ..."); a day the story reached itself still counts ("Y said
on Tuesday ... The day before, Z had warned"). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _day_of(text: str, start: str) -> str | None:
    found = [s for s in extract(text, published=FRIDAY) if s.text.startswith(start)]
    assert len(found) == 1
    return found[0].said_on


def test_counted_from_the_day_reached_not_one_inside_the_words() -> None:
    text = (
        "Port attack\n\nOfficials said on Thursday that the blast was most likely caused by a "
        "stray shell.\n\nDefence Minister Omar Haddad noted that on June 8 the rebels had "
        "shelled the port, and that the navy had the right to respond.\n\nThe night before, "
        'President Ana Rojas had called the blast "a grave escalation".\n'
    )
    assert _day_of(text, "the blast") == "2023-06-14"


def test_a_day_the_story_reached_still_counts() -> None:
    text = (
        'Port attack\n\nPresident Ana Rojas said on Tuesday that the blast was "a grave '
        'escalation".\n\nThe day before, Defence Minister Omar Haddad had warned that the '
        'rebels were "preparing an attack".\n'
    )
    assert _day_of(text, "the rebels were") == "2023-06-12"
