"""Speakers on unseen real text (twenty-sixth round): "she" after a quote goes back past a
man to the woman named before, when their given names tell who is which. The lexicon knew
few given names, so a woman named "Elina" or a man named "Ousmane" told nothing, and "she"
went to whoever was quoted just before. And a "His" after a family name a husband and
wife share must not make her a man. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2025, 2, 19)


def _speakers(text: str) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=WEDNESDAY)]


def test_she_after_a_man_quoted_is_the_woman_named_before() -> None:
    found = _speakers(
        "HELSINKI (Wire) - Finnish Foreign Minister Elina Valtonen received Guatemalan envoy "
        'Ottoniel Barrios on Tuesday.\n\n"Our aid will continue," Valtonen said.\n\n'
        '"We are grateful for Finland\'s patience," Barrios told reporters.\n\n'
        "She said a new water project would start in the highlands next year."
    )
    assert found == [
        ("Elina Valtonen", "Our aid will continue"),
        ("Ottoniel Barrios", "We are grateful for Finland's patience"),
        ("Elina Valtonen", "a new water project would start in the highlands next year"),
    ]


def test_she_added_after_a_man_quoted_is_the_canadian_minister() -> None:
    found = _speakers(
        "OTTAWA (Wire) - Foreign Affairs Minister Chrystia Freeland spoke by phone with "
        "Peruvian Foreign Minister Elmer Schialer on Monday.\n\n"
        '"Canada stands with Peru," Freeland said.\n\n'
        '"The mining code will be respected," Schialer said.\n\n'
        "She added that Ottawa would send observers to the vote."
    )
    assert found[-1] == ("Chrystia Freeland", "Ottawa would send observers to the vote")


def test_a_man_by_his_given_name_is_not_she() -> None:
    # the woman's given name is one the lexicon does not know; the man's tells he is a man,
    # so "she" after his quote goes back to her
    found = _speakers(
        "CHISINAU (Wire) - Moldovan negotiator Doina Rusu received Latvian Foreign Minister "
        'Krisjanis Karins on Thursday.\n\n"We have kept every promise," Rusu said.\n\n'
        '"Riga will not look away," Karins said.\n\n'
        "She said the customs chapter could close before the summer."
    )
    assert found == [
        ("Doina Rusu", "We have kept every promise"),
        ("Krisjanis Karins", "Riga will not look away"),
        ("Doina Rusu", "the customs chapter could close before the summer"),
    ]


def test_she_added_after_a_senegalese_premier_is_the_woman_before() -> None:
    found = _speakers(
        "DAKAR (Wire) - Treasury director Awa Ndiaye sat beside Prime Minister Ousmane Sonko "
        'at a briefing on Friday.\n\n"Every loan will be listed," Ndiaye said.\n\n'
        '"Nothing will be hidden again," Sonko said.\n\n'
        "She added that the debt audit would be published in March."
    )
    assert found[-1] == ("Awa Ndiaye", "the debt audit would be published in March")


def test_his_after_a_family_name_a_couple_shares_leaves_the_wife_a_woman() -> None:
    # "Okafor ... His death": the bare family name is his or hers; it must not make her a man,
    # or "she" finds no one
    found = _speakers(
        "MINNEAPOLIS (Wire) - Darnell Okafor, a 37-year-old bus driver, was shot by a deputy on "
        "Monday outside a grocery store, officials said.\n\n"
        "A bystander's video was released on Tuesday. Tamika Okafor can be heard telling the "
        'deputies that her husband had no gun.\n\n"Please, he is not armed," she says. '
        '"Please put the guns down."\n\n'
        '"Why did you shoot him?" she said as an officer waved her back.\n\n'
        "Okafor was the third man shot by county deputies this year.\n\n"
        "His death has set off two nights of protests in the city."
    )
    assert [speaker for speaker, _ in found] == ["Tamika Okafor", "Tamika Okafor"]
