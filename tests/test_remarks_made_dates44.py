"""The day of remarks the story names as the ones the words come from (issue 8, round 36:
"remarks made on September 15 by X, who demanded ...", "NHK reported, citing comments
Abe made yesterday"). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2023, 10, 24)


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_remarks_made_on_a_day_by_the_speaker_who_demanded_date_the_demand() -> None:
    # "at that first exchange" before them: "that" after a preposition points at a noun and
    # opens no clause, so the day of the remarks stands in the sentence's own clause
    text = (
        "The two presidents met in Dushanbe on October 12 to ease tensions on the border.\n\n"
        "What trust was built at that first exchange was soon lost to remarks made on "
        "October 16 by the head of the border service, Ruslan Asanov, who demanded that the "
        "neighbour withdraw its troops from the valley. He was speaking to reporters in Osh.\n\n"
        '"We have always sought a peaceful solution, and we will not give up a single metre '
        'of our land," Asanov said.'
    )
    assert _days(text, TUESDAY) == [
        ("Ruslan Asanov", "2023-10-16"),
        ("Ruslan Asanov", "2023-10-16"),
    ]


def test_a_day_in_a_that_clause_before_the_verb_still_dates_that_clause() -> None:
    # near miss: "that" after a noun opens a relative clause; its day is the signing's
    text = (
        "The border protocol that the two governments signed on October 16 has lapsed, "
        "Ruslan Asanov said."
    )
    assert _days(text, TUESDAY) == [("Ruslan Asanov", "2023-10-24")]


WEDNESDAY = datetime.date(2013, 8, 28)


def test_a_report_citing_comments_the_speaker_made_yesterday_takes_that_day() -> None:
    # a broadcaster's report of the words, given from the speaker's remarks of the day before
    text = (
        "TOKYO - Japan's foreign minister hopes to meet his Chinese counterpart in St. "
        "Petersburg next week.\n\n"
        "Kishida said he wanted to discuss maritime safety with both Beijing and Seoul, "
        "public broadcaster NHK reported, citing comments Kishida made yesterday during a "
        "visit to Qatar."
    )
    assert _days(text, WEDNESDAY) == [("Kishida", "2013-08-27")]


def test_comments_someone_else_made_leave_the_words_at_the_story_day() -> None:
    # near miss: the remarks cited are another's ("the premier"), and a day of the speaker's
    # own verb outranks remarks referred to
    text = (
        "Kishida said he wanted to discuss maritime safety with Beijing, citing comments the "
        "premier made yesterday in Doha.\n\n"
        "Motegi said on Tuesday the talks must go on, citing comments he made last week."
    )
    assert _days(text, WEDNESDAY) == [("Kishida", "2013-08-28"), ("Motegi", "2013-08-27")]
