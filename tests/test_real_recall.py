"""Statements a careful editor records that tracker missed, by class of language, taken from
the errors left on open real-error material (issue 8, eleventh round). Each test in new words
written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 4)


def test_a_quoted_name_in_the_object_of_a_deed_leaves_the_joined_said_to_the_subject() -> None:
    # 'announced sanctions on the "shadow fleet" and said ...': no verb of saying takes the
    # quoted words; what follows "and said" is the subject's statement
    text = (
        "OSLO, March 4 (Wire) - Norway's Foreign Minister Erik Dahl unveiled a fund for the "
        'so-called "green corridor" and said Oslo expected its Nordic partners to contribute.'
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Erik Dahl", "2025-03-04")]
    assert found[0].text == "Oslo expected its Nordic partners to contribute"


def test_a_quoted_naming_still_takes_the_words_of_its_verb() -> None:
    # the rule it refines: 'called the plan "a farce" and said ...' names with a verb of
    # saying, whose statement it is
    text = (
        'OSLO, March 4 (Wire) - Foreign Minister Erik Dahl called the proposal "a dead end" '
        "and said talks would resume in April."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Erik Dahl"]
    assert found[0].text.startswith('the proposal "a dead end"')


def test_a_participle_joined_to_reported_words_reads_on_with_them() -> None:
    # 'demanded that X withdraw the remarks, warning that ...': one statement whose words
    # run through the participle, as an editor copies them
    text = (
        "OSLO, March 4 (Wire) - Foreign Ministry spokeswoman Ingrid Moe demanded on Tuesday "
        "that Stockholm withdraw the claim, warning that Oslo would take the case to court."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Ingrid Moe", "2025-03-04")]
    assert found[0].text == (
        "Stockholm withdraw the claim, warning that Oslo would take the case to court"
    )


def test_pointing_to_a_thing_then_saying_stays_a_statement() -> None:
    # the participle's words make "pointed to" a statement, joined into one run or not
    text = (
        "OSLO, March 4 (Wire) - Foreign Minister Erik Dahl pointed to the record number of "
        "visitors this year, saying it showed the country's growing appeal."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Erik Dahl"]
    assert found[0].text.endswith("saying it showed the country's growing appeal")


def test_defending_a_decision_is_a_stand_taken_in_words() -> None:
    # "defended the creation of a fund", "defended the decision to ..., saying ...": a
    # minister's stand on a choice, which editors record
    text = (
        "LISBON, March 4 (Wire) - Portuguese Foreign Minister Paulo Rangel on Tuesday defended "
        "the decision to reopen the embassy in Damascus, saying dialogue served Europe's "
        "interests. Rangel also defended the creation of a regional fund for Sahel refugees."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Paulo Rangel", "2025-03-04"),
        ("Paulo Rangel", "2025-03-04"),
    ]
    assert found[0].text.startswith("defended the decision to reopen the embassy")
    assert found[0].text.endswith("saying dialogue served Europe's interests")
    assert found[1].text == "defended the creation of a regional fund for Sahel refugees"


def test_defending_a_place_or_a_seat_says_nothing() -> None:
    text = (
        "LISBON, March 4 (Wire) - Government troops defended the town for three days. "
        "The party is defending 14 seats in the election."
    )
    assert extract(text, published=TUESDAY) == []


def test_a_participle_that_tells_the_day_keeps_it_for_the_date() -> None:
    # the run-on stops short of "warning on Monday that": the day is the attribution's
    text = (
        "OSLO, March 4 (Wire) - Foreign Minister Erik Dahl demanded that Stockholm withdraw "
        "the claim, warning on Monday that Oslo would take the case to court."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Erik Dahl", "2025-03-03")]


def test_words_around_a_set_off_attribution_are_given_as_the_source_has_them() -> None:
    # "The port, the minister said, would reopen on Monday.": the statement is one run of the
    # source's words, the attribution inside, so its text is the span it points to (as a
    # reader quoting the report would copy it)
    text = (
        "Harbour Minister Tomas Varga toured the damaged quay on Thursday.\n\n"
        "The container terminal, Varga said, would reopen within a fortnight."
    )
    (s,) = extract(text, published=datetime.date(2025, 3, 7))
    assert s.speaker == "Tomas Varga"
    assert s.text == "The container terminal, Varga said, would reopen within a fortnight"
    assert text[s.span[0] : s.span[1]] == s.text
