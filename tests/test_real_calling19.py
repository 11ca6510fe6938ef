"""A calling, not an office (issue 8, round nineteen): "X, a former ambassador to Washington,
said ... '...,' the veteran diplomat told AFP." A diplomat who left the post is still a
diplomat, so the description is hers, not that of an official in office named before; an
office ("the ambassador") stays the sitting holder's. Each test in new words."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2024, 3, 14)


def _story(intro: str, description: str) -> str:
    return (
        "Border talks stall\n\n"
        "DHAKA, March 14 (AFP) - Bangladesh's ambassador to Yangon, Karim Haque, said on "
        "Thursday that repatriation talks had stalled.\n\n"
        'Junta spokesman Thet Naing dismissed the charge. "We are ready to receive them," '
        "the spokesman said on Telegram.\n\n"
        f'{intro} said the deadlock was alarming. "Dhaka is running out of patience," '
        f"{description} told AFP.\n"
    )


@pytest.mark.parametrize(
    "description", ["the diplomat", "the veteran diplomat", "the career diplomat"]
)
@pytest.mark.parametrize(
    "intro",
    [
        "Farida Rahman, a former ambassador to Beijing,",
        "The former foreign secretary, Farida Rahman,",
    ],
)
def test_diplomat_who_left_the_post(intro: str, description: str) -> None:
    found = extract(_story(intro, description), published=THURSDAY)
    said = {s.text[:20]: s.speaker for s in found}
    assert said["Dhaka is running out"] == "Farida Rahman"


def test_the_ambassador_stays_the_one_in_office() -> None:
    found = extract(
        _story("Farida Rahman, a former ambassador to Beijing,", "the ambassador"),
        published=THURSDAY,
    )
    said = {s.text[:20]: s.speaker for s in found}
    assert said["Dhaka is running out"] == "Karim Haque"
