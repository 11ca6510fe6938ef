"""Dates of words told in the kinds of sentence wire stories and UN noon briefings use: a
weekend the paragraph has reached ("Over the weekend, the Secretary-General visited ...
He told reporters ...") dates the words after it, not a day told before it ("this morning")
nor the day of the speaker's later words ("At yesterday's ceremony ..."); "Two months
ago, X had said": the time counted back says when, not only the pluperfect's "before"; "Y
told the paper in an interview" carries no day from another speaker's interview published
on a day. Sentences written here in the manner of agency copy and briefing notes."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _days(text: str, published: datetime.date) -> dict[str, str]:
    """The day each statement of ``text`` was said on, by its first three words."""
    return {
        " ".join(s.text.split()[:3]): s.said_on or "" for s in extract(text, published=published)
    }


BRIEFING = (
    "NOON BRIEFING BY THE SPOKESPERSON FOR THE SECRETARY-GENERAL\n\n"
    "Good afternoon.\n\n"
    "The Secretary-General arrived in Geneva this morning for the Human Rights Council. "
    "Over the weekend, the Secretary-General visited a camp for displaced people in "
    "eastern Chad. He told reporters there that the humanitarian appeal for Sudan was "
    "badly underfunded.\n\n"
    "At yesterday's ceremony in N'Djamena, the Secretary-General said that the region "
    "deserved far more attention from the world.\n"
)


def test_a_weekend_reached_dates_the_words_after_it() -> None:
    days = _days(BRIEFING, datetime.date(2024, 2, 26))  # a Monday
    assert days["the humanitarian appeal"] == "2024-02-24/2024-02-25"


def test_a_later_day_of_the_same_speaker_does_not_narrow_it() -> None:
    days = _days(BRIEFING, datetime.date(2024, 2, 26))
    assert days["the region deserved"] == "2024-02-25"


def test_a_weekend_told_in_the_lead_itself_is_still_narrowed() -> None:
    # ("X said over the weekend ..." then the same words with their day: that day)
    days = _days(
        "GENEVA, Feb 26 (Reuters) - The U.N. refugee chief said over the weekend that "
        "Chad could not shelter more refugees without help.\n\n"
        "Filippo Grandi told reporters in Abeche on Sunday that Chad could not shelter "
        "more refugees without help from donors.\n",
        datetime.date(2024, 2, 26),
    )
    assert days.get("Chad could not") == "2024-02-25"


def test_months_ago_dates_the_pluperfect() -> None:
    days = _days(
        "TASHKENT, May 20 (Reuters) - Uzbek Foreign Minister Bakhtiyor Saidov said on "
        "Monday that his country would widen trade with the European Union.\n\n"
        "Three months ago, Saidov had said that Tashkent would not join any bloc.\n",
        datetime.date(2024, 5, 20),
    )
    assert days["Tashkent would not"] == "2024-02"


def test_an_interview_of_ones_own_takes_no_day_from_anothers() -> None:
    days = _days(
        "PARIS, March 11 (Reuters) - French Foreign Minister Stephane Sejourne said in an "
        "interview published on Sunday that Paris would keep training Ukrainian soldiers.\n\n"
        "Lithuanian Foreign Minister Gabrielius Landsbergis told the newspaper Le Monde in "
        "an interview that Europe had to prepare for a long war.\n",
        datetime.date(2024, 3, 11),
    )
    assert days["Paris would keep"] == "../2024-03-10"
    assert not days["Europe had to"].startswith("../")
