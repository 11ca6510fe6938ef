"""'X replied that "...," and said ...': the second verb is X's, after a quoted answer.

A verb joined by "and" after a closing quote is the subject's when the words before it
were reported by a verb of saying ("claimed that ... "not attacked," and said"); "replied",
"responded", "countered" and "retorted" report an answer as much, and the joined verb had
been read as an inverted attribution with no speaker. Articles written here, in the manner
of DW and wire copy.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

FRIDAY = datetime.date(2023, 4, 14)


@pytest.mark.parametrize("verb", ["replied", "responded", "countered", "retorted"])
def test_a_verb_joined_after_a_quoted_answer(verb: str) -> None:
    text = (
        "Ministers trade barbs in Beijing\n\n"
        "German Foreign Minister Annalena Baerbock pressed Beijing on its exports to Russia on "
        "Friday.\n\n"
        f'Chinese Foreign Minister Qin Gang {verb} that Beijing had "always acted as a '
        'peacemaker," and said China would tighten controls on dual-use goods.\n'
    )
    assert_statements(
        text,
        FRIDAY,
        [
            ("Qin Gang", 'Beijing had "always acted', "2023-04-14"),
            ("Qin Gang", "China would tighten controls", "2023-04-14"),
        ],
    )
