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


ADOPTED_ON = """\
 date 2023-08-02 Statement of the Chairperson of the African Union Commission on the situation \
in Niger

The Chairperson of the African Union Commission, Moussa Faki Mahamat, recalls the communique \
of the Peace and Security Council adopted on 28 July 2023, and reiterates his firm \
condemnation of the attempt to seize power.

The Chairperson calls for the immediate release of the detained President.
"""


def test_a_communique_recalled_by_its_day_of_adoption_dates_nothing_said() -> None:
    assert_statements(
        ADOPTED_ON,
        datetime.date(2023, 8, 2),
        [
            ("Moussa Faki Mahamat", "his firm condemnation", "2023-08-02"),
            ("Moussa Faki Mahamat", "calls for the immediate release", "2023-08-02"),
        ],
    )


RECALLED_ON_A_DAY = """\
MOSCOW, March 5 (Wire) - Russian Foreign Minister Sergei Lavrov recalled his warning on \
Monday, saying the West had ignored it for years.
"""


def test_a_day_after_a_recalled_thing_may_be_the_day_of_the_recalling() -> None:
    """Near miss (the same on the starting code): no "of" or "issued on" ties the day to
    the paper, so it stays the day he spoke."""
    assert_statements(
        RECALLED_ON_A_DAY,
        datetime.date(2025, 3, 5),
        [("Sergei Lavrov", "the West had ignored it", "2025-03-03")],
    )
