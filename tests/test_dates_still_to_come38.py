"""Dates on unseen real text (round 30): a weekday in a clause telling what is still to come
("X, who is scheduled to meet Y in Seoul on Friday, said earlier in the day ...", "the Quad
ministers' meeting being held on Wednesday") is a day the story has not reached: it neither
becomes the day a later "in the afternoon" counts from, nor the day of the talks a later
sentence says words were told during. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2026, 3, 10)
MONDAY = datetime.date(2025, 5, 5)


@pytest.mark.parametrize(
    "aside",
    [
        "who is set to visit Washington on Friday for talks with U.S. officials",
        "who is scheduled to meet U.S. Secretary of State Marco Rubio and Japanese Foreign "
        "Minister Takeshi Iwaya in Tokyo on Friday",
        "who will fly to Beijing on Friday",
    ],
)
def test_a_plans_day_is_not_the_day_a_later_hour_counts_from(aside: str) -> None:
    text = (
        "Seoul welcomes ceasefire talks, vows close coordination with allies\n\n"
        "SEOUL, March 10, Yonhap\n\n"
        f"Unification Minister Kim Min-soo, {aside}, said earlier in the day that Seoul would "
        "back any step that lowers tensions.\n\n"
        "A senior official at the presidential office said on condition of anonymity that the "
        "allies had been consulted in advance.\n\n"
        "Defense Minister Park Jae-won told lawmakers in the afternoon that the military would "
        "maintain its readiness posture.\n"
    )
    day = "2026-03-10"
    assert_statements(
        text,
        TUESDAY,
        [
            ("Kim Min-soo", "Seoul would back any step", day),
            ("Park Jae-won", "the military would maintain", day),
        ],
    )


def test_a_meeting_being_held_later_in_the_week_dates_no_talks_before_it() -> None:
    text = (
        "India, Japan to hold maritime dialogue next month\n\n"
        "Tokyo, May 5 (PTI) India and Japan will hold their first maritime security dialogue "
        "in New Delhi next month, External Affairs Minister S Jaishankar said on Sunday.\n\n"
        "Jaishankar is in Tokyo to attend the Quad foreign ministers' meeting being held on "
        "Wednesday. He also discussed the Indo-Pacific situation during his talks, and told his "
        "counterpart that freedom of navigation must be upheld, officials said.\n"
    )
    assert_statements(
        text,
        MONDAY,
        [
            ("S Jaishankar", "India and Japan will hold", "2025-05-04"),
            ("S Jaishankar", "freedom of navigation must be upheld", "2025-05-04"),
        ],
    )
