"""Official pages (round 49, second owner): a commission's release that tells its chair's
stand in the third person under a title naming the chair; a page gathering a department's
releases, each under its own header; an outlet's report of a named person's words with its
"that" left out. Pages written here in the manner of a regional body's and a foreign
ministry's sites."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

CHAIR_RELEASE = (
    "Une Communauté Solidaire\n\n"
    "Statement of the Chairperson of the Regional Commission, H.E. Mr. Kwame Adjei Boateng, "
    "on the situation in the northern provinces\n\n"
    "Share:\n"
    "mars 3, 2024\n\n"
    "3 March 2024, Accra: The Chairperson of the Regional Commission, H.E Kwame Adjei Boateng, "
    "is following closely and with deep concern, the renewed clashes in the northern "
    "provinces.\n\n"
    "The Chairperson reaffirms the Commission's attachment to the unity of the member state "
    "and to the rule of law.\n\n"
    "He further urges all armed groups to lay down their weapons and return to talks.\n"
)


def test_a_release_in_the_third_person_is_no_speech_printed_whole():
    """A title "Statement of the Chairperson ..., H.E. Mr. X, on ..." over paragraphs that
    tell of the chair in the third person ("The Chairperson reaffirms ...", "He further urges
    ...") and never say "I" or "we": the office's release, each verb its own indirect
    statement, not one turn of the chair's own words."""
    found = extract(CHAIR_RELEASE, published=datetime.date(2024, 3, 3))
    said = [(s.speaker, s.kind, s.said_on) for s in found]
    assert len(found) == 3, said
    assert all(s.kind == "indirect" for s in found), said
    assert all(s.said_on == "2024-03-03" for s in found), said
    assert found[0].text.startswith("is following closely and with deep concern"), said


def test_his_excellency_without_its_second_stop():
    """ "H.E Kwame Adjei Boateng": the style with its second stop left out is no initial of
    the name; the speaker is "Kwame Adjei Boateng", not "E Kwame Adjei Boateng"."""
    found = extract(CHAIR_RELEASE, published=datetime.date(2024, 3, 3))
    assert {s.speaker for s in found} == {"Kwame Adjei Boateng"}, [s.speaker for s in found]
    phrase = parse_speaker("H.E Kwame Adjei Boateng")
    assert phrase is not None and phrase.name == "Kwame Adjei Boateng", phrase
