"""'Referred to Xi as "a dictator"': a name given in the speaker's words is a statement.

"referred to the importance of ..." was read as a point made, and "referred to him as" as
no words told; a label quoted after "as" is the speaker's own words, as 'called the plan
"a farce"' and 'described the talks as "frank"' are. Articles written here, in the manner of
VOA and wire copy.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2024, 4, 2)


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "The two leaders last met in Lima on November 14, where Biden afterward referred "
            'to the Chinese leader as "a tough competitor."',
            "2023-11-14",
        ),
        ('On Monday, Biden referred to the Chinese leader as "a tough competitor."', "2024-04-01"),
    ],
)
def test_a_quoted_label_after_referred_to(sentence: str, day: str) -> None:
    text = (
        "Biden and Xi speak by phone\n\n"
        "U.S. President Joe Biden and Chinese President Xi Jinping spoke by phone Tuesday.\n\n"
        f"{sentence}\n"
    )
    assert_statements(text, TUESDAY, [("Joe Biden", "the Chinese leader as", day)])


def test_referred_to_a_court_tells_no_words() -> None:
    # (passes on the starting code too)
    text = (
        "Dispute goes to court\n\n"
        "On Monday, Foreign Minister Penny Wong referred the case to the international court.\n"
    )
    assert_statements(text, TUESDAY, [])
