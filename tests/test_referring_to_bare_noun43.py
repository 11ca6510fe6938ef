"""A time word inside what the speaker is said to refer to dates that thing, not the saying:
"..., the president said, referring to forced landing of a passenger jet in Minsk last month"
(a bare noun after "referring to", as after "referring to the ..." before). "Referring on
Sunday to ..." has no noun between: there the day is the referring's. Sentences written
here, in the manner of a Baltic wire report from a summit.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2021, 6, 14)  # a Monday

REFERRING = (
    "Lithuania's President Gitanas Nauseda told journalists in Brussels that the alliance "
    "must stay united.\n\n"
    "\u201cA regime that is ready to threaten the lives of civilians is a danger to all of "
    "us,\u201d the Lithuanian president said, referring to forced landing of a passenger jet "
    "in Minsk last month.\n"
)


def test_a_month_in_the_thing_referred_to_is_not_the_sayings() -> None:
    assert_statements(
        REFERRING,
        DAY,
        [
            ("Gitanas Nauseda", "the alliance must stay united", "2021-06-14"),
            ("Gitanas Nauseda", "A regime that is ready", "2021-06-14"),
        ],
    )


def test_a_day_right_after_the_participle_is_still_its_own() -> None:
    # the near miss: no noun between "referring" and the day, which is the referring's
    text = REFERRING.replace("referring to forced", "referring on Sunday to forced").replace(
        " in Minsk last month", " in Minsk"
    )
    assert_statements(
        text,
        DAY,
        [
            ("Gitanas Nauseda", "the alliance must stay united", "2021-06-13"),
            ("Gitanas Nauseda", "A regime that is ready", "2021-06-13"),
        ],
    )
