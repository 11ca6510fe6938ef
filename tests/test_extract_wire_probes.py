"""Failure classes found by running the extractor on wire stories and agency reports from
outlets outside the diplomatic corpus (issue 8): Western wires and Asian agencies, and the
days their statements were made. Each test is in new words written here.
"""

from __future__ import annotations

import datetime

from tests.test_extract_real_text import by_words
from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2023, 3, 15)


def run(text: str, published: datetime.date | None = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_time_clause_after_a_trailing_attribution_leaves_it_the_whole_sentence() -> None:
    # the "after ..." clause tells when; it does not make the attribution too long to trail
    text = (
        'OSLO, March 15 (Reuters) - The rebel envoy voiced a "firm wish" to resume the '
        "ceasefire talks, Norway's foreign minister Eva Lind said on Wednesday after she met "
        "with the delegation's leader in the capital."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Eva Lind"]
    s = by_words(found, "rebel envoy voiced")
    assert s.text.endswith("ceasefire talks") and s.said_on == "2023-03-15"
