"""A newspaper's interview write-up (round 30): "Speaking to The Straits Times on the sidelines
of ..., Dr X said ..." opens its sentence with the participle, capital and all; it names the
guest whose bare "A:" answers follow "The following are edited excerpts", even when another
minister's speech of the day is told in between. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

MARCH_3 = datetime.date(2026, 3, 3)

_HEAD = (
    "Middle powers need 'more partners, not fewer': Penny Wong\n\n"
    "Tan Wei Ming\nRegional Correspondent\n\nMar 3, 2026, 09:40 PM\n\n"
    "SINGAPORE – Australia will keep engaging Beijing even as it deepens its alliance with "
    "Washington, Foreign Minister Penny Wong said on March 3.\n\n"
)
_MIDDLE = (
    "Hours earlier, Japanese Foreign Minister Takeshi Iwaya told the gathering that Tokyo "
    'would "stand by open trade", a message that was warmly received.\n\n'
    "The following are edited excerpts of the interview.\n\n"
    "Q: Can the region do much about the trade tensions?\n\n"
    "A: We cannot decide what the big economies do. What we can decide is whether our own "
    "markets stay open to each other.\n\n"
    "Q: Is Australia being asked to choose?\n\n"
    "A: I have been answering that question since I took this job. Our choices are made in "
    "Canberra, on the basis of our interests.\n"
)


@pytest.mark.parametrize(
    "intro",
    [
        "Speaking to The Straits Times during a visit to Singapore, Senator Wong said regional "
        "governments were increasingly worried about the cost of trade disputes.\n\n",
        "Talking with The Straits Times at the Shangri-La Hotel, Senator Wong said regional "
        "governments were increasingly worried about the cost of trade disputes.\n\n",
        # near-miss, passes on the starting code too: the interview named mid-sentence
        "In an interview with The Straits Times during a visit to Singapore, Senator Wong said "
        "regional governments were increasingly worried about the cost of trade disputes.\n\n",
    ],
)
def test_a_fronted_participle_names_the_guest_of_the_answers(intro: str) -> None:
    day = "2026-03-03"
    assert_statements(
        _HEAD + intro + _MIDDLE,
        MARCH_3,
        [
            ("Penny Wong", "Australia will keep engaging Beijing", day),
            ("Penny Wong", "regional governments were increasingly", day),
            ("Takeshi Iwaya", 'Tokyo would "stand by open trade"', day),
            ("Penny Wong", "We cannot decide what the big economies", day),
            ("Penny Wong", "I have been answering that question", day),
        ],
    )
