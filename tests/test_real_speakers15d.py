"""Who spoke in real copy (issue 8, round fifteen, wave four: English speaker classes left on
w15s and w15v). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2025, 3, 10)


def test_former_post_with_a_nation_describes_the_one_speaking_now() -> None:
    # "the former Latvian defence minister": a post left behind, which the speaker, now in
    # another post, need not hold
    text = (
        "NATO deputy chief Ilze Ozola told reporters in Brussels that the alliance would "
        "double its air patrols over the Baltic.\n\n"
        '"We will not wait for the next provocation," the former Latvian defence minister '
        "said."
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Ilze Ozola", "Ilze Ozola"]


def test_plural_post_before_two_names_is_no_part_of_the_first_name() -> None:
    # "Defence Ministers X and Y met ...": the post in the plural is both men's, not a word
    # of the first one's name
    text = (
        "Defence Ministers Tomas Varga and Lukas Brenner, who meet every spring, signed a "
        "pact on shared training grounds. Speaking afterwards, Varga called the pact "
        '"a first step, not the last one."'
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Tomas Varga"]


def test_post_with_a_nation_names_the_untitled_one_speaking_last() -> None:
    # the visitor is called by his post ("the foreign secretary said"), the host only by his
    # name, then by his post with a nation for variety; a caption credits a picture agency
    text = (
        "Home Secretary Ruth Dalby arrives in Tokyo (Getty Images)\n\n"
        "Ruth Dalby met Kenji Arata in Tokyo on Sunday. The home secretary said the talks "
        'had been "candid".\n\n'
        "Mr Arata was more upbeat, telling Ms Dalby that the two states were "
        '"old friends".\n\n'
        "The Japanese interior minister added that a new visa deal could be signed by June."
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found][-1] == "Kenji Arata"


def test_post_for_a_body_of_a_state_set_off_after_a_name_is_the_name_s() -> None:
    # ", spokeswoman for the X Council of Norway,": the post and body of the one named, not
    # a body called by the post's words
    text = (
        "Ingrid Solheim, spokeswoman for the Arctic Fisheries Council of Norway, told local "
        "radio that the quota talks had stalled again."
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Ingrid Solheim"]


def test_field_joined_by_and_before_a_post_is_no_person_of_its_own() -> None:
    # "Public Works and Infrastructure Minister X responded ... '...,' he said": the field
    # before "and" opens X's post; it is no one "he" could mean
    text = (
        "Public Works and Infrastructure Minister Thabo Ndlela responded on Thursday with "
        'quiet calm. "The courts will have the last word on this law," he told reporters in '
        "Cape Town."
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found][-1] == "Thabo Ndlela"


def test_post_shared_by_two_written_before_a_name_is_a_title() -> None:
    # "the Left Alliance co-leader X": the party's post held jointly, then the one holding it
    text = (
        "Left Alliance co-leader Maren Holt issued a statement saying the base deal would "
        "tie the country to a foreign war."
    )
    found = extract(text, published=MONDAY)
    assert [s.speaker for s in found] == ["Maren Holt"]
