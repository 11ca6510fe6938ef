"""A broadcaster's transcript page titled "X's interview with Y": the possessive names the
interviewer as often as the guest, so where only the one after "with" holds a post, the
official answers and the journalist, a name with no post beside it, asks. Pages written here
in the manner of a public radio site's transcripts."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.transcript_people import people_in

PAGE = (
    "Transcript: Talking Trade With Chile's Foreign Minister Read the full transcript of "
    "Laura Whitfield's interview with Chilean Foreign Minister Carlos Montoya Ruiz.\n\n"
    "Transcript: Talking Trade With Chile's Foreign Minister\n\n"
    "Note: Foreign Minister Carlos Montoya Ruiz spoke through an interpreter.\n\n"
    "Laura Whitfield: Let me start with the copper tariffs. What did you tell your "
    "counterparts in Washington this week?\n\n"
    "Carlos Montoya Ruiz (through interpreter): We told them plainly that the tariffs hurt "
    "workers on both sides of the Pacific, and that Chile will defend its exporters at the "
    "trade organisation if there is no agreement.\n\n"
    "Whitfield: Some in your own government say you have been too slow to respond. Is that "
    "fair?\n\n"
    "Montoya Ruiz: That is not a fair reading. We opened talks within days of the "
    "announcement —\n\n"
    "Whitfield: How many days, exactly?\n"
)


def test_the_official_after_with_answers_and_the_journalist_asks():
    got = [
        (s.speaker, " ".join(s.text.split()[:4]))
        for s in extract(PAGE, published=datetime.date(2019, 5, 9))
    ]
    assert ("Carlos Montoya Ruiz", "We told them plainly") in got
    assert ("Carlos Montoya Ruiz", "That is not a") in got
    assert not any(speaker == "Laura Whitfield" for speaker, _ in got)


def test_possessive_of_the_official_keeps_the_official_as_guest():
    # "Foreign Minister X's interview with Y": the one with the post still answers
    read = people_in("Foreign Minister Carlos Montoya Ruiz's interview with Laura Whitfield")
    roles = {p.person.name: (p.host, p.lead) for p in read}
    assert roles["Carlos Montoya Ruiz"] == (False, True)
    assert roles["Laura Whitfield"] == (True, False)


def test_neither_with_a_post_is_left_as_it_was_read():
    # no post on either side: nothing tells which one answers, the reading stays unchanged
    read = people_in("Read Laura Whitfield's interview with Tomas Ekberg")
    roles = {p.person.name: (p.host, p.lead) for p in read}
    assert roles["Laura Whitfield"] == (False, True)
    assert roles["Tomas Ekberg"] == (True, False)


def test_a_journalists_title_after_with_is_no_post():
    # "X's interview with BBC Political Editor Y": the title is a newsroom's, X answers
    read = people_in("Read Anton Melnyk's interview with Radio Four Political Editor Jane Ashby")
    roles = {p.person.name: (p.host, p.lead) for p in read}
    assert roles["Anton Melnyk"] == (False, True)
    assert roles["Jane Ashby"] == (True, False)
