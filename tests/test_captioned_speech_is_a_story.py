"""A photo's caption showing a speech does not make the story the speech's transcript.

"Vladimir Putin delivers his annual address to the Federal Assembly ... (Sputnik/AFP via
Getty Images)" under a news story's byline had been read as the page's title, a speech's: the
story's paragraphs that quote no one (background on a treaty, another body's statement
opened by a time) became the speaker's turns. A caption shows the scene the story reports.
Articles written here, in the manner of a British newspaper's site.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2023, 2, 21)


def test_a_captioned_address_leaves_the_story_a_story() -> None:
    text = (
        "Xi tells party congress China will never renounce force over Taiwan\n\n"
        "Chinese leader sets out a decade of goals in a two-hour speech\n\n"
        "Harriet Lowe-Dunmore\n"
        "Tuesday 21 February 2023 11:02 GMT\n\n"
        "Xi Jinping delivers his opening address at the Great Hall of the People in Beijing on "
        "Tuesday (Xinhua/AFP via Getty Images)\n\n"
        "Xi Jinping told delegates on Tuesday that China would strive for peaceful "
        "reunification with Taiwan but would never give up the option of force.\n\n"
        "The island has been governed separately since 1949, and Beijing cut official "
        "contacts with its government in 2016.\n\n"
        "Later on Tuesday, Taiwan's Mainland Affairs Council replied in a statement that the "
        "island's people would decide their own future.\n"
    )
    assert_statements(
        text,
        TUESDAY,
        [
            ("Xi Jinping", "China would strive for peaceful", "2023-02-21"),
            ("Mainland Affairs Council", "the island's people would decide", "2023-02-21"),
        ],
    )
