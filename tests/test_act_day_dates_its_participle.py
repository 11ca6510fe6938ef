"""The day of an act dates the participle of saying after it; a new occasion is not it.

"Trump announced the ceasefire in a Truth Social post on Monday evening, writing that ..."
had run the act's words on into the participle's ("the ceasefire in a ... post on Monday
evening, writing that ..."), the day inside them, and the story's Tuesday dated them: the
day before the participle is the act's, and the participle's. Then "Trump told reporters
aboard Air Force One that ..." in a later paragraph names an occasion of its own, and does
not take Monday from the act (the same speaker's last day, or a sentence placing him).
Articles written here, in the manner of Axios.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2025, 6, 24)


def test_the_act_dates_the_participle_and_a_new_occasion_stands_apart() -> None:
    text = (
        "Trump claims credit for truce\n\n"
        "President Trump on Tuesday hailed the truce between India and Pakistan.\n\n"
        "Flashback: Trump announced the deal in a Truth Social post on Monday evening, writing "
        'that both sides had shown "great wisdom."\n\n'
        "Pakistan's foreign ministry confirmed the truce on Monday.\n\n"
        "What's next: Trump told reporters aboard Air Force One that he expected trade talks "
        "with both countries.\n"
    )
    assert_statements(
        text,
        TUESDAY,
        [
            ("Trump", "hailed the truce between India", "2025-06-24"),
            ("Trump", "the deal", "2025-06-23"),
            ("Pakistani Foreign Ministry", "the truce", "2025-06-23"),
            ("Trump", "he expected trade talks", "2025-06-24"),
        ],
    )


def test_an_interview_named_anew_opening_the_sentence() -> None:
    text = (
        "Trump claims credit for truce\n\n"
        "Flashback: Trump announced the deal in a Truth Social post on Monday evening, writing "
        'that both sides had shown "great wisdom."\n\n'
        "Pakistan's foreign ministry confirmed the truce on Monday.\n\n"
        "In an interview with CNBC, Trump said he expected trade talks with both countries.\n"
    )
    assert_statements(
        text,
        TUESDAY,
        [
            ("Trump", "the deal", "2025-06-23"),
            ("Pakistani Foreign Ministry", "the truce", "2025-06-23"),
            ("Trump", "he expected trade talks", "2025-06-24"),
        ],
    )
