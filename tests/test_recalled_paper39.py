"""Round thirty-nine, official pages: a chairperson's statement that recalls an earlier one by
its day ("recalls his statement of 9 November 2020, and urges ...") is not said on that day;
the words are of the page's own. In new words, in the style of a body's statement."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

RECALLED = """\
 date 2023-06-02 Statement of the Chairperson of the African Union Commission on the situation \
in Sudan

The Chairperson of the African Union Commission, Moussa Faki Mahamat, is following with grave \
concern the renewed fighting in Khartoum.

The Chairperson recalls his statement of 15 April 2023, and urges the parties to respect the \
humanitarian truce in full.

The Chairperson calls on all partners to support the efforts of the African Union.
"""


def test_a_recalled_statement_does_not_date_the_new_one() -> None:
    assert_statements(
        RECALLED,
        datetime.date(2023, 6, 2),
        [
            ("Moussa Faki Mahamat", "is following with grave concern", "2023-06-02"),
            ("Moussa Faki Mahamat", "urges the parties to respect", "2023-06-02"),
            ("Moussa Faki Mahamat", "calls on all partners", "2023-06-02"),
        ],
    )


SAID_ON_THE_DAY = """\
ADDIS ABABA, June 2 (Wire) - The Chairperson of the African Union Commission, Moussa Faki \
Mahamat, said on 30 May 2023 that the parties must respect the humanitarian truce in full.
"""


def test_a_day_the_chairperson_spoke_on_still_dates_his_words() -> None:
    """Near miss (the same on the starting code): the day he spoke, not a paper recalled."""
    assert_statements(
        SAID_ON_THE_DAY,
        datetime.date(2023, 6, 2),
        [("Moussa Faki Mahamat", "the parties must respect", "2023-05-30")],
    )
