"""Who speaks in English stories (issue 8, round fifteen, second wave: classes taken from
the open sets' errors). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2025, 3, 13)


def _speakers(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text[:24]) for s in extract(text, published=THURSDAY)]


def test_the_interview_with_a_surname_is_the_guest_not_a_leader_named_after() -> None:
    # "excerpts from the interview with Varga": the envoy named in full at the top answers
    # the questions, not the prime minister whose summit the introduction mentions later
    text = (
        "[INTERVIEW] Hungarian envoy sees 'a bridge, not a wall' in trade ties\n\n"
        "Published: 13 Mar. 2025, 08:00\n\n"
        "By Tom Reyes\n\n"
        "Hungarian Ambassador to Chile Andras Varga said the two countries could double "
        "their trade within five years if the new air route opens as planned.\n\n"
        "The interview took place a week before Chilean President Gabriel Boric held talks "
        "with Prime Minister Viktor Orban in Budapest on Monday.\n\n"
        "Below are edited excerpts from the interview with Varga.\n\n"
        "Q. How would you describe relations today?\n\n"
        "A. They are warmer than at any time I remember. Our students come here in record "
        "numbers and our wines are on every menu in Santiago.\n\n"
        "Q. What comes next?\n\n"
        "A. I hope the direct flight will start before the summer, because it will change "
        "everything for our exporters.\n"
    )
    answers = [who for who, said in _speakers(text) if said.startswith(("They are", "I hope"))]
    assert answers == ["Andras Varga", "Andras Varga"]


def test_seyed_written_before_an_iranian_name_is_part_of_the_name() -> None:
    # "Seyed" (a descendant of the Prophet) is written as part of the given name, as Iran's
    # own agencies and registers give it, unlike a conferred style ("Sir", "Datuk Seri");
    # the name by the surname or without "Seyed" later is the same person's
    text = (
        "TEHRAN - Deputy Foreign Minister Seyed Mahmoud Jalali told reporters on Thursday "
        "that the next round would be held in Doha.\n\n"
        "Mahmoud Jalali said the venue had been agreed with both mediators.\n\n"
        '"We are not in a hurry," Jalali added.\n'
    )
    assert [who for who, _ in _speakers(text)] == ["Seyed Mahmoud Jalali"] * 3


def test_a_former_holder_of_a_post_is_not_the_one_in_office() -> None:
    # "former president X" held the post before; "the president" of the next paragraph is
    # the sitting one, named by surname alone just before, who speaks there
    text = (
        "The envoy also had dinner with former president Ana Ruiz, who hosted him at her "
        "home in Valparaiso on Tuesday night.\n\n"
        'Morales said on Monday that the visit was "a good sign for the region".\n\n'
        '"We kept our promises," the president told a radio station on Monday morning.\n'
    )
    assert [who for who, _ in _speakers(text)] == ["Morales", "Morales"]


def test_the_counterpart_of_a_state_who_spoke_last_by_a_pronoun_is_its_minister() -> None:
    # "Indonesian counterpart X": the minister of that state, given no post of his own; he
    # speaks only through "He said", and "the Indonesian foreign minister" then is he, not
    # the host who holds a foreign minister's post of no stated state
    text = (
        "Foreign Minister Clara Holt hosted her Indonesian counterpart Budi Santoso in "
        "Wellington on Wednesday.\n\n"
        "Santoso, who took no questions, sounded upbeat before the talks. He said the two "
        "sides had no quarrel that could not be settled.\n\n"
        '"Our friendship is older than our disputes," the Indonesian foreign minister said.\n'
    )
    assert [who for who, _ in _speakers(text)] == ["Budi Santoso", "Budi Santoso"]
