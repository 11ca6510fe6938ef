"""Words a wire lead gives before the quote they sum up: a participle of joking with its
clause ("brushed aside the concerns by joking that ...", "quipping that ...") frames the
speaker's words as "by saying that" does; and a quotation closing on its own question mark,
then "X told reporters at the White House before leaving for Brussels.", gives the question
as X's words ("told" takes its hearers and where, no clause of words). Written here in the
manner of a US wire story."""

from __future__ import annotations

import datetime

from tracker.extract import extract

STORY = (
    "Trump laughs off question on summit\n\n"
    "WASHINGTON, July 10 (Reuters) - President Donald Trump on Tuesday brushed aside "
    "concerns about his summit with the Russian leader by joking that the meeting might be "
    "the easiest part of his European trip.\n\n"
    '"He may be the easiest of them all. Who would think?" Trump told reporters at the '
    "White House before leaving for Brussels.\n\n"
    "The summit is set for Helsinki next week.\n"
)

QUIPPING = (
    "CANBERRA, March 2 (AAP) - Prime Minister Anthony Albanese shrugged off the opposition's "
    "attack on Thursday, quipping that his rivals had run out of ideas before the budget.\n"
)


def _read(text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.said_on, " ".join(s.text.split()[:4]))
        for s in extract(text, published=datetime.date(2018, 7, 10))
    ]


def test_joking_that_frames_the_leads_words():
    got = _read(STORY)
    assert ("Donald Trump", "2018-07-10", "the meeting might be") in got


def test_a_question_closing_before_told_reporters_is_the_words():
    got = _read(STORY)
    assert ("Donald Trump", "2018-07-10", "He may be the") in got
    assert not any(w.startswith("at the White") for _, _, w in got)


def test_quipping_that_frames_the_words():
    got = [(s.speaker, " ".join(s.text.split()[:3])) for s in extract(QUIPPING, published=None)]
    assert ("Anthony Albanese", "his rivals had") in got
