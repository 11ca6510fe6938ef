"""A day in a clause about the future is no occasion of the words told after it, also when
the words between the future verb and the day hold initials ("will hold talks with U.S.
Secretary of State Antony Blinken on Friday": the stops of "U.S." had hidden the "will", so
the later "Wang said" was dated last Friday). Its near miss: talks held, the day gone by,
date the words told after them. Sentences written here in the manner of agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 10, 25)  # a Wednesday


def test_talks_still_to_come_date_no_words() -> None:
    assert_statements(
        "WASHINGTON, Oct. 25 (Xinhua) -- Chinese Foreign Minister Wang Yi will hold talks with "
        "U.S. Secretary of State Antony Blinken on Friday.\n\n"
        "Stable relations between the two countries serve the whole world, Wang said.\n",
        PUBLISHED,
        [("Wang Yi", "Stable relations between the two countries", "2023-10-25")],
    )


def test_talks_over_two_days_still_to_come_date_no_words() -> None:
    assert_statements(
        "WASHINGTON, Oct. 25 (Xinhua) -- Chinese Foreign Minister Wang Yi will hold talks with "
        "U.S. Secretary of State Antony Blinken on Thursday and Friday.\n\n"
        "Stable relations between the two countries serve the whole world, Wang said.\n",
        PUBLISHED,
        [("Wang Yi", "Stable relations between the two countries", "2023-10-25")],
    )


def test_talks_held_date_the_words_after_them() -> None:
    # near miss: the talks are over; the words told of them are of their day
    assert_statements(
        "WASHINGTON, Oct. 25 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with U.S. "
        "Secretary of State Antony Blinken on Monday.\n\n"
        "Stable relations between the two countries serve the whole world, Wang said.\n",
        PUBLISHED,
        [("Wang Yi", "Stable relations between the two countries", "2023-10-23")],
    )
