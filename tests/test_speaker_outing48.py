"""A day in a sentence between two statements of one speaker (round 48): "Party leader X
on Monday won the contest" is another party's deed, background that dates nothing; "The
envoy on Monday toured a warehouse" or "On Monday he flew to Cardiff" tells the speaker's
own outing under a pronoun or a bare title, which is no such background, so the lead's
perfect does not carry past it. Sentences written here in the manner of agency copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2022, 9, 6)  # a Tuesday


def _days(text: str) -> dict[str, str]:
    """The day each statement of ``text`` was said on, by its first three words."""
    return {
        " ".join(s.text.split()[:3]): s.said_on or "" for s in extract(text, published=PUBLISHED)
    }


def _story(middle: str) -> str:
    return (
        "NAIROBI: Kenya's ambassador to Britain has welcomed the new prime minister, saying "
        "that she \u201cexpects results\u201d from the new government in London.\n"
        "In a long interview with The Standard, Ambassador Manoah Esipisu said that he sees "
        "trade between the two countries growing.\n"
        f"{middle}\n"
        "\u201cWe will deal with whoever runs the government,\u201d Esipisu said.\n"
    )


def test_a_bare_title_outing_is_no_background() -> None:
    days = _days(_story("The envoy on Monday toured a tea estate in Kericho with growers."))
    assert days["We will deal"] != "../2022-09-06"


def test_a_title_opening_after_the_day_is_no_background() -> None:
    days = _days(
        _story("On Monday the ambassador flew to Cardiff, where traders gathered at a dinner.")
    )
    assert days["We will deal"] != "../2022-09-06"


def test_another_partys_deed_stays_background() -> None:
    days = _days(_story("Labour leader Tom Ashby on Monday won his party's leadership race."))
    assert days["We will deal"] == "../2022-09-06"
