"""A concession with its own subject and finite verb set off right after the verb of
saying, then the main clause, is the words also when either subject is a name ("although
Pyongyang had not responded, Seoul would ...") and when the concession's verb is any past
tense ("while Egypt welcomed the truce, it was ..."), after "said", "stated" or "added";
"said, while speaking in Kyiv on Tuesday, that ..." stays a circumstance of the saying.
Stories written here in the manner of Asian and Middle Eastern national agencies."""

from __future__ import annotations

import datetime

from tracker.extract import extract

STATED = (
    "India firm on border\n\n"
    "NEW DELHI, March 12 (PTI) - External Affairs Minister S. Jaishankar stated, even though "
    "ties had improved, India would not compromise on its territorial integrity.\n"
)
ADDED = (
    "Seoul keeps door open\n\n"
    "SEOUL, March 12 (Yonhap) - Unification Minister Kim Yung-ho added, though Pyongyang had "
    "not responded, Seoul would keep the door to dialogue open.\n"
)
WELCOMED = (
    "Cairo on truce\n\n"
    "CAIRO, March 12 (MENA) - Foreign Minister Sameh Shoukry said, while Egypt welcomed the "
    "truce, it was deeply concerned about the humanitarian situation.\n"
)
NEAR = (
    "Paris on Kyiv\n\n"
    "PARIS, March 12 (AFP) - Foreign Minister Stephane Sejourne said, while speaking in Kyiv "
    "on Tuesday, that France would keep up its support.\n"
)


def _read(text: str) -> list[tuple[str | None, str]]:
    return [
        (s.speaker, " ".join(s.text.split()[:2]))
        for s in extract(text, published=datetime.date(2024, 3, 14))
    ]


def test_a_concession_and_a_main_clause_opened_by_names_are_the_words():
    assert ("S. Jaishankar", "even though") in _read(STATED)
    assert ("Kim Yung-ho", "though Pyongyang") in _read(ADDED)


def test_a_concession_in_the_past_tense_is_the_words():
    assert ("Sameh Shoukry", "while Egypt") in _read(WELCOMED)


def test_while_speaking_stays_the_occasion():
    assert _read(NEAR) == [("Stephane Sejourne", "France would")]
