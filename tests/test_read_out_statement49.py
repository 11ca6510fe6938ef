"""A noon briefing read out whole by the spokesman, its first paragraph opening with his
greeting and his announcing a statement ("Good afternoon. I will start with a statement on
X.") before the statement itself, worded in the post's name ("The Secretary-General
condemns ... He calls on ..."): the statement's stands are the post's, relayed; the turn
stays the spokesman's. Written here in the manner of such a briefing's transcript."""

from __future__ import annotations

import datetime

from tracker.extract import extract

BRIEFING = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Maria "
    "Santos, Spokesperson for the Secretary-General.\n\n"
    "Good afternoon. I will start with a statement on Mozambique. The Secretary-General "
    "is deeply concerned by the surge of violence in the north of the country. He condemns "
    "the killing of civilians and calls on all parties to protect aid workers. The "
    "Secretary-General reiterates that the United Nations stands ready to support the "
    "authorities.\n\n"
    "Our humanitarian colleagues tell us that some 10,000 people have fled since Monday.\n\n"
    "Tomorrow, my guest will be the head of the World Health Organization office in "
    "Maputo.\n"
)


def test_statement_read_out_after_greeting_is_the_posts():
    got = [
        (s.speaker, " ".join(s.text.split()[:3]))
        for s in extract(
            BRIEFING,
            published=datetime.date(2024, 5, 15),
            url="https://press.un.org/en/2024/db240515.doc.htm",
        )
    ]
    assert any(w and "Santos" in w for w, _ in got), got
    posts = [t for w, t in got if w and "Secretary-General" in w]
    assert any(t.startswith("condemns the killing") for t in posts), got
    assert any(t.startswith("the United Nations") for t in posts), got
