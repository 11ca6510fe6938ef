"""Days of saying the earlier rounds gave wrongly, fitted to ANNOTATION.md and the shared
corpus's practice: a story built on an interview it gives no day ("..., X said in an
exclusive interview with The Daily") dates the speaker's words by no meeting the story tells
("X met Y in Oslo on Thursday"): they were said in the interview, whose day is unknown (the
story's own day, leniently). Sentences written here in the manner of a national paper."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _days(text: str, published: datetime.date) -> dict[str, str]:
    """The day each statement of ``text`` was said on, by its first three words."""
    return {
        " ".join(s.text.split()[:3]): s.said_on or "" for s in extract(text, published=published)
    }


MONDAY = datetime.date(2025, 3, 17)

INTERVIEW = (
    "Trade Minister Anna Lindqvist says she pressed her Norwegian counterpart hard on salmon "
    "tariffs during talks in Oslo last week.\n"
    "Ms. Lindqvist met with the Norwegian minister for two hours at the foreign ministry in "
    "Oslo on Thursday but no agreement was reached. A quick deal is unlikely because both "
    "fleets face poor catches, she said.\n"
    "“We are not going to give away our fishermen’s livelihoods for a headline,” "
    "Ms. Lindqvist said in an exclusive interview with The Northern Ledger.\n"
)


def test_an_undated_interview_is_not_the_meetings_day() -> None:
    days = _days(INTERVIEW, MONDAY)
    assert days["We are not"] == "2025-03-17"
    assert days["A quick deal"] == "2025-03-17"
    assert days["she pressed her"] == "2025-03-17"


DATED_INTERVIEW = (
    "Ms. Lindqvist met with the Norwegian minister in Oslo on Thursday. A quick deal is "
    "unlikely, she said.\n"
    "“We will not give way,” Ms. Lindqvist said in an interview on Friday with The Northern "
    "Ledger.\n"
)


def test_an_interview_with_its_own_day_keeps_it() -> None:
    days = _days(DATED_INTERVIEW, MONDAY)
    assert days["We will not"] == "2025-03-14"


NEWS_CONFERENCE = (
    "Ms. Lindqvist met with the Norwegian minister in Oslo on Thursday. After the talks she "
    "told reporters that a quick deal was unlikely.\n"
    "“We will not give way,” she said in an interview with The Northern Ledger.\n"
)


def test_words_told_at_the_meeting_keep_its_day() -> None:
    days = _days(NEWS_CONFERENCE, MONDAY)
    assert days["a quick deal"] == "2025-03-13"


WHO_SAID = (
    "ISLAMABAD, March 17: Talks between the two foreign secretaries ended on Monday.\n\n"
    "In a statement after the talks Mr. Rahman, who said they had been held in a “cordial "
    "atmosphere”, said his country’s concerns on water sharing had been conveyed.\n"
)


def test_who_said_on_the_subject_of_a_saying_is_the_same_words() -> None:
    days = _days(WHO_SAID, MONDAY)
    assert days["they had been"] == days["his country’s concerns"]
    assert not days["they had been"].startswith("..")


WHO_SAID_BEFORE = (
    "Mr. Rahman, who said last month that the border would stay shut, met the envoy in "
    "Islamabad on Monday.\n"
)


def test_who_said_beside_a_deed_is_still_before() -> None:
    days = _days(WHO_SAID_BEFORE, MONDAY)
    assert days["the border would"] != "2025-03-17"


WHO_ONCE_SAID = (
    "BERLIN, March 17: The coalition met again on Monday.\n\n"
    "Chancellor Anna Keller, who once said that the army would not send jets abroad, said on "
    "Monday that the decision lay with parliament.\n\n"
    "Finance Minister Rolf Baum, who famously said that debt was a burden on the young, said "
    "on Monday that the budget would be balanced.\n"
)


def test_who_once_said_beside_a_later_saying_is_still_before() -> None:
    days = _days(WHO_ONCE_SAID, MONDAY)
    assert days["the army would"].startswith("..")
    assert days["debt was a"].startswith("..")
