"""'X said A, though Y indicated B': a concession voiced by another speaker is Y's.

"X said A, while Y said B" and "..., but Y said B" closed X's words where Y's clause opens;
"though" and "although" had not, and Y's words ran on inside X's statement (Y's own verb
then read as nested in it). Articles written here, in the manner of Bloomberg.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

MONDAY = datetime.date(2025, 5, 12)


@pytest.mark.parametrize("joint", ["though", "although", "even though"])
def test_a_concession_by_another_speaker(joint: str) -> None:
    text = (
        "Trade truce lifts markets\n\n"
        "(Bloomberg) -- US Trade Representative Jamieson Greer and Commerce Secretary Howard "
        "Lutnick spoke to reporters in Geneva on Monday.\n\n"
        "Greer said the steel quotas would stay in place for the rest of the year, "
        f"{joint} Lutnick suggested the carmakers might win an exemption.\n"
    )
    assert_statements(
        text,
        MONDAY,
        [
            ("Jamieson Greer", "the steel quotas would stay", "2025-05-12"),
            ("Howard Lutnick", "the carmakers might win", "2025-05-12"),
        ],
    )
