"""A region in a speaker's post is no one's name (issue 8, round nineteen): "X, the top
envoy for East Asia, said ... 'Quote,' he said." must give the quote to X, not to "East
Asia". Regions that open a line of the region list were read with the line's indent and
missed; a region's adjective ("for East Asian and Pacific Affairs", "Middle Eastern
affairs") read as a two-word name. Each test in new words."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2024, 3, 14)


def _speakers(text: str) -> list[str | None]:
    return [s.speaker for s in extract(text, published=THURSDAY)]


@pytest.mark.parametrize(
    "post",
    [
        "the top U.S. diplomat for East Asia",
        "Washington's envoy for the Korean Peninsula",
        "the EU's special representative for Western Europe",
        "the assistant secretary of state for East Asian and Pacific Affairs",
        "the department's point man on Middle Eastern affairs",
        "the bureau chief for West African affairs",
        "the adviser on Southeast Asian trade",
    ],
)
def test_pronoun_after_a_post_naming_a_region_is_the_speaker(post: str) -> None:
    text = (
        "Envoy plays down hopes of breakthrough\n\n"
        f"WASHINGTON, March 14 (Reuters) - Piotr Lind, {post}, said on Thursday that no "
        'deal was in sight.\n\n"We are being realistic about the timetable," he said.'
    )
    assert _speakers(text) == ["Piotr Lind", "Piotr Lind"]


def test_regional_bloc_and_diplomats_stay_unnamed() -> None:
    text = (
        "Bloc warns junta\n\n"
        "The West African bloc said on Thursday it would not recognise the junta. Middle "
        "Eastern diplomats said the plan had little chance."
    )
    assert "West African" not in _speakers(text)
    assert "Middle Eastern" not in _speakers(text)
