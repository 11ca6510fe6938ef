"""Dates of words at an occasion the story tells: "The talks included Foreign Minister X,
who denounced ..." tells what X said at those talks (their day), not background from
before them; a lead's perfect ("has welcomed the result, saying ...") dates the quotes of
the same interview that follow with no time of their own as "by now", even across a
sentence of background telling another party's deed on a day ("Candidate X on Wednesday
emerged as the winner"). Sentences written here in the manner of agency copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _days(text: str, published: datetime.date) -> dict[str, str]:
    """The day each statement of ``text`` was said on, by its first three words."""
    return {
        " ".join(s.text.split()[:3]): s.said_on or "" for s in extract(text, published=published)
    }


TALKS = (
    "Kenyan President William Ruto met Ugandan President Yoweri Museveni on Tuesday to "
    "discuss the dispute over the lake border.\n"
    "The talks included Ugandan Foreign Minister Jeje Odongo, who criticised the repeated "
    "seizure of fishing boats by Kenyan patrols.\n"
    "Uganda was the final stop of the Kenyan president's regional tour.\n"
)


def test_words_in_a_relative_clause_of_the_talks_are_said_at_them() -> None:
    days = _days(TALKS, datetime.date(2023, 3, 14))  # a Tuesday
    assert days["criticised the repeated"] == "2023-03-14"


BACKGROUND = (
    "NAIROBI: Kenya's ambassador to Britain has welcomed the new prime minister, saying "
    "that she \u201cexpects results\u201d from the new government in London.\n"
    "In a long interview with The Standard, Ambassador Manoah Esipisu said that he sees "
    "trade between the two countries growing.\n"
    "Conservative leader Jane Hartley on Monday emerged as the winner of the party "
    "contest, after a long campaign.\n"
    "\u201cWe will work with whoever leads the government,\u201d Esipisu said.\n"
)


def test_the_leads_perfect_carries_past_a_background_day() -> None:
    days = _days(BACKGROUND, datetime.date(2022, 9, 6))  # a Tuesday
    assert days["We will work"] == "../2022-09-06"
