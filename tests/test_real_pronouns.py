"""Whom "he" or "she" means in real wire copy (issue 8, round eleven: classes taken from
errors left on open real articles). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2026, 3, 10)


def test_the_one_an_aide_serves_by_possessive_is_not_he() -> None:
    # "Yuri Ushakov, Putin's foreign policy aide, told reporters ... He said": the aide, the
    # subject who spoke, not the one named as the owner of his post
    text = (
        "Omar Haddad, Viktor Kessler's foreign policy aide, told state radio that the "
        "meeting in Tallinn had been useful.\n\n"
        "He said that no date had been set for a second round."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Omar Haddad", "Omar Haddad"]


def test_the_possessor_after_the_statement_in_one_paragraph_is_not_he() -> None:
    # (the one served named in full before, as the day's leader)
    text = (
        "President Viktor Kessler arrived in Riga for a two-day visit.\n\n"
        "Talks moved into a wider format, Omar Haddad, Kessler's chief of staff, told "
        "reporters in Riga. He said the delegations would then have dinner."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Omar Haddad", "Omar Haddad"]


def test_the_one_a_spokesman_speaks_for_is_not_he() -> None:
    # "X, a spokesman for President Y, said ... He said": X again
    text = (
        "Omar Haddad, a spokesman for President Viktor Kessler, said the talks were useful. "
        "He said that no date had been set for a second round."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Omar Haddad", "Omar Haddad"]


def test_a_bare_surname_two_people_share_is_the_one_named_last_as_subject() -> None:
    # a minister named first with no gender, a spokesman named after him as a sentence's
    # subject; a bare shared surname is the spokesman, whose title alone tells he is a man
    text = (
        "Defence Minister Karim Rahman Nadeem met his Indian counterpart on Saturday.\n\n"
        "Government spokesman Farid Nadeem confirmed the agreement on Sunday, saying that "
        "both sides had committed to restraint.\n\n"
        '"We want good relations with all our neighbours," Nadeem wrote on X.'
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Farid Nadeem", "Farid Nadeem"]


def test_the_body_after_a_fronted_title_of_is_no_appositive_of_the_name() -> None:
    # "Deputy spokesman of the Islamic Emirate, X, told ...": the body is the object of "of",
    # the whole title is the name's appositive; "he" after it is the spokesman, not the body
    text = (
        "The Sovereign Republic said dozens of farmers were killed in the raids.\n\n"
        "Deputy spokesman of the Sovereign Republic, Idris Halabi, told Radio Dawn on Sunday "
        'that the truce would be tested on the ground. "If the other side keeps its word, '
        'there will be no problem from us," he said.'
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found][1:] == ["Idris Halabi", "Idris Halabi"]
