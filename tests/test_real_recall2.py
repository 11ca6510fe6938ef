"""Statements a careful editor records that tracker missed or cut short, by class of
language, second pass over the errors left on open real-error material (issue 8, eleventh
round). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2025, 5, 16)


def test_the_words_of_a_participle_after_the_day_of_an_act_stay_in_the_statement() -> None:
    # "condemned the raid on Thursday, saying ...": the day is the attribution's, and the
    # participle's words (the point of the statement) stay with the act
    text = (
        "LISBON, May 16 (Wire) - Portugal's Foreign Minister Rui Amaral condemned the seizure "
        'of the tanker on Thursday, saying it was "an act of piracy" that Lisbon would not '
        "accept."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Rui Amaral", "2025-05-15")]
    assert found[0].text.endswith('"an act of piracy" that Lisbon would not accept')
    assert found[0].kind == "mixed"


def test_a_call_pressed_on_a_named_counterpart_with_its_day_before_to() -> None:
    # "pressed her counterpart X on Friday to ...": the addressee, the day, then what to do;
    # the day dates the call and is printed where it stands (test_words_as_written.py)
    text = (
        "LISBON, May 16 (Wire) - Portuguese Foreign Minister Rui Amaral pressed his Moroccan "
        "counterpart Karim Bennani on Thursday to reopen the fishing grounds off Tangier."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Rui Amaral", "2025-05-15")]
    assert "to reopen the fishing grounds off Tangier" in found[0].text
    assert found[0].text.endswith(
        "Karim Bennani on Thursday to reopen the fishing grounds off Tangier"
    )


def test_rejecting_what_the_speaker_called_something_is_a_statement() -> None:
    # "rejected what it called ... remarks": a stand taken on words, named in the speaker's
    # own terms (unlike "announced what he called a special operation", a bare naming)
    text = (
        "LISBON, May 16 (Wire) - The Portuguese Foreign Ministry on Thursday dismissed what it "
        'called "reckless and misleading" claims by a Spanish lawmaker about the border fence.'
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Portuguese Foreign Ministry", "2025-05-15")
    ]
    assert found[0].text.startswith('what it called "reckless and misleading" claims')


def test_a_stand_restated_is_the_words_of_whoever_restates_it() -> None:
    # "repeated Beijing's long-held position that ...": the spokesman states the position
    # again; its owner is no speaker here
    text = (
        "LISBON, May 16 (Wire) - Asked about the dispute, ministry spokeswoman Sofia Matos "
        "reiterated Lisbon's long-standing view that the islands belonged to Portugal."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Sofia Matos"]
    assert found[0].text == "the islands belonged to Portugal"


def test_a_short_quoted_name_given_in_a_participle_stays_in_the_statement() -> None:
    # 'denounced the vote, calling it "shameful"': the name the speaker gave is what was said
    # of the thing, one quoted word or two
    text = (
        "LISBON, May 16 (Wire) - Opposition leader Marta Silveira denounced the budget vote, "
        'calling it "shameful".'
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Marta Silveira"]
    assert found[0].text.endswith('calling it "shameful"')
    assert found[0].kind == "mixed"


def test_late_on_a_weekday_after_an_act_goes_with_the_day_that_dates_it() -> None:
    # "welcomed the ruling late Thursday, calling it ...": "late" goes with the day
    text = (
        "LISBON, May 16 (Wire) - Justice Minister Paulo Reis welcomed the court ruling late "
        'Thursday, calling it "a victory for the rule of law".'
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Paulo Reis", "2025-05-15")]
    assert "the court ruling late Thursday, calling it" in found[0].text
    assert found[0].text.endswith('calling it "a victory for the rule of law"')


def test_a_day_after_a_thing_defended_is_the_day_it_was_defended() -> None:
    # "defended the budget on Thursday, saying ...": one statement from the act, the day
    # dating it, as after "condemned" or "welcomed"
    text = (
        "LISBON, May 16 (Wire) - Finance Minister Joana Pires defended the budget on Thursday, "
        "saying it would fund rural bus lines."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Joana Pires", "2025-05-15")]
    assert found[0].text.startswith("defended the budget")
    assert found[0].text.endswith("it would fund rural bus lines")


def test_a_stand_restated_on_a_named_day_is_dated_by_it() -> None:
    text = (
        "LISBON, May 16 (Wire) - Economy Minister Nuno Vaz restated the government's view on "
        "Thursday that the euro was overvalued."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Nuno Vaz", "2025-05-15")]
    assert found[0].text == "the euro was overvalued"
