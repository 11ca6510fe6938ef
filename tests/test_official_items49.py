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


SECTIONED = (
    "Press Releases: Readout of the Secretary's Call With the Foreign Minister of Chile\n\n"
    "Office of the Spokesperson\n\n"
    "Washington, DC\n\n"
    "May 2, 2023\n\n"
    "The following is attributable to Spokesperson Laura Penrose:\n\n"
    "Secretary of State Mark Ellison and Chilean Foreign Minister Rosa Ibarra spoke today by "
    "phone about regional security.\n\n"
    "Press Releases: Attack on Aid Convoy in Northern Region\n\n"
    "Press Statement\n\n"
    "Laura Penrose\n\n"
    "Department Spokesperson\n\n"
    "Washington, DC\n\n"
    "April 28, 2023\n\n"
    "The United States condemns the attack on the aid convoy in the northern region. Those "
    "responsible must be held to account. The U.S. calls on all parties to let aid through.\n"
)


def test_an_items_own_header_partway_down_the_page():
    """A page of a department's releases, each titled under its section's name ("Press
    Releases: ..."): the section's name is no turn label, and the press statement's own
    header (the kind, the name, the post, the place, the day) gives the item's words to the
    spokesperson it names, on its day, though they speak as the state."""
    found = extract(SECTIONED, published=datetime.date(2023, 5, 2))
    assert all("Releases" not in (s.speaker or "") for s in found), [s.speaker for s in found]
    item = [s for s in found if s.text.startswith("The United States condemns")]
    assert len(item) == 1, [(s.speaker, s.text[:40]) for s in found]
    assert item[0].speaker == "Laura Penrose", item[0].speaker
    assert item[0].said_on == "2023-04-28", item[0].said_on
    assert item[0].kind == "direct", item[0].kind


def test_a_heading_saying_statement_over_no_named_person_is_no_header():
    """ "Statement" over a line that names no one ("Ministry of Foreign Affairs") is a
    heading, no item header: the paragraph below stays as read (the state speaking as a
    whole is no one's statement)."""
    text = (
        "Statement\n\n"
        "Ministry of Foreign Affairs\n\n"
        "Department of Information\n\n"
        "The Republic of Chile condemns the attack on the aid convoy in the northern region.\n"
    )
    found = extract(text, published=datetime.date(2023, 5, 2))
    assert all(s.kind != "direct" or s.speaker != "Ministry of Foreign Affairs" for s in found)
    assert not any(s.speaker == "Department of Information" for s in found), found


def test_a_report_with_its_that_left_out_gives_the_named_persons_words():
    """ "Reuters reported Mr X said he hoped ...": the outlet's verb with its "that" left out
    opens the clause whose subject speaks, as "Reuters reported that Mr X said" does."""
    text = (
        "Foreign Minister Chen Liang met his New Zealand counterpart in Jakarta.\n\n"
        'Reuters reported Mr Chen said he hoped relations could be "back on a steady '
        'footing" soon.\n'
    )
    found = extract(text, published=datetime.date(2023, 7, 14))
    said = [(s.speaker, s.text) for s in found]
    assert any(
        who == "Chen Liang" and words.startswith("he hoped relations") for who, words in said
    ), said
