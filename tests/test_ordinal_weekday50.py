"""A weekday counted within a period ("the last Friday of Ramadan", "the first Monday in
October", "the second Tuesday of the month") names a day by the calendar's rule: it is no
"last Friday" told against the article's day, so it must not date a statement, and the
statements after it keep the day of the occasion the story named. A bare "last Friday"
(the near miss) still is the Friday before the article's day. Sentences written here in
the manner of agency copy."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

# Wednesday 12 June 2024
PUBLISHED = datetime.date(2024, 6, 12)

ORDINAL_WEEKDAYS = [
    "With the national holiday falling on the last Friday of the month, the minister added "
    "that celebrations would be scaled back this year.",
    "As the council meets on the second Monday of each month, the minister added that the "
    "dispute would be taken up at its next sitting.",
    "Because the summit opens on the final Sunday of the fasting month, Haddad said leaders "
    "would gather after sunset.",
    "With the harvest festival set for the last Thursday in August, Haddad also said "
    "security would be tightened.",
]

LEAD = (
    "CAIRO, June 12 - Foreign Minister Karim Haddad told a news conference on Wednesday that "
    "talks on the border crossing would resume soon.\n\n"
)


@pytest.mark.parametrize("sentence", ORDINAL_WEEKDAYS)
def test_ordinal_weekday_names_no_day_of_saying(sentence: str) -> None:
    got = [(s.speaker, s.said_on) for s in extract(LEAD + sentence, published=PUBLISHED)]
    assert len(got) == 2, got
    # the second statement keeps the news conference's day, not a Friday/Monday counted back
    assert got[1] == ("Karim Haddad", "2024-06-12"), got


def test_bare_last_weekday_still_dates() -> None:
    # near miss: "last Friday" with no ordinal's article is the Friday before the story
    text = (
        "CAIRO, June 12 - Foreign Minister Karim Haddad said last Friday that talks on the "
        "border crossing would resume soon.\n"
    )
    got = [(s.speaker, s.said_on) for s in extract(text, published=PUBLISHED)]
    assert got == [("Karim Haddad", "2024-06-07")], got
