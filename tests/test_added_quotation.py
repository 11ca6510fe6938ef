"""A whole quotation added after reported words is a statement of its own.

'X said the talks would go on, adding: "..."' and '..., X told a news conference at the
end of the meeting, adding: "..."' had been read as one statement, the quotation glued to
the reported words before it (the second only when the attribution's tail was longer than
eight words); "adding that ..." after a whole quotation was already a statement of its own,
and so is a quotation that "adding:" opens, after any words. Articles written here, in the
manner of wire stories.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

MONDAY = datetime.date(2024, 6, 24)
DATELINE = "LUXEMBOURG, June 24 (Reuters) - "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kallas said the fund would stay frozen for now, adding: "
        '"We will find another way to pay."',
        "The fund would stay frozen for now, Kallas told reporters, adding: "
        '"We will find another way to pay."',
        "The fund would stay frozen for now, Kallas told a news conference at the end of the "
        'talks in Luxembourg, adding: "We will find another way to pay."',
        "The fund would stay frozen for now, Kallas said on Monday, adding, "
        '"We will find another way to pay."',
    ],
)
def test_adding_a_quotation_after_reported_words(sentence: str) -> None:
    text = (
        "EU ministers fail to unblock arms fund\n\n"
        f"{DATELINE}The bloc's foreign policy chief Kaja Kallas met ministers on Monday.\n\n"
        f"{sentence}\n"
    )
    assert_statements(
        text,
        MONDAY,
        [
            ("Kaja Kallas", sentence[sentence.lower().index("the fund") :][:20], "2024-06-24"),
            # (the quotation alone, without its marks: direct, as after "said:")
            ("Kaja Kallas", "We will find another way to pay.", "2024-06-24"),
        ],
    )
