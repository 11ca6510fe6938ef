"""Transcript pages whose answers were missed: a noon briefing that labels its briefer
"Spokesman:" when the header calls her post "Spokesperson", ...

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A noon briefing by the "Spokesperson for the Secretary-General", whose answer below the
# first question is labelled "Spokesman:": the same post, the man's word for it.

SPOKESMAN_FOR_SPOKESPERSON = """\
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General
The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, \
Spokesperson for the Secretary-General.
**Sahel
Good afternoon.  Our colleagues in Niamey tell us that food stocks in the border camps \
will last only until the end of the month unless new funds arrive.
**Questions and Answers
Question:  Steph, on the camps, has anyone spoken to the authorities in Niamey this week?
Spokesman:  Our resident coordinator met the interior minister yesterday, and we are \
pressing for the convoys to be allowed through before the rains start.
"""


def test_a_spokesman_label_is_the_spokesperson_the_header_names() -> None:
    found = extract(SPOKESMAN_FOR_SPOKESPERSON, published=datetime.date(2024, 5, 7))
    answer = [s for s in found if s.text.startswith("Our resident coordinator met")]
    assert answer
    assert answer[0].speaker == "Stéphane Dujarric"


# An archive of presidential papers closes each speaker's title and name with a full stop;
# in an excerpt of a joint news conference the guest speaks once, between the host's turns.

GUEST_SPEAKS_ONCE = """\
The President's News Conference With Prime Minister Mark Carney of Canada
March 03, 2025
President Biden. Good afternoon. Please sit down. It is a pleasure to host the Prime \
Minister again, and we spent most of the morning on the northern supply routes.
We agreed to set up a joint task force on critical minerals before the summer.
Prime Minister Carney. Thank you, Mr. President. Canada intends to double its purchases of \
air-defence radars over the next three years, and we will build them with our partners.
Q. Mr. President, will the tariffs on lumber stay?
President Biden. That is under review, and I expect an answer within weeks.
"""


def test_a_guest_labelled_once_in_an_archive_of_full_stop_labels_speaks() -> None:
    found = extract(GUEST_SPEAKS_ONCE, published=datetime.date(2025, 3, 3))
    guest = [s for s in found if s.speaker == "Mark Carney"]
    assert guest
    assert guest[0].text.startswith("Thank you, Mr. President. Canada intends")
    host = [s for s in found if s.speaker == "Joe Biden"]
    assert not any("Canada intends" in s.text for s in host)


# An interview reposted under a site's menu: the interviewer's question stands unlabelled,
# and the one answer in the excerpt is labelled with the minister's full name.

ONE_NAMED_ANSWER = """\
Editor's Column
Archive
May 2019 (6)
 Minister, you will be in Canberra next week for the first round of the new strategic \
dialogue. Does that mean the chill between our countries is over?
Penny Wong: I would put it more carefully than that. Both governments have decided that \
talking regularly is better than trading statements through the press, and the new dialogue \
gives that a fixed place in the calendar.
"""


def test_one_answer_labelled_by_full_name_under_an_unlabelled_question_is_recorded() -> None:
    found = extract(ONE_NAMED_ANSWER, published=datetime.date(2019, 5, 20))
    assert [s.speaker for s in found] == ["Penny Wong"]
    assert found[0].text.startswith("I would put it more carefully")
    assert found[0].kind == "direct"


# A ministry's regular press conference titled with the spokesperson's name in the
# possessive: the excerpt holds the opening announcements and is cut inside the first
# question, so no answer is labelled at all.

ANNOUNCEMENTS_ONLY = """\
Home > Spokesperson's Remarks
Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 4, 2025
Foreign Ministry Spokesperson Lin Jian opened the press conference with an announcement:
At the invitation of the Government of Kenya, Vice President Han Zheng will attend the \
inauguration of the new port at Lamu from March 8 to 10.
Q: Reports say the talks on the fisheries accord were put off again. Can you tell us why
"""


def test_announcements_under_a_named_spokespersons_possessive_title_are_recorded() -> None:
    found = extract(ANNOUNCEMENTS_ONLY, published=datetime.date(2025, 3, 4))
    assert [s.speaker for s in found] == ["Lin Jian"]
    assert found[0].text.startswith("At the invitation of the Government of Kenya")
    assert found[0].said_on == "2025-03-04"
