"""Official pages (round 49): a readout whose minister the text joins by "and" to the other
party's post must keep the two apart. Pages written here in the manner of a foreign
ministry's site."""

from __future__ import annotations

import datetime

from tracker.extract import extract

READOUT = (
    "Foreign Secretary meets Kenyan Foreign Minister Amina Wekesa\n\n"
    "Foreign Secretary Daniel Harrow met Kenyan Foreign Minister Amina Wekesa during his "
    "visit to Geneva.\n\n"
    "The Foreign Secretary and Kenyan Foreign Minister Amina Wekesa met at the Palais des "
    "Nations on 4 March.\n\n"
    "The Foreign Secretary stressed the importance of deeper trade links between the two "
    "countries.\n\n"
    "The Foreign Secretary welcomed progress on the joint climate programme and called for "
    "its swift extension.\n"
)


def test_the_post_before_and_is_not_the_other_partys():
    """ "The Foreign Secretary and Kenyan Foreign Minister X met": a post after "and" that
    opens on its state's word is the other party's, so "The Foreign Secretary" below is the
    one the page named with that post, on the day of the meeting."""
    found = extract(READOUT, published=datetime.date(2023, 3, 6))
    said = [(s.speaker, s.said_on) for s in found]
    assert said and all(who == "Daniel Harrow" for who, _ in said), said
    assert all(day == "2023-03-04" for _, day in said), said
