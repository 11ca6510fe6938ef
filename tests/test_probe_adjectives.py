"""A participle used as an adjective inside a speaker's description is not the sentence's
verb (issue 8, construction probes of the tenth round). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 10, 2)


def test_a_participle_after_a_possessive_describes_the_speaker() -> None:
    # "Russia's jailed opposition leader X said": after a possessive comes a noun phrase,
    # so "jailed" cannot be the verb that closes the subject
    text = (
        "VILNIUS, Oct 2 (Wire) - Belarus's exiled opposition leader Sviatlana Tsikhanouskaya "
        "said on Wednesday that the sentences handed to activists would not silence them."
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Sviatlana Tsikhanouskaya", "2024-10-02")]


def test_armed_forces_in_a_possessive_title_is_not_a_verb() -> None:
    text = (
        "TEHRAN, Oct 2 (Wire) - Iran's armed forces chief Mohammad Bagheri said any "
        "retaliation would be answered at once."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Mohammad Bagheri"]
    assert found[0].text.startswith("any retaliation would be answered")


def test_a_participle_after_the_article_describes_the_speaker() -> None:
    text = (
        "CARACAS, Oct 2 (Wire) - Former President Evo Morales arrived on Wednesday. "
        "The ousted leader said the charges against him were invented."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.text for s in found] == ["the charges against him were invented"]


def test_a_past_tense_verb_after_a_name_still_closes_the_subject() -> None:
    # the rule it refines: "the senator emailed reporters" is a verb, and no one "said" here
    text = "Senator Ruth Hale emailed reporters a copy of the letter she said was final."
    found = extract(text, published=WEDNESDAY)
    assert all(s.speaker != "Ruth Hale emailed reporters" for s in found)


def test_one_western_diplomat_is_nobody_a_pronoun_can_name() -> None:
    # "One Western diplomat", "Another Arab official": a count and a nationality, not a
    # two-word name, so the quote after them stays with the unnamed source
    text = (
        "BRUSSELS, Oct 2 (Wire) - One Western diplomat said the text was nearly agreed. "
        '"We are a comma away," she said.\n\n'
        "Another Arab official said the mediators would meet again on Friday. "
        '"Nobody is walking out," he said.'
    )
    found = extract(text, published=WEDNESDAY)
    assert found == []


def test_he_after_an_unnamed_commander_is_not_the_force_he_serves() -> None:
    # the body inside "a senior Revolutionary Guards commander" is no antecedent for "he"
    text = (
        "TEHRAN, Oct 2 (Wire) - A senior Revolutionary Guards commander said any strike would "
        'be answered. "Our reply will be heavier," he told state television.\n\n'
        'A Russian general said the border was calm. "We are holding," he said.'
    )
    found = extract(text, published=WEDNESDAY)
    assert found == []
