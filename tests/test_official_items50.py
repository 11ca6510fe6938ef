"""A body's release under a title naming whose statement it is ("Statement of the
Chairperson of the Commission, H.E. Mr. X, on ...") whose paragraphs tell of that person in
the third person is the office's release, each verb its own statement: also when the first
paragraph names the person by the post the title gives them ("The Chairperson of the
Commission is following ...") and not by name. Pages written here in the manner of a
regional body's site."""

from __future__ import annotations

import datetime

from tracker.extract import extract

DAY = datetime.date(2024, 3, 3)


def test_a_release_naming_its_person_by_post_is_told_of():
    text = (
        "Statement of the Chairperson of the Regional Commission, H.E. Mr. Kwesi Arthur "
        "Mensah, on the floods in the coastal districts\n\n"
        "3 March 2024, Lomé: The Chairperson of the Regional Commission is following with "
        "deep concern the floods that have struck the coastal districts.\n\n"
        "The Chairperson reaffirms the Commission's solidarity with the bereaved families.\n\n"
        "He calls on member states to send relief without delay.\n"
    )
    found = extract(text, published=DAY)
    said = [(s.speaker, s.kind, " ".join(s.text.split()[:2])) for s in found]
    assert len(found) == 3, said
    assert all(who == "Kwesi Arthur Mensah" and k == "indirect" for who, k, _ in said), said


def test_a_press_statement_of_the_president_by_post_and_name():
    text = (
        "Press Statement by the President of the Commission, Ms. Adaeze Okonkwo, on the "
        "elections in Lindoro\n\n"
        "Addis Ababa, 3 March 2024 - The President of the Commission congratulates the people "
        "of Lindoro on the peaceful conduct of the elections.\n\n"
        "The President commends the electoral body for its professionalism.\n\n"
        "She calls on all candidates to settle any dispute through the courts.\n"
    )
    found = extract(text, published=DAY)
    said = [(s.speaker, s.kind) for s in found]
    assert len(found) == 3 and all(k == "indirect" for _, k in said), said


def test_a_statement_turning_to_i_stays_the_persons_speech():
    """Near miss: the paragraphs below say "I" and "we": the person's words printed whole."""
    text = (
        "Statement of the Chairperson of the Regional Commission, H.E. Mr. Kwesi Arthur "
        "Mensah, on the floods in the coastal districts\n\n"
        "The Chairperson of the Regional Commission delivered the following statement.\n\n"
        "I am following with deep concern the floods in the coastal districts.\n\n"
        "We stand with the bereaved families.\n"
    )
    found = extract(text, published=DAY)
    assert any(s.kind == "direct" and s.text.startswith("I am following") for s in found), [
        (s.speaker, s.kind, s.text[:30]) for s in found
    ]
