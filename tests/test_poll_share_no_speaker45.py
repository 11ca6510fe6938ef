"""A share of a poll's respondents is no speaker.

"..., with only 16 percent of interviewees saying they trust Beijing" reports a poll's
finding, not anyone's statement: "16 percent of interviewees", "60% of respondents",
"two-thirds of those polled" name no one who spoke, so no statement is given to them (and
none to the official quoted before): the source is left unnamed, as "many voters" is.
A body whose name has a share in it ("the 51 Percent Club") is still read as before.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2021, 6, 23)

POLL = (
    "China says ball is in Canberra's court\n\n"
    "Chinese Foreign Ministry spokesperson Zhao Lijian said on Wednesday that Australia "
    "bore full responsibility for the state of ties.\n\n"
    "Zhao's remarks came after a recent survey put trust in China at a record low, with only "
    "16 percent of interviewees saying they trust Beijing to act responsibly.\n\n"
    "In another poll, 60% of respondents said ties would worsen, and two-thirds of those "
    "polled said trade should be cut.\n"
)


def test_a_polls_share_says_nothing() -> None:
    got = [(s.speaker, s.text[:30]) for s in extract(POLL, published=DAY)]
    assert got == [("Zhao Lijian", "Australia bore full responsibi")], got


def test_share_is_an_unnamed_source() -> None:
    from tracker.extract.speakers import parse_speaker

    # (a source left unnamed, as "many voters" is: no one by name)
    assert parse_speaker("16 percent of interviewees").kind == "unnamed"
    assert parse_speaker("two-thirds of those polled").kind == "unnamed"
    # (a name with a share in its words is still read: "the 51 Percent Club" is no share)
    assert parse_speaker("the 51 Percent Club").kind != "unnamed"
