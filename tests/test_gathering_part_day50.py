"""A part of a dated gathering (round 50): "During the opening of yesterday's session, X
said ...", "in the course of Monday's debate", "said during the close of Tuesday's summit":
a preposition that puts the words inside a part of the gathering (its opening, course,
close) dates them by the gathering's day, as "at the opening of" already did. A thing the
words are about ("commenting on the outcome of Tuesday's summit") gives no such day.
Stories written here in the manner of African, European and Asian papers."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 3, 8)  # a Wednesday
DAY = "2023-03-08"
YESTERDAY = "2023-03-07"

_DURING_THE_OPENING = (
    "KIGALI - Ministers from the region gathered for the council's spring meeting.\n\n"
    "During the opening of yesterday's session, the chairperson of the commission, Dr "
    "Amina Wekesa, said that the bloc must speed up its customs reforms.\n"
)

_IN_THE_COURSE = (
    "In the course of Tuesday's debate in the assembly, Foreign Minister Jan Kowal said "
    "that Warsaw would double its aid to the refugees.\n"
)

_SAID_DURING_THE_CLOSE = (
    "Prime Minister Lee Min-ho said during the close of Tuesday's regional summit that "
    "the two sides had agreed to meet again in May.\n"
)

_ABOUT_THE_OUTCOME = (
    "Foreign Minister Jan Kowal, commenting on the outcome of Tuesday's summit, said "
    "that Warsaw was satisfied with the deal.\n"
)


def test_during_the_opening_of_yesterdays_session_dates_the_words() -> None:
    assert_statements(
        _DURING_THE_OPENING,
        PUBLISHED,
        [("Amina Wekesa", "the bloc must speed up its customs reforms", YESTERDAY)],
    )


def test_in_the_course_of_a_dated_debate_dates_the_words() -> None:
    assert_statements(
        _IN_THE_COURSE,
        PUBLISHED,
        [("Jan Kowal", "Warsaw would double its aid", YESTERDAY)],
    )


def test_said_during_the_close_of_a_dated_summit_dates_the_words() -> None:
    assert_statements(
        _SAID_DURING_THE_CLOSE,
        PUBLISHED,
        [("Lee Min-ho", "the two sides had agreed", YESTERDAY)],
    )


def test_the_outcome_of_a_dated_summit_is_what_the_words_are_about() -> None:
    assert_statements(
        _ABOUT_THE_OUTCOME,
        PUBLISHED,
        [("Jan Kowal", "Warsaw was satisfied with the deal", DAY)],
    )
