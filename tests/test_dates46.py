"""Days of statements in real copy (issue 8, round 38: date classes from the open sets
xa, xc, xf, ya, yc and the census of real31-37). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_year_of_the_topic_gives_way_to_the_day_of_the_statement() -> None:
    # "issued a statement Wednesday, marking the anniversary of the summit in 2004, in
    # which he demanded": the year dates the summit; the statement is Wednesday's (Kyodo)
    text = (
        "TOKYO, May 22 (Kyodo) -- Japan's minister for the abduction issue, Keiji Furuya, "
        "issued a statement Wednesday, marking the tenth anniversary of the last summit held "
        "between the two countries in 2004, in which he urged North Korea to return all "
        "abductees."
    )
    assert _days(text, datetime.date(2013, 5, 22)) == [("Keiji Furuya", "2013-05-22")]


def test_year_of_the_work_reviewed_gives_way_to_the_meeting_day() -> None:
    # "said at the board session ... to sum up the work done in 2019 ... on 9 February":
    # the year is the work's, the day the session's (BelTA)
    text = (
        "MINSK, 9 February (BelTA) - Belarus will keep its course of multi-vector "
        "diplomacy, Foreign Minister Vladimir Makei said at the annual board session of the "
        "ministry to sum up the work done in 2019 with the participation of Prime Minister "
        "Sergei Rumas on 9 February."
    )
    assert _days(text, datetime.date(2020, 2, 9)) == [("Vladimir Makei", "2020-02-09")]


def test_bare_year_alone_still_dates_the_words() -> None:
    # near miss: a year with no day beside it is the only time the clause gives
    text = (
        "Belarus will keep its course of multi-vector diplomacy, Foreign Minister Vladimir "
        "Makei said in 2019 at a conference in Minsk."
    )
    assert _days(text, datetime.date(2020, 2, 9)) == [("Vladimir Makei", "2019")]


_JAKARTA_LEAD = (
    "Jakarta will not rush to answer the American proposal, the Foreign Ministry said on "
    "Friday, as questions over the plan mounted in Washington.\n\n"
    "Indonesia, which has long backed a two-state solution, has kept its diplomatic plans to "
    "itself since the proposal was floated.\n\n"
    "Jakarta will not rush to answer the American proposal, the Foreign Ministry said on "
    "Friday, as questions over the plan mounted in Washington.\n\n"
)


def test_spokesperson_keeps_the_lead_day_told_again() -> None:
    # the page repeats its standfirst in the body: the lead's day told again is no other
    # day, and the ministry's spokesman quoted next speaks at the lead's occasion (Jakarta
    # Post layout)
    text = _JAKARTA_LEAD + (
        "\u201cOur position on Palestine has not changed and we will act through the proper "
        "forums,\u201d said ministry spokesman Rolliansyah Soemirat to reporters."
    )
    assert _days(text, datetime.date(2025, 2, 8)) == [
        ("Foreign Ministry", "2025-02-07"),
        ("Rolliansyah Soemirat", "2025-02-07"),
    ]


def test_spokesperson_after_a_later_day_is_not_at_the_lead() -> None:
    # near miss: the story moves on to Saturday before the spokesman speaks
    text = _JAKARTA_LEAD + (
        "The minister flew to Cairo on Saturday for talks.\n\n"
        "\u201cOur position on Palestine has not changed and we will act through the proper "
        "forums,\u201d said ministry spokesman Rolliansyah Soemirat to reporters."
    )
    days = _days(text, datetime.date(2025, 2, 9))
    assert days[0] == ("Foreign Ministry", "2025-02-07")
    assert days[-1][0] == "Rolliansyah Soemirat" and days[-1][1] != "2025-02-07"


def test_the_saying_s_own_year_keeps_its_year_beside_a_day_of_another_event() -> None:
    # near misses (review rv46b F3): "said in 2015, days after the attacks on November 13"
    # and "In 2015, X said": the year is the saying's; the day (placed near publication,
    # having no year) is another event's
    for text in (
        "BERLIN (Reuters) - Angela Merkel said in 2015, days after the attacks in Paris on "
        "November 13, that Europe would not be intimidated.",
        "BERLIN (Reuters) - In 2015, Angela Merkel said, days after the attacks in Paris on "
        "November 13, that Europe would not be intimidated.",
    ):
        assert _days(text, datetime.date(2024, 3, 3)) == [("Angela Merkel", "2015")]
