"""Who spoke in real copy (issue 8, round fifteen, wave four: English speaker classes left on
w15s and w15v). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2025, 3, 10)


def test_former_post_with_a_nation_describes_the_one_speaking_now() -> None:
    # "the former Latvian defence minister": a post left behind, which the speaker, now in
    # another post, need not hold
    text = (
        "NATO deputy chief Ilze Ozola told reporters in Brussels that the alliance would "
        "double its air patrols over the Baltic.\n\n"
        '"We will not wait for the next provocation," the former Latvian defence minister '
        "said."
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Ilze Ozola", "Ilze Ozola"]
