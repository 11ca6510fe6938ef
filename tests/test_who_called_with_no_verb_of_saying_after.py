"""'X, who had called the talks "a total reset" ..., is expected to speak later': the
relative clause is X's only words.

'Lavrov, who called the plan "a farce," said ...' sets the name given as background to the
subject's own verb of saying, and only that verb's words are recorded; when the sentence's
own verb says nothing ("is expected to speak", "will travel", "met ..."), the name given in
the relative clause is all X is told to have said. Articles written here, in the manner of
Bloomberg.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

MONDAY = datetime.date(2025, 5, 12)
LEAD = "Beijing and Washington cut tariffs\n\n(Bloomberg) -- The two sides agreed on a truce.\n\n"


@pytest.mark.parametrize(
    "predicate",
    ["is due to address the deal at the White House", "will travel to Riyadh on Tuesday"],
)
def test_the_relative_clause_is_the_only_words(predicate: str) -> None:
    text = LEAD + (
        'President Donald Trump, who had described the weekend\'s talks as "very good" in a '
        f"post on Saturday, {predicate}.\n"
    )
    assert_statements(text, MONDAY, [("Donald Trump", "the weekend's talks", "2025-05-10")])


def test_background_to_a_verb_of_saying_stays_background() -> None:
    # (passes on the starting code too)
    text = LEAD + (
        'Commerce Minister Wang Wentao, who called the levies "bullying," said China would '
        "keep buying American soybeans.\n"
    )
    assert_statements(text, MONDAY, [("Wang Wentao", "China would keep buying", "2025-05-12")])
