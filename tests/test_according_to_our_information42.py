"""'according to our information, ...': the source is the writer's own (the outlet's, or a
spokesman's in the transcript of his briefing), no one named who speaks; "our information"
is no speaker. Stories written here in the manner of RT's briefing transcripts."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2010, 4, 6)  # a Tuesday


def test_according_to_our_information() -> None:
    assert_statements(
        "Two foreign students were injured in the blast. The students have already left "
        "hospital, according to our information.\n",
        PUBLISHED,
        [],
    )


def test_according_to_our_data_first() -> None:
    assert_statements(
        "According to our data, three citizens of Kazakhstan were among the injured.\n",
        PUBLISHED,
        [],
    )


def test_according_to_the_ministry() -> None:
    # near miss: a body named after "according to" still speaks
    assert_statements(
        "According to the Emergencies Ministry, three foreign citizens were among the injured.\n",
        PUBLISHED,
        [("Emergencies Ministry", "three foreign citizens", "2010-04-06")],
    )
