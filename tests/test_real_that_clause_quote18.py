"""Detection on unseen real text (issue 8, eighteenth round): after "said in a statement that",
a subordinate clause set off by a comma before a quotation ("that if the talks fail, \"...\"")
is part of what was said; the occasion ends at "that", not at the comma. Each test in new
words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "AMMAN, March 4 (Wire) - Jordan's Foreign Ministry said in a statement that if the "
            'crossings stayed shut, "thousands more families will go hungry."',
            "if the crossings stayed shut",
        ),
        (
            "AMMAN, March 4 (Wire) - Foreign Minister Rami Haddad said in an interview on Monday "
            'that although the talks had stalled, "we are not walking away."',
            "although the talks had stalled",
        ),
        (
            "AMMAN, March 4 (Wire) - Foreign Minister Rami Haddad said at a news conference that "
            'without a truce, "the whole region will pay."',
            "without a truce",
        ),
    ],
)
def test_a_clause_before_the_quote_belongs_to_the_words(text: str, start: str) -> None:
    found = extract(text, published=MONDAY)
    assert len(found) == 1
    assert found[0].text.startswith(start)
    assert found[0].kind == "mixed"


def test_a_pointing_that_stays_part_of_the_occasion() -> None:
    # "in that interview", "at that point": the occasion, then the quotation alone
    for occasion in ("in that interview", "at that point"):
        found = extract(
            f"AMMAN, March 4 (Wire) - Foreign Minister Rami Haddad said {occasion}, "
            '"The whole region will pay."',
            published=MONDAY,
        )
        assert [(s.text, s.kind) for s in found] == [("The whole region will pay.", "direct")]
