"""Kyodo's readouts in The Japan Times: "X told Y that ..., while Y said ..." — the one
told, answering in a clause joined to the telling, spoke at the same talks, on their day.
And "reportedly criticized Japanese lawmakers this week for visiting ...": a week between a
noun object and the verb's own complement ("for", "of", "over") is the verb's time, as a
weekday there is, the adverb before the verb notwithstanding. Stories written here in that
manner."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 10, 16)

HEARER_ANSWERS = (
    "Foreign Minister Takeshi Iwaya said Tuesday in Tokyo that Japan and Australia share "
    '"a special strategic partnership," a Japanese official said.\n\n'
    "Iwaya told Australian Foreign Minister Penny Wong that Japan would deepen defense ties "
    "with Canberra, while Wong said she welcomed the pledge, the official said.\n"
)
# near miss: another speaker, not the one told, in the joined clause
NOT_THE_HEARER = (
    "Foreign Minister Takeshi Iwaya said Tuesday in Tokyo that Japan and Australia share "
    '"a special strategic partnership," a Japanese official said.\n\n'
    "Iwaya told reporters that Japan would deepen defense ties with Canberra, while "
    "Australian Foreign Minister Penny Wong said she welcomed the pledge.\n"
)
WEEK_OF_VERB = (
    "South Korean President Lee Jae-myung reportedly criticized Japanese lawmakers this week "
    "for visiting the Yasukuni Shrine.\n"
)
# near miss: no complement after the week, which may be the thing's
WEEK_AT_END = "South Korean President Lee Jae-myung criticized the shrine visit last week.\n"
HEAD = [
    ("Takeshi Iwaya", 'Japan and Australia share "a special', "2025-10-14"),
    ("Takeshi Iwaya", "Japan would deepen defense ties", "2025-10-14"),
]


def test_hearer_answers() -> None:
    assert_statements(
        HEARER_ANSWERS, PUBLISHED, HEAD + [("Penny Wong", "she welcomed the pledge", "2025-10-14")]
    )


def test_not_the_hearer() -> None:
    assert_statements(
        NOT_THE_HEARER, PUBLISHED, HEAD + [("Penny Wong", "she welcomed the pledge", "2025-10-16")]
    )


def test_week_of_the_verb() -> None:
    assert_statements(
        WEEK_OF_VERB,
        PUBLISHED,
        [("Lee Jae-myung", "reportedly criticized Japanese lawmakers", "2025-10-13/2025-10-16")],
    )


def test_week_at_the_end() -> None:
    assert_statements(
        WEEK_AT_END,
        PUBLISHED,
        [("Lee Jae-myung", "criticized the shrine visit last week", "2025-10-16")],
    )
