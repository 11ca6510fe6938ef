"""Days of words placed at an event named by a name of its own (issue 8, round eighteen):
"at the G20 summit", "at the Davos forum" is that one gathering; an earlier mention of
another summit or forum ("an investment summit in Hanoi later in the day") does not date
it, while a mention whose sentence carries the name ("their summit in Geneva on
Wednesday") does. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2024, 5, 14)


def _days(text: str, published: datetime.date = TUESDAY) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_another_summit_does_not_date_words_at_a_named_one() -> None:
    text = (
        "Later in the day, Prime Minister Tran Duc told a business summit in Saigon that "
        "chip makers were welcome.\n\n"
        "At a news conference on Monday evening, Chancellor Erik Lund said his visit was not "
        "aimed at any third country.\n\n"
        '"We are partners, not rivals," Lund said, adding that he had spoken with the '
        "Chinese premier at the ASEAN summit in Jakarta that morning."
    )
    assert ("Erik Lund", "2024-05-13") in _days(text)


def test_a_named_forum_is_dated_by_a_mention_carrying_its_name() -> None:
    text = (
        "Leaders opened their summit in Geneva on Monday with a closed session.\n\n"
        "Talks between the finance ministers at a separate summit on Tuesday ended early.\n\n"
        "Speaking at the Geneva summit, President Ana Ruiz said the text was ready."
    )
    assert ("Ana Ruiz", "2024-05-13") in _days(text)


def test_an_unnamed_summit_still_takes_the_last_summit_told() -> None:
    text = (
        "Leaders gathered for a summit in Nairobi on Sunday.\n\n"
        "Kenyan President Paul Mwangi said at the summit that the corridor would be built."
    )
    assert ("Paul Mwangi", "2024-05-12") in _days(text)
