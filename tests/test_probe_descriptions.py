"""Descriptions resolved to the one person they can mean, and to no one else (issue 8,
construction probes of the ninth round). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def test_the_vice_minister_is_the_deputy_minister_named_before() -> None:
    # Asian ministries' English says "Vice Foreign Minister" for a deputy minister; either
    # word names the one rank
    text = (
        "HANOI, March 11 (Reuters) - Vietnam's Deputy Foreign Minister Do Hung Viet said on "
        "Tuesday that Hanoi wanted a binding code of conduct.\n\n"
        "The vice minister said talks with Manila would resume in April."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Do Hung Viet", "Do Hung Viet"]


def test_the_deputy_minister_is_the_vice_minister_named_before() -> None:
    text = (
        "SEOUL, March 11 (Yonhap) -- Vice Foreign Minister Park Yoon-joo said on Tuesday that "
        "Seoul would send a delegation to Tokyo.\n\n"
        "The deputy minister said the visit would focus on export controls."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Park Yoon-joo", "Park Yoon-joo"]


def test_the_president_is_not_the_one_deputy_minister_the_story_named() -> None:
    text = (
        "ASTANA, March 11 (Reuters) - Kazakhstan's Deputy Foreign Minister Roman Vassilenko "
        "said on Tuesday that Astana backed the talks.\n\n"
        "The president said the country would stay neutral."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Roman Vassilenko", "The president"]


def test_the_n_year_old_alone_is_the_person_speaking_before() -> None:
    text = (
        "RIGA, March 11 (AFP) - Latvian Foreign Minister Baiba Braze said on Tuesday that the "
        "Baltic states would close the last crossings.\n\n"
        "The 54-year-old said the decision had been taken with Vilnius and Tallinn."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Baiba Braze", "Baiba Braze"]


def test_his_counterpart_of_a_state_is_the_one_person_of_that_state() -> None:
    text = (
        "ANKARA, March 11 (AFP) - Greek Foreign Minister Giorgos Gerapetritis held talks in "
        "Ankara on Tuesday with Turkish Foreign Minister Hakan Fidan.\n\n"
        "Gerapetritis said the two sides would meet again in Athens.\n\n"
        "His Turkish counterpart said a maritime deal was within reach."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Giorgos Gerapetritis", "Hakan Fidan"]


def test_a_capital_s_top_diplomat_is_that_state_s() -> None:
    text = (
        "ANKARA, March 11 (AFP) - Greek Foreign Minister Giorgos Gerapetritis held talks in "
        "Ankara on Tuesday with Turkish Foreign Minister Hakan Fidan.\n\n"
        "Gerapetritis said the two sides would meet again in Athens.\n\n"
        "Ankara's top diplomat said a maritime deal was within reach."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Giorgos Gerapetritis", "Hakan Fidan"]


def test_his_host_is_the_other_side_of_the_visit() -> None:
    text = (
        "ANKARA, March 11 (AFP) - Greek Foreign Minister Giorgos Gerapetritis held talks in "
        "Ankara on Tuesday with Turkish Foreign Minister Hakan Fidan.\n\n"
        "Gerapetritis said the two sides would meet again in Athens. His host told reporters "
        "that a maritime deal was within reach."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Giorgos Gerapetritis", "Hakan Fidan"]


def test_the_host_of_a_broadcast_is_still_no_official() -> None:
    text = (
        "Foreign Minister Hakan Fidan told the channel on Tuesday that a deal was near. The "
        "host said the minister had declined to give a date."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Hakan Fidan"]


def test_a_person_s_office_is_not_a_ministry_named_before() -> None:
    text = (
        "LONDON, March 11 (Reuters) - The Foreign Office summoned the ambassador on Tuesday.\n\n"
        "Starmer's office said the prime minister had spoken to the Irish taoiseach."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Starmer's office"]


def test_a_title_set_after_a_name_in_an_object_is_that_person_s() -> None:
    # "a call from Antony Blinken, US Secretary of State": then "the US Secretary of State"
    # is he, though the story is datelined in another state
    text = (
        "DOHA, 11th March, 2025 (QNA) -- The Prime Minister received a phone call today from "
        "Marco Rubio, US Secretary of State.\n\n"
        "For his part, the US Secretary of State expressed appreciation for Qatar's mediation."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Marco Rubio"]
