"""Round thirty-three, English press: "the framework the president first set out in a speech
on 31 May last year, when he told both sides ..." puts the words in a time clause hung on a
day that stands in a clause of another deed (a relative or "that" clause); the words are of
that day all the same, not the article's. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_a_when_clause_of_saying_after_a_day_in_a_relative_clause() -> None:
    text = (
        "WASHINGTON (Reuters) - The truce follows a road map that President Joe Biden first "
        "laid out in a televised speech on 31 May last year, when Biden told both sides that "
        'it was "time for this war to end".\n\n'
        "Talks on the text dragged on for months.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 1, 15),
        [("Joe Biden", "it was", "2024-05-31")],
    )


def test_a_when_clause_after_a_weekday_the_relative_clause_holds() -> None:
    text = (
        "BRUSSELS (AP) — The training mission builds on a proposal that EU foreign policy "
        "chief Josep Borrell put to ministers in Prague on Tuesday, when Borrell said that "
        "the bloc could not leave Kyiv to fight alone.\n\n"
        "Several capitals remain sceptical.\n"
    )
    assert_statements(
        text,
        datetime.date(2022, 9, 1),
        [("Josep Borrell", "the bloc could not", "2022-08-30")],
    )


def test_a_when_clause_after_a_day_of_the_main_clause() -> None:
    # near miss: passes on the starting code too
    text = (
        "The idea dates from a speech on 29 August, when Biden told both sides that it was "
        '"time for this war to end".\n'
    )
    assert_statements(
        text,
        datetime.date(2025, 1, 15),
        [("Biden", "it was", "2024-08-29")],
    )
