"""A day told in a relative clause set off by a comma ("The bill, which the House approved
on Saturday, ...") is background: "earlier in the day" after it counts from the day the
story has reached, not from that one (round 34, second wave: a relative day from the wrong
anchor). Each test in new words written here, in the style of a wire story."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2024, 5, 7)


def test_earlier_in_the_day_is_not_counted_from_a_day_in_an_aside() -> None:
    # "The bill, which the House approved on Saturday, ...": the aside tells of the bill; the
    # story is still at the vote's day
    assert_statements(
        "Senate clears border bill\n\n"
        "WASHINGTON, May 7 - The Senate passed the border security bill on Tuesday, sending "
        "it to the president's desk.\n\n"
        "The bill, which the House approved on Saturday after a weekend of wrangling, also "
        "funds new immigration judges.\n\n"
        "Sen. Rand Paul said in a floor speech earlier in the day that the measure spent money "
        "the country did not have.\n",
        TUESDAY,
        [("Rand Paul", "the measure spent money", "2024-05-07")],
    )


def test_earlier_in_the_day_after_a_whose_clause() -> None:
    assert_statements(
        "Grain talks stall\n\n"
        "ANKARA, June 12 - Talks on the grain corridor ended without a deal on Wednesday.\n\n"
        "The corridor, whose last extension lapsed on Sunday, carried more than 30 million "
        "tonnes of grain.\n\n"
        "Earlier in the day, Turkish Defence Minister Yasar Guler told reporters that the sides "
        'were "very close".\n',
        datetime.date(2024, 6, 12),
        [("Yasar Guler", "the sides were", "2024-06-12")],
    )


def test_earlier_in_the_day_after_a_day_in_the_main_clause() -> None:
    # near miss, the same on the starting code: a day the story itself moved to
    assert_statements(
        "Grain talks stall\n\n"
        "ANKARA, June 12 - Talks on the grain corridor resumed on Tuesday.\n\n"
        "The delegations met again on Wednesday morning.\n\n"
        "Earlier in the day, Turkish Defence Minister Yasar Guler told reporters that the sides "
        'were "very close".\n',
        datetime.date(2024, 6, 13),
        [("Yasar Guler", "the sides were", "2024-06-12")],
    )
