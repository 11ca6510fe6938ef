"""A state's body named with its adjective (issue 8, round eighteen): "the Estonian Ministry
of Foreign Affairs", "the Polish Ministry of Defence" name a body, as "Estonia's Ministry of
Foreign Affairs" does, though "Foreign Affairs" reads like a post's words. So the body can
issue a statement whose words "the statement read" gives. Each test in new words written
here."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

FRIDAY = datetime.date(2024, 3, 8)


def test_a_states_adjective_before_a_ministry_of_its_field_names_the_body() -> None:
    for text, country in (
        ("The Latvian Ministry of Foreign Affairs", "Latvia"),
        ("the Polish Ministry of Defence", "Poland"),
        ("The South Korean Ministry of Unification", "South Korea"),
        ("the French Ministry for Europe and Foreign Affairs", "France"),
        ("Finland's Ministry of Foreign Affairs", "Finland"),
    ):
        found = parse_speaker(text)
        assert found is not None and found.kind == "institution", text
        assert found.country == country


def test_a_post_in_such_a_body_stays_a_post() -> None:
    for text in (
        "the Latvian Minister of Foreign Affairs",
        "the Latvian Ministry of Foreign Affairs spokesman",
    ):
        found = parse_speaker(text)
        assert found is not None and found.kind != "institution", text


def test_the_statement_read_gives_the_words_of_the_body_that_issued_it() -> None:
    text = (
        "Riga recalls envoy\n\n"
        "RIGA (LETA) - Latvia on Thursday recalled its ambassador from Minsk.\n\n"
        "The Latvian Ministry of Foreign Affairs said in a statement that the step answered "
        "repeated provocations at the border.\n\n"
        '"Latvia has shown patience for months, but the pressure on our border guards has '
        'become intolerable," the statement read.\n'
    )
    found = [(s.speaker, s.text) for s in extract(text, published=FRIDAY)]
    assert len(found) == 2
    assert all("Ministry of Foreign Affairs" in who for who, _ in found)
    assert found[1][1].startswith("Latvia has shown patience")
