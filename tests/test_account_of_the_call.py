""" "Beijing's account of the call said Xi told Biden that ...": a side's readout relays
its leader's words.

"The Chinese readout said Xi told Biden that ..." gave the words to Xi; "Beijing's account
of the call" was read as a description whose head is "call", no document, and the words were
lost (or left to no one). An account, a version or a summary of a call or a conversation is
that side's readout. Articles written here, in the manner of VOA.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2024, 4, 2)


@pytest.mark.parametrize(
    "account",
    [
        "Tokyo's account of the call",
        "Japan's version of the conversation",
        "Tokyo's account of the call, carried by the Kyodo news agency,",
    ],
)
def test_a_sides_account_relays_its_leader(account: str) -> None:
    text = (
        "Leaders talk by phone\n\n"
        "WASHINGTON — U.S. President Joe Biden and Japanese Prime Minister Fumio Kishida spoke "
        "by phone Tuesday.\n\n"
        f"{account} said Kishida told Biden that Japan would double its defense budget.\n"
    )
    assert_statements(
        text, TUESDAY, [("Fumio Kishida", "Japan would double its defense", "2024-04-02")]
    )
