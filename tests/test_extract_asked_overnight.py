""" "Overnight" closing a question's topic dates the thing asked about, not the answer.

"Asked about the shelling of Belgorod overnight, X said ..." fronts a question clause; a day
closing such a clause was read as the asking's ("Asked about the vote on Tuesday, X said"),
and "overnight" gave the answer, and every quote after it, an open "on or before" date. No
one is asked at a briefing by night: the night is the event's.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_the_answer_keeps_the_day_of_the_story() -> None:
    text = (
        "Turkey urges restraint after strikes\n\n"
        "ANKARA, Nov 18 (Reuters) - Turkey's foreign minister said on Monday that the region "
        "could not afford another war.\n\n"
        "Asked about Israeli air strikes near Damascus airport overnight, Hakan Fidan said "
        "Ankara was in touch with all sides.\n\n"
        '"We are working to stop this from spreading," Fidan said.\n'
    )
    assert_statements(
        text,
        datetime.date(2024, 11, 18),
        [
            ("Hakan Fidan", "the region could not afford", "2024-11-18"),
            ("Hakan Fidan", "Ankara was in touch", "2024-11-18"),
            ("Hakan Fidan", "We are working to stop", "2024-11-18"),
        ],
    )


def test_a_dated_page_and_the_night_asked_about() -> None:
    # passes before the change too: the page's "today" already dated the visit
    text = (
        "Ministry of Foreign Affairs\n\nDate: 12/09/2023\n\n"
        "Foreign Minister Penny Wong held talks in Seoul today.\n\n"
        "Asked about the missile fired by North Korea overnight, the Minister said that "
        "Canberra condemned the launch.\n"
    )
    assert_statements(
        text,
        datetime.date(2023, 9, 12),
        [("Penny Wong", "Canberra condemned the launch", "2023-09-12")],
    )
