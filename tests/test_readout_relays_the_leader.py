"""A readout relays the leader's words: they are the leader's, not the office's.

'According to a readout released by the White House, Biden "emphasized ..."' quotes the
predicate from its verb on: the verb inside the marks had hidden the leader's clause, and
the White House spoke. "He also raised concerns about ..., the readout said" relays the
leader by "he", and "raised concerns" is a concern voiced, as "voiced concern" is. Articles
written here, in the manner of VOA and wire copy.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

MONDAY = datetime.date(2024, 11, 18)
LEAD = (
    "Leaders talk by phone ahead of APEC\n\n"
    "WASHINGTON — U.S. President Joe Biden and Japanese Prime Minister Shigeru Ishiba "
    "spoke by phone Monday.\n\n"
)


@pytest.mark.parametrize(
    ("relayed", "start"),
    [
        (
            'According to a readout released by the White House, Biden "underscored the '
            'strength of the alliance."',
            "the strength of the alliance",
        ),
        # (a verb whose object is what was said keeps it, as outside the marks)
        (
            'According to the White House readout, Biden "reaffirmed the U.S. commitment to '
            'the defense of Japan."',
            "reaffirmed the U.S. commitment",
        ),
    ],
)
def test_a_quoted_predicate_after_according_to_is_the_leaders(relayed: str, start: str) -> None:
    assert_statements(LEAD + relayed + "\n", MONDAY, [("Joe Biden", start, "2024-11-18")])


def test_he_raised_concerns_the_readout_said() -> None:
    text = (
        LEAD + "He also raised concerns about North Korea's missile launches, the readout said.\n"
    )
    assert_statements(text, MONDAY, [("Joe Biden", "raised concerns about North", "2024-11-18")])
