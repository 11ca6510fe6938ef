"""A release that spells out "today" in brackets still announces the statement below it.

Ministries' releases (Germany's Federal Foreign Office among them) write "X issued the
following statement today (4 March) on ...:" above the quoted statement; the bracketed day
between "today" and the occasion hid the colon from the cue, and the statement was lost.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

QUOTE = (
    '"Shelling a crowded railway station is a crime that cannot go unanswered. Those who '
    'ordered it will be held to account."\n'
)


@pytest.mark.parametrize(
    "bracket",
    ["(4 March)", "(4 March 2025)", "(Tuesday)"],
)
def test_a_day_in_brackets_after_today_keeps_the_statement(bracket: str) -> None:
    text = (
        "Federal Foreign Office\n\n"
        "Foreign Minister on the strike in Kramatorsk\n\n"
        "04.03.2025 - Press release\n\n"
        f"Foreign Minister Annalena Baerbock issued the following statement today {bracket} "
        "on the missile strike on Kramatorsk:\n\n" + QUOTE
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 4),
        [("Annalena Baerbock", "Shelling a crowded railway station", "2025-03-04")],
    )
