"""Dates of words told in the kinds of sentence wire stories and UN noon briefings use: a
weekend (or "this week") the paragraph has reached in a sentence of no one's words whose
subject is the speaker ("Over the weekend, the Secretary-General visited ... He told
reporters ...") dates the words after it, not a day told before it ("this morning"); a
weekend of background ("Over the weekend, clashes drove ...") dates no one's words; the
same words told again with their day take that day; "Two months ago, X had said": the time
counted back says when, not only the pluperfect's "before"; "Y told the paper in an
interview" carries no day from another speaker's interview published on a day. Sentences
written here in the manner of agency copy and briefing notes."""

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


# near miss (held before the fix too): the speaker's later words, at a day of their own,
# keep that day, and the weekend's words stay the weekend's
def test_a_later_day_of_the_same_speaker_keeps_its_own_day() -> None:
    days = _days(BRIEFING, datetime.date(2024, 2, 26))
    assert days == {
        "the humanitarian appeal": "2024-02-24/2024-02-25",
        "the region deserved": "2024-02-25",
    }


# the weekend's words told again below with their day: that day (the span narrowed)
def test_the_weekends_words_told_again_with_their_day_take_it() -> None:
    days = _days(
        "GENEVA, Feb 26 (Reuters) - Over the weekend, U.N. Secretary-General Antonio "
        "Guterres toured a transit centre for refugees in eastern Chad. He told reporters "
        "there that the aid appeal for Sudan had received barely a tenth of its funds.\n\n"
        "Guterres said on Sunday in N'Djamena that donors must pledge more and that the aid "
        "appeal for Sudan had received barely a tenth of its funds.\n",
        datetime.date(2024, 2, 26),
    )
    assert days == {"the aid appeal": "2024-02-25", "donors must pledge": "2024-02-25"}


# a weekend of background (its subject no speaker's) moves no one's words to it
def test_a_weekend_of_background_does_not_date_the_speakers_words() -> None:
    days = _days(
        "GENEVA, Feb 26 (Reuters) - U.N. refugee chief Filippo Grandi told reporters in "
        "Geneva on Monday that money for the Sudan response was nearly gone. Over the "
        "weekend, clashes drove 12,000 more people from their homes in Darfur. He said the "
        "agency needed another $900 million for the new arrivals.\n",
        datetime.date(2024, 2, 26),
    )
    assert days == {"money for the": "2024-02-26", "the agency needed": "2024-02-26"}


# the speaker's own days this week (a pronoun subject) date the words after them; a week's
# background does not
def test_this_week_dates_the_speakers_words_only_when_the_speaker_is_its_subject() -> None:
    own = (
        "BRUSSELS, March 14 (Reuters) - EU foreign policy chief Josep Borrell reached Kyiv on "
        "Thursday. Earlier this week, he visited the front-line city of Kharkiv. He told "
        "soldiers there that European shells would arrive within weeks.\n"
    )
    background = own.replace("he visited the front-line city", "drones hit the city").replace(
        "He told soldiers there", "He said"
    )
    assert _days(own, datetime.date(2024, 3, 14)) == {
        "European shells would": "2024-03-11/2024-03-13"
    }
    assert _days(background, datetime.date(2024, 3, 14)) == {"European shells would": "2024-03-14"}


def test_a_weekend_told_in_the_lead_itself_is_still_narrowed() -> None:
    # ("X said over the weekend ..." then the same words with their day: that day)
    days = _days(
        "GENEVA, Feb 26 (Reuters) - The U.N. refugee chief said over the weekend that "
        "Chad could not shelter more refugees without help.\n\n"
        "Filippo Grandi told reporters in Abeche on Sunday that Chad could not shelter "
        "more refugees without help from donors.\n",
        datetime.date(2024, 2, 26),
    )
    assert days == {"Chad could not": "2024-02-25"}


def test_months_ago_dates_the_pluperfect() -> None:
    days = _days(
        "TASHKENT, May 20 (Reuters) - Uzbek Foreign Minister Bakhtiyor Saidov said on "
        "Monday that his country would widen trade with the European Union.\n\n"
        "Three months ago, Saidov had said that Tashkent would not join any bloc.\n",
        datetime.date(2024, 5, 20),
    )
    assert days == {"his country would": "2024-05-20", "Tashkent would not": "2024-02"}


def test_an_interview_of_ones_own_takes_no_day_from_anothers() -> None:
    days = _days(
        "PARIS, March 11 (Reuters) - French Foreign Minister Stephane Sejourne said in an "
        "interview published on Sunday that Paris would keep training Ukrainian soldiers.\n\n"
        "Lithuanian Foreign Minister Gabrielius Landsbergis told the newspaper Le Monde in "
        "an interview that Europe had to prepare for a long war.\n",
        datetime.date(2024, 3, 11),
    )
    assert days == {"Paris would keep": "../2024-03-10", "Europe had to": "2024-03-11"}
