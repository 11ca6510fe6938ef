"""A passive of saying fronted by "as" gives the words after its comma to its agent.

"As stated by Foreign Minister X at the summit on 5 March, the only way out is ..." names the
speaker after "by" and the occasion before the comma; the words after it are the speaker's.
Nothing was read from such a sentence.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2024, 6, 14)


def test_the_agent_of_a_fronted_passive_speaks_the_main_clause() -> None:
    text = (
        "OTTAWA, June 14 (CP) - Canada will send more engineers to help rebuild Ukraine's "
        "power grid.\n\n"
        "The grid has lost half its capacity since the spring. As was stressed by Foreign "
        "Affairs Minister Melanie Joly in Kyiv on Tuesday, repairing the grid before the "
        "winter matters as much as any weapon.\n"
    )
    assert_statements(
        text,
        DAY,
        [("Melanie Joly", "repairing the grid before the winter", "2024-06-11")],
    )


def test_our_minister_on_a_ministry_page() -> None:
    text = (
        "WARSAW, June 14 (PAP) - Poland wants the border fence finished this year.\n\n"
        "As stated by our Minister Radoslaw Sikorski at the meeting in Brussels on 10 June, "
        "the eastern flank must be protected by all of Europe together.\n"
    )
    assert_statements(
        text,
        DAY,
        [("Radoslaw Sikorski", "the eastern flank must be protected", "2024-06-10")],
    )


def test_no_one_named_after_by() -> None:
    # passes before the change too: "many experts" are no one who speaks
    text = (
        "LONDON, June 14 (Reuters) - Shipping rates rose again this week.\n\n"
        "As stated by many experts, the shadow fleet is hard to track at sea.\n"
    )
    assert_statements(text, DAY, [])
