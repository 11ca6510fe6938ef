"""An occasion held over two named days ("held two rounds of talks ... on Thursday and
Friday") dates the words told at it by both days, first to last, since the text does not say
which round they were said in (ANNOTATION's ``said_on_range``): not by the second day alone.
A clause of its own after the first day ("arrived on Monday and Tuesday met ...") names two
days, one a deed, and is left as it was. Sentences written here, in the manner of Xinhua's
reports of ministers' talks.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2023, 10, 27)  # a Friday

TALKS = (
    "WASHINGTON, Oct. 27 (Xinhua) -- Chinese Foreign Minister Wang Yi held two rounds of "
    "talks with U.S. Secretary of State Antony Blinken on Thursday and Friday.\n\n"
    "Stable relations between the two countries serve the interests of the whole world, "
    "Wang said.\n\n"
    "The two sides should keep their channels of communication open, he added.\n"
)


def test_words_at_talks_over_two_days_fall_within_them() -> None:
    assert_statements(
        TALKS,
        DAY,
        [
            ("Wang Yi", "Stable relations between the two", "2023-10-26/2023-10-27"),
            ("Wang Yi", "The two sides should keep", "2023-10-26/2023-10-27"),
        ],
    )


def test_one_day_of_talks_is_that_day() -> None:
    assert_statements(
        TALKS.replace("on Thursday and Friday", "on Friday"),
        DAY,
        [
            ("Wang Yi", "Stable relations between the two", "2023-10-27"),
            ("Wang Yi", "The two sides should keep", "2023-10-27"),
        ],
    )


def test_a_second_day_opening_its_own_clause_is_no_span() -> None:
    text = (
        "WASHINGTON, Oct. 27 (Xinhua) -- Chinese Foreign Minister Wang Yi arrived in "
        "Washington on Thursday and Friday met U.S. Secretary of State Antony Blinken.\n\n"
        "Stable relations between the two countries serve the interests of the whole world, "
        "Wang said.\n"
    )
    assert_statements(text, DAY, [("Wang Yi", "Stable relations between the two", "2023-10-27")])
