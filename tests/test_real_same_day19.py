"""Dates on unseen real text (issue 8, nineteenth round): a part of the day the story named
last, told with "same" ("in a post that same evening", "the same night", "that same day"),
or hours counted back from it ("Hours earlier, ...", "Minutes earlier, X had told ...", "A
few hours before, ..."), is that day, as "that evening" and "Hours later" already were; hours
before a thing the phrase names ("hours before the vote") stay unanchored. Each test in new
words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

SATURDAY = datetime.date(2023, 6, 17)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=SATURDAY)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # newspaper analysis, the medium after the words
        (
            "Budget passes after long night\n\nThe budget cleared the lower house on June 6, when "
            'nine deputies switched sides. Deputy Irena Vasko called the vote "a betrayal of our '
            'voters" in a radio interview that same evening.\n',
            "2023-06-06",
        ),
        # the time after the verb
        (
            "Budget passes after long night\n\nThe budget cleared the lower house on June 6. "
            'Finance Minister Petr Halas said the same night that pensions "will rise in '
            'autumn".\n',
            "2023-06-06",
        ),
        # a reaction's verb, the time, then the words in a participle
        (
            "Budget passes after long night\n\nThe budget cleared the lower house on June 6. "
            'Labour Minister Jana Kral welcomed the result the same night, saying wages "will '
            'follow".\n',
            "2023-06-06",
        ),
        # wire, hours counted back opening the sentence
        (
            "Cabinet backs port deal\n\n(Reuters) - The cabinet approved the port lease at its "
            "weekly Wednesday session. Hours earlier, Prime Minister Ama Boateng told parliament "
            'the lease was "fair to both sides".\n',
            "2023-06-14",
        ),
        # the pluperfect after minutes counted back
        (
            "Deal reached on rail link\n\nNegotiators agreed on the rail link on Tuesday. Minutes "
            'earlier, the transport minister, Okan Demir, had told reporters that "only the '
            'signatures remain".\n',
            "2023-06-13",
        ),
        # "a few hours before," set off
        (
            "Deal reached on rail link\n\nNegotiators agreed on the rail link on Tuesday. A few "
            "hours before, the envoy Lina Sato said her side was ready to sign.\n",
            "2023-06-13",
        ),
        # "later that same day"
        (
            "Deal reached on rail link\n\nNegotiators agreed on the rail link on Tuesday. Later "
            'that same day, U.N. spokesman Farid Omar said the deal was "a model for the '
            'region".\n',
            "2023-06-13",
        ),
    ],
)
def test_the_same_part_of_the_day_or_hours_counted_back_take_the_day_told(
    text: str, day: str
) -> None:
    assert [d for _, d in _days(text)] == [day]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # hours before a thing the phrase names: not counted from the day told
        (
            "Talks in Doha\n\nMediators met the delegations on Monday. Hours before the first "
            "round in April, the envoy had said little. On Thursday, Foreign Minister Samir Adel "
            "said the gaps remained wide.\n",
            "2023-06-15",
        ),
        # "the same rules": no part of a day
        (
            "Talks in Doha\n\nMediators met the delegations on Monday.\n\nPrime Minister Khalid "
            "Omar said the same rules would apply to every round.\n",
            "2023-06-17",
        ),
    ],
)
def test_other_sames_and_hours_keep_their_day(text: str, day: str) -> None:
    assert [d for _, d in _days(text)][-1] == day
