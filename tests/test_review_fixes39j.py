"""Round thirty-nine, the last read of the review fixes: a "Support us" or "Donate" line alone
asks nothing of the lines above it, so a minister's message a story quotes under "A message
from ...:" keeps its statements; two named ones joined by "and" before ", which said" are
two ("Poland and NATO"), while one body's name holding "and" stays whole ("Peace and
Security Council"); "recognised ... support" is a merit acknowledged only as someone's
support ("Poland's steadfast support"), not "the lack of support". Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

_TUE = datetime.date(2025, 6, 3)


def test_a_support_us_line_alone_makes_no_appeal_of_a_quoted_message() -> None:
    background = "The mission has worked in the capital since the early nineties. " * 8
    assert_statements(
        "VILNIUS, June 3 - Foreign Minister Kestutis Budrys met the heads of diplomatic "
        "missions on Tuesday.\n\n"
        "A message from the Minister of Foreign Affairs:\n\n"
        "Budrys told the envoys that Lithuania would keep its troops on the eastern border "
        "through the winter.\n\n"
        "Our desk relies on readers like you.\n\n"
        "Support us\n\n" + background + "\n",
        _TUE,
        [
            (
                "Kestutis Budrys",
                "Lithuania would keep its troops on the eastern border",
                "2025-06-03",
            )
        ],
    )


def test_two_named_before_which_said_are_two() -> None:
    assert_statements(
        "The drone flight over the port was condemned by Poland and NATO, which said on "
        "Tuesday that it would add two ships to its Baltic patrols.\n",
        _TUE,
        [("NATO", "it would add two ships to its Baltic patrols", "2025-06-03")],
    )


def test_one_bodys_name_holding_and_stays_whole() -> None:
    assert_statements(
        "ADDIS ABABA, June 3 - The chairperson recalled the communique adopted on Friday by "
        "the Peace and Security Council, which demanded an end to the fighting in El Fasher.\n",
        _TUE,
        [("Peace and Security Council", "demanded an end to the fighting", "2025-05-30")],
    )


def test_recognised_the_lack_of_support_is_no_statement() -> None:
    text = (
        "ROME, June 3 - Prime Minister Giorgia Meloni on Tuesday recognised the lack of "
        "support in parliament for the justice reform.\n"
    )
    assert [s.text for s in extract(text, published=_TUE)] == []
