"""An attribution set off by commas after a time phrase (round 48): "Last year, Senator X
said, the state lost ..." and "Two years ago, the governor said, ..." report the whole
sentence around the name, the time phrase included (the phrase had been read off as the
verb's own, leaving no words before the name, and the statement was lost). Stories
written here in the manner of a US wire or newspaper political report."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2016, 3, 9)
DAY = "2016-03-09"

_LAST_YEAR = (
    "COLUMBUS, Ohio (AP) — Lawmakers returned to the statehouse on Tuesday.\n\n"
    "Last year, Senator Maria Delgado said, the county lost nearly 4,000 factory jobs to "
    "plants in Mexico.\n"
)

_YEARS_AGO = (
    "COLUMBUS, Ohio (AP) — Lawmakers returned to the statehouse on Tuesday.\n\n"
    "Two years ago, Governor Paul Whitaker said, the pension fund was close to running dry.\n"
)

_NO_TIME_PHRASE = (
    "COLUMBUS, Ohio (AP) — Lawmakers returned to the statehouse on Tuesday.\n\n"
    "After the vote, Governor Paul Whitaker said, the party would regroup for the fall.\n"
)

_QUOTE_AFTER = (
    "COLUMBUS, Ohio (AP) — Lawmakers returned to the statehouse on Tuesday.\n\n"
    'On Tuesday, Governor Paul Whitaker said, "We will not raise taxes this year."\n'
)


def test_last_year_then_a_name_set_off_by_commas() -> None:
    assert_statements(
        _LAST_YEAR,
        PUBLISHED,
        [("Maria Delgado", "Last year, Senator Maria Delgado said, the county lost", DAY)],
    )


def test_some_years_ago_then_a_name_set_off_by_commas() -> None:
    assert_statements(
        _YEARS_AGO,
        PUBLISHED,
        [("Paul Whitaker", "Two years ago, Governor Paul Whitaker said, the pension", DAY)],
    )


def test_a_lead_that_is_no_time_phrase_still_reads_so() -> None:
    assert_statements(
        _NO_TIME_PHRASE,
        PUBLISHED,
        [("Paul Whitaker", "After the vote, Governor Paul Whitaker said, the party", DAY)],
    )


def test_a_quotation_after_the_day_is_the_words() -> None:
    assert_statements(
        _QUOTE_AFTER, PUBLISHED, [("Paul Whitaker", "We will not raise taxes", "2016-03-08")]
    )


_ON_A_WEEKDAY = (
    "COLUMBUS, Ohio (AP) — Lawmakers returned to the statehouse on Tuesday.\n\n"
    "On Monday, Senator Maria Delgado said, the county would lose its last steel mill "
    "before the summer.\n"
)


def test_a_weekday_before_the_name_is_the_day_it_was_said() -> None:
    # a day before a name set off by commas dates the saying: it stays out of the words
    assert_statements(
        _ON_A_WEEKDAY,
        PUBLISHED,
        [("Maria Delgado", "the county would lose its last steel mill", "2016-03-07")],
    )
