"""Faults found on probe pages of the twenty-fifth round: a relative clause on the
interview before the words' "that", a party's name with "and" in it, "said so" with no
words of its own, a national task force named by its field, each in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

THURSDAY = datetime.date(2025, 3, 13)


def test_the_words_follow_the_second_that_after_an_interview_that_aired() -> None:
    # "in an interview that aired on Sunday that ...": the first "that" opens the
    # interview's relative clause, the second the words
    text = (
        "OTTAWA, March 13 (Wire) - Foreign Minister Melanie Joly said in an interview with "
        "CBC that aired on Sunday that Canada would answer the tariffs in kind.\n\n"
        "Trade envoy Mary Ng said in a podcast interview that premiered late Friday that "
        "talks with Washington had stalled."
    )
    found = extract(text, published=THURSDAY)
    assert [s.text for s in found] == [
        "Canada would answer the tariffs in kind",
        "talks with Washington had stalled",
    ]


def test_a_that_clause_opening_with_a_participle_adjective_is_still_the_words() -> None:
    # near miss (passes before and after): "that armed groups ...": "armed" is the
    # subject's adjective, no relative's verb
    text = "Defence Minister Bill Blair said that armed groups had seized the mine."
    found = extract(text, published=THURSDAY)
    assert [s.text for s in found] == ["armed groups had seized the mine"]


def test_a_party_named_with_and_after_of_the_ruling_is_the_persons_party() -> None:
    text = (
        "WARSAW, March 13 (Wire) - Mariusz Blaszczak of the ruling Law and Justice party "
        "said the army would get new tanks.\n\n"
        "Senator Karol Wisniewski of the opposition Peace and Prosperity party said the "
        "budget could not pass."
    )
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == ["Mariusz Blaszczak", "Karol Wisniewski"]


def test_a_party_in_lower_case_after_its_name_is_where_the_person_sits() -> None:
    found = parse_speaker("Marek Zielinski of the ruling Civic Coalition party")
    assert found is not None and found.kind == "person"
    assert found.name == "Marek Zielinski"
    assert found.institution == "Civic Coalition party"


def test_said_so_with_a_clause_of_the_speakers_own_joined_on_has_no_words() -> None:
    text = (
        "Lin Jian: We have seen the reports. The Secretary-General has urged restraint. He "
        "said so, and we fully share that view.\n\n"
        "AFP: The State Department backs Manila. Your comment?\n\n"
        "Lin Jian: Secretary Rubio said so on Monday, but the US is not a party to the "
        "dispute."
    )
    found = extract(text, published=THURSDAY)
    assert "Rubio" not in [s.speaker for s in found]
    assert not any(s.text.startswith(("so", "as much")) for s in found)


def test_said_as_much_then_and_is_no_statement() -> None:
    text = (
        "ANKARA, March 13 (Wire) - Turkey wants the war to end, Foreign Minister Hakan Fidan "
        "said on Thursday.\n\n"
        "Spokesman Omer Celik said as much, and the party agreed."
    )
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == ["Hakan Fidan"]


def test_a_national_task_force_named_by_its_field_is_a_body() -> None:
    for phrase in (
        "The National Task Force for the West Philippine Sea",
        "the National Task Force for Border Control",
    ):
        found = parse_speaker(phrase)
        assert found is not None and found.kind == "institution", phrase
        assert found.name == phrase.split(None, 1)[1]


def test_a_national_task_force_speaks() -> None:
    text = (
        "MANILA, March 13 (Wire) - The National Task Force for the West Philippine Sea said "
        "on Thursday that a coast guard ship had been rammed near Scarborough Shoal."
    )
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == ["National Task Force for the West Philippine Sea"]


def test_an_independent_expert_alone_is_a_post_not_a_person_named_expert() -> None:
    found = parse_speaker("the Independent Expert")
    assert found is not None and found.kind == "description" and found.name is None


def test_a_un_mandate_whose_field_has_and_in_it_speaks_whole() -> None:
    text = (
        "GENEVA, March 13 (Wire) - The UN Independent Expert on human rights and the "
        "environment said on Thursday that the new mine would poison the river."
    )
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == [
        "The UN Independent Expert on human rights and the environment"
    ]


def test_a_un_mandate_told_by_its_field_and_place_speaks() -> None:
    text = (
        "GENEVA, March 13 (Wire) - The United Nations Independent Expert on the situation "
        "of human rights in Haiti warned that gangs now held most of the capital."
    )
    found = extract(text, published=THURSDAY)
    assert len(found) == 1 and found[0].speaker.startswith("The United Nations Independent")


def test_the_holder_named_after_a_un_mandate_speaks() -> None:
    text = (
        "GENEVA, March 13 (Wire) - Independent Expert on the situation of human rights in "
        "the Central African Republic Yao Agbetse said the elections had been calm."
    )
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == ["Yao Agbetse"]


def test_the_words_told_follow_the_that_after_a_relative_on_the_hearers() -> None:
    text = (
        "SEOUL, March 13 (Wire) - Unification Minister Kim Yung-ho told a forum that opened "
        "in Seoul on Thursday that dialogue with the North remained the only path.\n\n"
        "Vice Minister Park Jin told lawmakers at a hearing that lasted five hours that the "
        "budget was enough."
    )
    found = extract(text, published=THURSDAY)
    assert [s.text for s in found] == [
        "dialogue with the North remained the only path",
        "the budget was enough",
    ]
