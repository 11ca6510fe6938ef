"""'..., prompting X to write on X that ...': the one an event moved to speak speaks.

A sentence telling of an event, then ", prompting", ", leading" or ", forcing" with a name
and "to" before a verb of saying, gives the words to that name; the verb's subject had been
looked for before it (none, the event) and after it (an inverted attribution), and the words
were lost. Articles written here, in the manner of Euronews.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

MONDAY = datetime.date(2024, 6, 24)
LEAD = "EU adopts new sanctions package\n\nPublished on 24/06/2024 - 12:48 GMT+2\n\n"


@pytest.mark.parametrize(
    ("joint", "verb"),
    [("prompting", "write on X"), ("leading", "say"), ("prompting", "declare in a post")],
)
def test_the_one_moved_to_speak(joint: str, verb: str) -> None:
    text = LEAD + (
        f"Member states approved the measures on Friday, {joint} Lithuanian Foreign Minister "
        f"Gabrielius Landsbergis to {verb} that Moscow's war chest would shrink.\n"
    )
    assert_statements(
        text, MONDAY, [("Gabrielius Landsbergis", "Moscow's war chest", "2024-06-21")]
    )
