"""Days counted from an event, not from the story's day (issue 8, round twenty): "a day
after X left Beijing saying ..." in a lead dates X's words only; the state's doing the lead
tells, and so its spokesperson's words, keep the lead's own day. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _has(text: str, published: datetime.date, speaker: str, start: str, day: str) -> bool:
    """Whether ``speaker``'s words opening with ``start`` are dated ``day``."""
    return any(
        s.speaker == speaker and s.text.startswith(start) and s.said_on == day
        for s in extract(text, published=published)
    )


_LEAD = (
    "Beijing rejects Sunak jab\n\n"
    "By MEI LING and JOHN CARTER\nAssociated Press\n\n"
    "BEIJING (AP) \u2014 China on {day} lashed out at British Prime Minister Rishi Sunak for "
    "calling Chinese leader Xi Jinping an autocrat, a remark that landed {count} after "
    "Foreign Secretary James Cleverly left Beijing saying the two sides had agreed to steady "
    "ties.\n\n"
    "Foreign Ministry spokesperson Wang Wenbin told reporters at a daily briefing that "
    'Sunak\'s words were "groundless" and smeared China.\n\n'
    '"Britain should stop hyping the so-called China threat," Wang said.'
)


def test_a_day_after_an_event_in_the_lead_leaves_the_lead_its_day() -> None:
    pub = datetime.date(2023, 6, 14)
    for count in ("barely a day", "a day", "two days"):
        text = _LEAD.format(day="Wednesday", count=count)
        assert _has(text, pub, "Wang Wenbin", "Sunak's words were", "2023-06-14"), count
        assert _has(text, pub, "Wang Wenbin", "Britain should stop", "2023-06-14"), count


def test_next_day_copy_keeps_the_leads_day_before_publication() -> None:
    text = _LEAD.format(day="Tuesday", count="hours")
    pub = datetime.date(2023, 6, 14)
    assert _has(text, pub, "Wang Wenbin", "Sunak's words were", "2023-06-13")


def test_a_lead_with_no_day_of_its_own_gives_none() -> None:
    text = _LEAD.format(day="Wednesday", count="a day").replace(" on Wednesday", "")
    pub = datetime.date(2023, 6, 14)
    assert _has(text, pub, "Wang Wenbin", "Sunak's words were", "2023-06-14")
