"""Bodies named in full once and then shortened, found on a blind set of real African and
Latin American copy (issue 8); each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

TUESDAY = datetime.date(2024, 5, 14)


def test_a_capitalised_short_name_is_the_body_named_before() -> None:
    # "Government Communication Service ... the Office said": the speaker came out as a body
    # called "Office"
    text = (
        "NAIROBI - The National Intelligence Service on Tuesday said the northern crossing "
        "would stay shut until further notice.\n\n"
        "The Service said it had passed its assessment to the neighbouring governments."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["National Intelligence Service"] * 2


def test_a_capitalised_short_name_with_no_body_before_names_no_body() -> None:
    # with nothing it can stand for, "the Ministry" is a description, never an institution
    # called "Ministry" that would be recorded
    for phrase in ("The Ministry", "The Office", "the Commission", "The Embassy"):
        found = parse_speaker(phrase)
        assert found is not None and found.kind == "description", phrase
    text = "The Ministry said it would look again at the licensing rules next year."
    found = extract(text, published=TUESDAY)
    assert all(s.speaker_type != "institution" for s in found)


def test_a_short_name_that_is_a_name_stays_a_body() -> None:
    # guard: "the Kremlin", "the Presidency" are names in their own right
    for phrase, name in (("The Kremlin", "Kremlin"), ("the Pentagon", "Pentagon")):
        found = parse_speaker(phrase)
        assert found is not None and found.kind == "institution" and found.name == name


def test_a_body_whose_name_lists_its_fields_is_one_speaker() -> None:
    # "The Foreign, Commonwealth and Development Office said ...": read as a list of
    # speakers, and the statement was lost; "the Office" after it fell to "Development Office"
    text = (
        "LONDON - The Foreign, Commonwealth and Development Office on Tuesday said talks on "
        "the fisheries accord would resume in June.\n\n"
        "The Office said it had set out its concerns to the visiting delegation."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Foreign, Commonwealth and Development Office"] * 2


def test_a_list_of_people_is_still_no_body() -> None:
    # guard: capitalised names joined by commas and "and" are people, not one body
    assert parse_speaker("Lavrov, Blinken and Wang Yi") is None or (
        parse_speaker("Lavrov, Blinken and Wang Yi").kind != "institution"
    )
    text = "Germany, France and Italy said on Tuesday they would back the new mission."
    found = extract(text, published=TUESDAY)
    assert all("Germany, France" not in (s.speaker or "") for s in found)
