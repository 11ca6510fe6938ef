"""Recall on ordinary attribution constructions of news copy (issue 8, thirteenth round):
classes read from the attributions PolNeAR's train compartment annotates that tracker did not
find. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2025, 6, 13)


def test_a_quoted_name_given_then_and_said_runs_on_into_the_joined_words() -> None:
    # 'called the plan "a farce" and said ...': the name given, quoted, ends the naming
    # verb's words; the joined verb's words are part of the one statement both verbs make
    text = (
        "GENEVA, June 13 (Wire) - UN relief chief Marta Lindqvist called the convoy ban "
        '"a sentence passed on the hungry" and said aid agencies would appeal to the Security '
        "Council next week."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Marta Lindqvist"]
    assert found[0].text.startswith('the convoy ban "a sentence passed on the hungry"')
    assert found[0].text.endswith("aid agencies would appeal to the Security Council next week")


def test_a_quoted_description_a_comma_and_said_is_one_statement() -> None:
    # 'described the accord as "...", and said ...': the comma before "and" changes nothing
    text = (
        "GENEVA, June 13 (Wire) - Swiss Foreign Minister Anton Keller described the accord "
        'as "a modest but real step", and said Bern would host the next round in September.'
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Anton Keller"]
    assert found[0].text.endswith("Bern would host the next round in September")


def test_a_comma_after_that_opens_an_aside_inside_the_words() -> None:
    # 'said in a statement on Thursday that, if ..., X': the day and the medium, then "that"
    # and a condition set off by commas; the words run from the condition
    text = (
        "BRUSSELS, June 13 (Wire) - EU trade commissioner Pia Lund said in a statement on "
        "Thursday that, unless Beijing lifted the export curbs, the bloc would file a case at "
        "the World Trade Organization."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Pia Lund", "2025-06-12")]
    assert found[0].text.startswith("unless Beijing lifted the export curbs, the bloc would")


def test_a_participle_s_words_closed_by_a_quote_then_and_said_is_a_second_statement() -> None:
    # 'issued a statement saying ... "..." and said ...': the quote closes the words the
    # participle reports; the verb joined after it is the same speaker's next point
    text = (
        "BRUSSELS, June 13 (Wire) - Dutch Foreign Minister Joris Bakker issued a statement "
        'saying the seizure of the tanker "breaks every rule of the sea" and said The Hague '
        "would summon the ambassador on Monday."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Joris Bakker", "Joris Bakker"]
    assert found[1].text == "The Hague would summon the ambassador on Monday"


def test_remarking_that_after_a_gesture_is_a_statement() -> None:
    # ', remarking that ...': the participle of "remarked", which the cue list lacked
    text = (
        "BRUSSELS, June 13 (Wire) - Polish Foreign Minister Adam Nowicki pointed to the "
        "drills near the border as the main worry, remarking that Warsaw would ask NATO for "
        "more air defence."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Adam Nowicki"]
    assert found[0].text.endswith("Warsaw would ask NATO for more air defence")
