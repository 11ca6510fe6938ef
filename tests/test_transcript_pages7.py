"""Official pages whose speaker is not named as a person: a ministry's weekly briefing by a
spokesperson the page never names, which greets the room in the ministry's name, and
interviews labelled by the post alone ("EAM:", "Foreign Secretary:") on pages that never say
who held it.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A foreign ministry's weekly briefing: the title says "by the Spokesperson" and no more, and
# the only words naming the body are the briefer's greeting to the room.

WELCOMED_TO_THE_MINISTRY = """\
Office of the Spokesperson
Transcript of the Weekly Media Briefing by the Spokesperson
Friday, 14 March 2025
Good afternoon and welcome to the Ministry of Foreign Affairs.
The Foreign Minister will travel to Tashkent next week for the meeting of the regional \
contact group, where he will set out our view on trade corridors and water sharing.
We are deeply saddened by the loss of life in the floods in the north of Sri Lanka, and \
our thoughts are with the families of the victims.
"""


def test_a_briefers_welcome_to_the_ministry_names_the_body_that_speaks() -> None:
    found = extract(WELCOMED_TO_THE_MINISTRY, published=datetime.date(2025, 3, 14))
    assert found
    assert {s.speaker for s in found} == {"Ministry of Foreign Affairs"}
    assert {s.speaker_type for s in found} == {"institution"}


# The same briefing with nothing naming the ministry: no one can be named, so nothing is
# recorded rather than a guess.

NO_BODY_NAMED = """\
Transcript of the Weekly Media Briefing by the Spokesperson
Friday, 14 March 2025
Good afternoon and thank you for joining us.
The Foreign Minister will travel to Tashkent next week for the meeting of the regional \
contact group, where he will set out our view on trade corridors and water sharing.
"""


def test_an_unnamed_spokesperson_of_no_named_body_speaks_for_no_one() -> None:
    found = extract(NO_BODY_NAMED, published=datetime.date(2025, 3, 14))
    assert not found
