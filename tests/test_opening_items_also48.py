"""Items of a briefer's opening joined by "also" (review rv48d 7): "X will also provide ..."
after "X is providing ..." goes on with the same announcement; "X also condemns ..." after
an announcement of aid, or "He also welcomes ..." after a trip announced, is a new item.
Sentences written here in the manner of the State Department's press briefing.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 9, 17)
HEAD = (
    "Department Press Briefing\n\n"
    "Spokesperson Matthew Miller\n"
    "Washington, DC\n"
    "September 17, 2024\n\n"
    "MR MILLER: Good afternoon. A few things at the top. "
)
TAIL = (
    "\n\nQUESTION: Thank you. Can you say more about the aid?\n\n"
    "MR MILLER: It will go through our partners on the ground.\n"
)


def _texts(opening: str) -> list[str]:
    return [s.text for s in extract(HEAD + opening + TAIL, published=DAY)]


def test_a_new_condemnation_after_an_aid_announcement_is_its_own_item() -> None:
    texts = _texts(
        "This morning the Secretary announced that the United States is providing $80 "
        "million in new food aid for Haiti.\n\n"
        "The United States also condemns the attack on a police station in Mali on Sunday, "
        "which killed eleven officers. We send our condolences to their families."
    )
    assert not any("food aid for Haiti" in t and "condemns the attack" in t for t in texts)


def test_more_of_the_same_aid_goes_on_with_the_announcement() -> None:
    texts = _texts(
        "This morning the Secretary announced that the United States is providing $80 "
        "million in new food aid for Haiti.\n\n"
        "The United States will also provide $20 million to support the national police."
    )
    assert any("food aid for Haiti" in t and "support the national police" in t for t in texts)


def test_he_also_welcomes_after_a_trip_is_its_own_item() -> None:
    texts = _texts(
        "The Secretary will travel to Seoul next week for talks with his counterpart.\n\n"
        "He also welcomes today's release of the detained journalists in Minsk, and we urge "
        "the authorities to free the others."
    )
    assert not any("travel to Seoul" in t and "welcomes today's release" in t for t in texts)
