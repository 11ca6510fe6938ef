"""A day counted from an event is not the event's day: "Two days before the two ministers'
phone call, NATO's chief on Tuesday called for ..." names the call as what the days are
counted from, and the Tuesday is the NATO chief's. A later "X said in the phone call that ..."
took the Tuesday as the call's day; the call is the one told earlier, "in a phone call ... on
Thursday".
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2023, 2, 2)  # a Thursday

STORY = (
    "Chinese Foreign Minister Qin Gang urged South Korea to handle sensitive issues with "
    "care.\n\n"
    "In a phone call with his South Korean counterpart Park Jin on Thursday, Qin said the two "
    "countries should keep their relations on a steady course.\n\n"
    "Two days before the two ministers' phone call, NATO Secretary-General Jens Stoltenberg "
    "on Tuesday called for closer ties with Seoul during a visit there.\n\n"
    "Qin said in the phone call that trade between the two countries should follow market "
    "rules.\n"
)


def test_call_counted_from_keeps_its_own_day() -> None:
    assert_statements(
        STORY,
        DAY,
        [
            ("Qin Gang", "urged South Korea to handle", "2023-02-02"),
            ("Qin Gang", "the two countries should keep", "2023-02-02"),
            ("Jens Stoltenberg", "called for closer ties", "2023-01-31"),
            ("Qin Gang", "trade between the two countries", "2023-02-02"),
        ],
    )


def test_day_set_apart_from_the_call_still_dates_it() -> None:
    # near miss: "Two days before, in a phone call with ...": the days are counted from the
    # news, set off by a comma; the call mentioned after them was held that day
    text = (
        "Chinese Foreign Minister Qin Gang said on Thursday that the two countries should keep "
        "their relations on a steady course.\n\n"
        "Two days before, in a phone call with South Korean Foreign Minister Park Jin, Qin "
        "spoke of the chip trade.\n\n"
        "Qin said in the phone call that trade between the two countries should follow market "
        "rules.\n"
    )
    assert_statements(
        text,
        DAY,
        [
            ("Qin Gang", "the two countries should keep", "2023-02-02"),
            ("Qin Gang", "trade between the two countries", "2023-01-31"),
        ],
    )
