"""Watchdogs and aid groups as speakers (issue 8, construction probes of the ninth round):
a body named by the last word of its name ("Human Rights Watch", "the Syrian Observatory")
or with "International" last is a body, not a person, and "it" after it is that body.
Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def test_a_watchdog_named_watch_is_a_body_not_a_person_called_watch() -> None:
    text = (
        "KHARTOUM, March 11 (AFP) - Sudan Conflict Watch said on Tuesday that shelling had "
        "closed the last open market in the city."
    )
    [found] = extract(text, published=TUESDAY)
    assert found.speaker == "Sudan Conflict Watch"
    assert found.speaker_type == "institution"


def test_a_body_with_international_last_is_a_body_and_it_speaks_again() -> None:
    # "It called for ...": the body that spoke last, not the wire service in the dateline
    text = (
        "GENEVA, March 11 (Reuters) - Refugees International said on Tuesday that the camps "
        "near the border had run out of clean water. It called for the crossings to reopen "
        "at once."
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("Refugees International", "institution"),
        ("Refugees International", "institution"),
    ]


def test_it_after_a_monitoring_group_is_the_group_not_a_state_named_before() -> None:
    text = (
        "BEIRUT, March 11 (Reuters) - Turkey's foreign minister Hakan Fidan said Ankara "
        "backed the new talks.\n\n"
        "The Kurdistan Human Rights Observatory said at least nine people were killed in "
        "the strikes. It said most of them were farmers."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found][1:] == ["Kurdistan Human Rights Observatory"] * 2


def test_international_that_opens_a_name_is_no_body_by_itself() -> None:
    # "the International Committee of ..." keeps its own head noun
    text = (
        "GENEVA, March 11 (Reuters) - The International Committee of the Red Cross said the "
        "hospital had been hit twice. It said two nurses were wounded."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["International Committee of the Red Cross"] * 2


def test_it_goes_back_to_a_one_name_speaker_of_the_sentence_before() -> None:
    # "Oxfam said ... It urged ...": neither the country in the dateline nor one in a name
    text = (
        "DHAKA, March 11 (AFP) - Bangladesh's foreign adviser Touhid Hossain said on Tuesday "
        "that Dhaka had asked Naypyitaw to take the refugees back.\n\n"
        "Brac said the cyclone had flattened the coastal camps. It urged donors to send "
        "tarpaulins."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found][1:] == ["Brac", "Brac"]


def test_it_is_neither_a_person_named_with_a_title_nor_the_dateline_s_wire() -> None:
    # "Minister X said ... It said ...": "it" is not the minister, nor AFP, credited in the
    # dateline; the story does not say who, so no one is recorded for those words
    text = (
        "DHAKA, March 11 (AFP) - Foreign Adviser Touhid Hossain said the talks had stalled. "
        "It said the border would stay closed."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Touhid Hossain"]


def test_a_body_called_by_the_initials_it_was_given_is_the_body() -> None:
    # "the General Staff (GS) ... the GS said": one body, named in full
    text = (
        "SEOUL, March 11 (Yonhap) -- The Naval Operations Command (NOC) said on Tuesday that "
        "two patrol boats had crossed the maritime border.\n\n"
        '"Our forces are watching closely," the NOC said in a text message to reporters.'
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Naval Operations Command"] * 2


def test_initials_that_spell_no_name_before_them_are_left_as_they_are() -> None:
    text = (
        "SEOUL, March 11 (Yonhap) -- Officials of the ministry (MND) briefed lawmakers. "
        "The KDB said on Tuesday that exports had fallen."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["KDB"]


def test_an_outlet_s_sources_close_to_a_body_are_unnamed_not_the_body() -> None:
    text = (
        "MOSCOW, March 11 (AFP) - Novaya Gazeta's sources close to the Security Council say "
        "the talks will not resume before May."
    )
    assert extract(text, published=TUESDAY) == []
