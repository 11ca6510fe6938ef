"""Attributions an attribution study counts (issue 8, round seventeen: constructions frequent
among the misses in PolNeAR's training half, read as ``--unnamed`` reads). Each test in new
words written here, in a diplomatic setting."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2016, 3, 8)


def _found(text: str, unnamed: bool = True) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text[:30]) for s in extract(text, published=TUESDAY, unnamed=unnamed)]


def test_a_group_or_body_saying_inside_an_object_relative_is_counted() -> None:
    # "the crossings, which officials said would reopen", "the offer, which the ministry says
    # is final": the clause after "said" is the source's claim, whoever the source is
    text = (
        "Foreign ministers of the region met in Vienna on Tuesday.\n\n"
        "The new visa rules, which diplomats said would take effect in April, were not "
        "discussed.\n\n"
        "Envoys also raised the transit levy, which the Latvian foreign ministry says is "
        "already among the lowest in Europe.\n"
    )
    found = _found(text)
    assert ("diplomats", "would take effect in April") in found
    assert any(
        s and s.endswith("Foreign Ministry") and t.startswith("is already among the lowest")
        for s, t in found
    )


def test_without_unnamed_a_body_in_a_relative_stays_background() -> None:
    text = (
        "Foreign ministers of the region met in Vienna on Tuesday.\n\n"
        "Envoys also raised the transit levy, which the Latvian foreign ministry says is "
        "already among the lowest in Europe.\n"
    )
    assert _found(text, unnamed=False) == []


def test_a_group_or_body_a_relative_pronoun_stands_for_speaks() -> None:
    # "... from business leaders who say ...", "..., several governments, which argued that
    # ...": the relative's verb of saying has the group or the body before it as its source,
    # as "analysts say" would
    text = (
        "Foreign ministers of the region met in Vienna on Tuesday.\n\n"
        "The postponement disappointed Baltic diplomats who say the delay only helps "
        "Moscow.\n\n"
        "The decision was welcomed by humanitarian agencies, which warned that grain stocks "
        "in the north would run out by June.\n"
    )
    found = _found(text)
    assert ("Baltic diplomats", "the delay only helps Moscow") in found
    assert ("humanitarian agencies", "grain stocks in the north woul") in found


def test_without_unnamed_a_group_before_who_is_no_speaker() -> None:
    text = (
        "Foreign ministers of the region met in Vienna on Tuesday.\n\n"
        "The postponement disappointed Baltic diplomats who say the delay only helps "
        "Moscow.\n"
    )
    assert _found(text, unnamed=False) == []


def test_a_name_in_quotation_marks_given_in_a_which_clause_is_the_namers_words() -> None:
    # 'the corridor, which X has called "a lifeline"': the quoted name is X's own words;
    # unquoted ("which Manila calls Ayungin Shoal") it stays the story naming a thing
    text = (
        "Foreign ministers of the region met in Vienna on Tuesday.\n\n"
        "They also discussed the grain corridor, which Turkish President Recep Tayyip Erdogan "
        'has called "a lifeline for the poorest nations".\n\n'
        "The reef, which Hanoi calls Da Gac, lies far off the coast.\n"
    )
    for unnamed in (False, True):
        assert _found(text, unnamed) == [("Recep Tayyip Erdogan", "a lifeline for the poorest nat")]


def test_a_naming_relative_closing_the_sentence_gives_the_namers_words() -> None:
    # "... drew fire from Erdogan, who called the sanctions "a grave mistake"": the relative
    # is the sentence's last word on him; opening the sentence before its own verb
    # ('Lavrov, who called the plan "a farce," said ...') it stays background
    text = (
        "Foreign ministers of the region met in Vienna on Tuesday.\n\n"
        "The embargo drew fire from President Lidia Moraru, who called the measure "
        '"an act of economic blackmail".\n\n'
        'Foreign Minister Ivo Kral, who called the plan "a dead end," said the talks '
        "were over.\n"
    )
    for unnamed in (False, True):
        assert _found(text, unnamed) == [
            ("Lidia Moraru", 'the measure "an act of economi'),
            ("Ivo Kral", "the talks were over"),
        ]
