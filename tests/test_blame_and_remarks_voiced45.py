"""Words reported with a verb or noun tracker did not know: "The presidency held the
government responsible for ...", "PM X's recent remarks that ...". Their near misses are
deeds ("held talks"), rulings ("the court held him responsible") and a stance held ("Egypt's
firm position that"). Sentences written here in the manner of WAFA and Dawn."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 4)  # a Monday
DAY = "2024-03-04"


def test_held_responsible_for() -> None:
    assert_statements(
        "RAMALLAH, March 4, 2024 (WAFA) - The Presidency on Monday held the Israeli government "
        "responsible for the ongoing attacks on villages in the West Bank.\n",
        PUBLISHED,
        [("Presidency", "the Israeli government responsible for the ongoing attacks", DAY)],
    )


def test_held_talks_and_a_ruling_say_nothing() -> None:
    # near miss: a deed, and a court's ruling
    assert_statements(
        "RAMALLAH, March 4, 2024 (WAFA) - The two ministers held talks in Amman on Monday. "
        "The district court held the company responsible for the damage.\n",
        PUBLISHED,
        [],
    )


def test_recent_remarks_that() -> None:
    assert_statements(
        "ISLAMABAD, March 4, 2024 - The Foreign Office spokesperson was asked on Monday about "
        "PM Shehbaz Sharif's recent remarks that Pakistan was ready to talk to India on all "
        "issues.\n",
        PUBLISHED,
        [("Shehbaz Sharif", "Pakistan was ready to talk to India on all issues", "../" + DAY)],
    )


def test_a_firm_position_that_is_a_stance_held() -> None:
    # near miss: an adjective of stance, not of time, before the noun: a position held
    assert_statements(
        "CAIRO, March 4, 2024 - The talks on Monday reflected Egypt's firm position that the "
        "crisis must be settled by Libyans alone.\n",
        PUBLISHED,
        [],
    )
