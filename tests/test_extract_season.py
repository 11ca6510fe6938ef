"""A season named with no year dates the words to the year that season last began in.

"X had stressed in the spring that ..." tells only the year: the spring before the article's
day, of its own year (or of the year before, when the article appears before that season
starts). The perfect tense alone had left the words an open "on or before" date.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_the_perfect_and_a_season_of_this_year() -> None:
    text = (
        "ROME, Oct 4 (ANSA) - Italy will send more aid to Lebanon.\n\n"
        "Prime Minister Giorgia Meloni had stressed during a visit to Beirut in the spring "
        "that Italy would stand by the Lebanese army.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 10, 4),
        [("Giorgia Meloni", "Italy would stand by the Lebanese army", "2024")],
    )


def test_a_season_not_yet_begun_this_year_is_last_year_s() -> None:
    text = (
        "MADRID, Feb 12 (EFE) - Spain will host the donors' meeting.\n\n"
        "Foreign Minister Jose Manuel Albares said in the summer that Madrid would recognise "
        "Palestine.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 2, 12),
        [("Jose Manuel Albares", "Madrid would recognise Palestine", "2024")],
    )


def test_a_season_in_a_plan_dates_nothing() -> None:
    # passes before the change too: the season of a plan is no occasion of the words
    text = (
        "MADRID, Feb 12 (EFE) - Spain will host the donors' meeting.\n\n"
        "Albares said on Monday that he would travel to Ramallah in the spring.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 2, 12),
        [("Albares", "he would travel to Ramallah", "2025-02-10")],
    )
