"""A photo's caption above a story ("Foreign Minister X (Photo: MoFA)", once or twice as
pages repeat it) names who is pictured: it is not a parliament record's label on a line of
its own ("The Minister of State (X)"), so the story below is read as a story and its
statements are found. (Record labels on their own line keep opening turns: see
tests/test_transcript.py and test_transcript_formats.py.) Sentences written here in the
manner of an Indonesian news agency."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 3, 6)  # a Monday
DAY = "2023-03-06"
HEADER = " date 2023-03-06 English  \n"  # a stored page's crawl line
CAPTION = "Indonesian Foreign Minister Retno Marsudi (Photo:MoFA)\n"
STORY = (
    "\nASEAN Ministers to Meet in Jakarta Next Month: Minister\n\n"
    "Jakarta: Indonesian Foreign Minister Retno Marsudi said on Monday that the ministers "
    "of the region would gather in Jakarta next month.\n\n"
    '"The meeting will focus on the situation in Myanmar," Marsudi stated after a cabinet '
    "session at the palace.\n"
)


def test_caption_with_photo_credit_leaves_the_story_a_story() -> None:
    expected = [
        ("Retno Marsudi", "the ministers of the region would gather", DAY),
        ("Retno Marsudi", "The meeting will focus on the situation", DAY),
    ]
    assert_statements(HEADER + CAPTION + CAPTION + STORY, PUBLISHED, expected)
    assert_statements(HEADER + CAPTION + STORY, PUBLISHED, expected)
