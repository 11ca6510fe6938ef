"""'It added' after "X's office said" is the office's, not X's and not no one's.

"Netanyahu's office said in a statement that ... It added that ..." had the office speak
first, named as written, and then gave the second statement to Netanyahu, or to no one:
the office was no body the story could point back to. Articles written here, in the manner
of Axios and wire stories.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2025, 6, 24)


@pytest.mark.parametrize(
    ("office", "then"),
    [
        ("Erdogan's office", "It added that"),
        ("Erdogan's office", "It also said that"),
        ("Mr Erdogan's office", "It added that"),
    ],
)
def test_it_goes_on_with_a_persons_office(office: str, then: str) -> None:
    text = (
        "Ankara offers to host new round of talks\n\n"
        "Turkish President Recep Tayyip Erdogan spoke with both leaders by phone on Tuesday.\n\n"
        f"{office} said in a statement that Turkey was ready to host the negotiations.\n\n"
        f"{then} the two delegations could meet in Istanbul within days.\n"
    )
    assert_statements(
        text,
        TUESDAY,
        [
            (office, "Turkey was ready to host", "2025-06-24"),
            (office, "the two delegations could meet", "2025-06-24"),
        ],
    )
