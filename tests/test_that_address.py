"""A speech told inside someone's words: its day, and who "he" is in the clause after it.

"The president noted that the deal was the one he had laid out in a speech on May 31 of last
year. In that address, Biden said ..." The first statement is of the story's day (the speech
is the day of the plan's laying out, a clause of the words, not of the noting); "In that
address" points back to the speech, so the second is of May 31. And "The deal follows a
framework that Biden set out in a speech in May, when he told ..." gives the words to the
subject of the clause the "when" hangs on, not to the last person the story quoted. Stories
written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2025, 1, 15)
LEAD = (
    "WASHINGTON, Jan 15 (Reuters) - U.S. President Joe Biden on Wednesday welcomed the "
    "ceasefire agreement reached between Israel and Hamas in Doha.\n\n"
)


def test_a_speech_inside_the_words_does_not_date_them_and_that_address_does() -> None:
    text = LEAD + (
        "The outgoing president noted that the deal was the one he had set out in a speech "
        "on May 31 of last year. In that address, Biden said it was \u201ctime for the "
        "fighting to stop\u201d and urged Hamas to accept the offer.\n"
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.text[:12], s.said_on) for s in found] == [
        ("Joe Biden", "welcomed the", "2025-01-15"),
        ("Joe Biden", "the deal was", "2025-01-15"),
        ("Joe Biden", "it was \u201ctime", "2024-05-31"),
    ]


def test_he_in_a_when_clause_is_the_subject_of_the_clause_it_hangs_on() -> None:
    text = LEAD + (
        "Senior Hamas official Khalil al-Hayya said in a televised address that the group "
        "would honour its commitments.\n\n"
        "The agreement follows a three-stage framework that Biden first set out in a speech "
        "last May, when he told both sides that the fighting had to end. Talks on that text "
        "stalled repeatedly over the summer.\n"
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.text[:14]) for s in found] == [
        ("Joe Biden", "welcomed the c"),
        ("Khalil al-Hayya", "the group woul"),
        ("Joe Biden", "the fighting h"),
    ]
