"""Speakers: a body glued to the copy's header or to a photo's credit, a ministry's
statement in wire lower case, and a pronoun inside a transcript turn.

A copy of a page saved with its day puts "date 2018-12-17" before the page's first line;
when that line opens on a body ("Saudi Arabia's foreign ministry has released ..."), the
header is no part of the body's name. Wire copy writes "a foreign ministry statement said"
in lower case: the words are the foreign ministry's (of the state whose capital opens the
sentence), and "the statement said" next goes back to that ministry, not to the body the
story named last ("the UN, EU and US slapped sanctions"). In a broadcast transcript,
"KELEMEN: She says ..." is the reporter telling what another said: the turn's own speaker
is never the "she" of her own turn. "(Photo: Courtesy of Egypt's Foreign Ministry)" names the
ministry, which a later "foreign ministry statement" is; "Courtesy of" is no part of its name.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

# a saved copy of a Gulf paper's page: the header glued to the first line's subject
SAVED_BODY = (
    " date 2018-12-17 Saudi Arabia\u2019s foreign ministry has released a statement in "
    "which it rejected the resolution passed by the United States Senate.\n\n"
    "\u201cThe Kingdom rejects any interference in its internal affairs,\u201d the "
    "foreign ministry statement read.\n"
)

# near miss: a person after the header is read as before (only bodies are taken apart)
SAVED_PERSON = (
    " date 2025-03-20 Lammy said: \u201cI condemn those words, and I would ask the "
    "minister to withdraw them.\u201d\n"
)

# AFP copy: "a foreign ministry statement" in lower case, then "the statement"
WIRE_STATEMENT = (
    "Sofia (AFP) June 23, 2010 Brazil's foreign minister Celso Amorim said here Wednesday "
    "that sanctions would not help. The UN, EU and US have all slapped new sanctions on "
    "Tehran. In Tehran, a foreign ministry statement said that the three parties would meet "
    'soon. After a telephone call on Wednesday, it was "decided to hold a meeting soon '
    'on the follow-up," the statement said.\n'
)

# near miss: a ministry the story names by its state keeps its name
NAMED_MINISTRY = (
    "ANKARA (AFP) - A Turkish Foreign Ministry statement said on Monday that the talks "
    "would resume next week.\n"
)

# a public radio transcript: the reporter's turn tells what the spokeswoman says
RADIO_TURN = (
    "MICHELE KELEMEN, BYLINE: State Department spokeswoman Marie Harf says the decision to "
    "put off the summit was taken jointly. No one on the president's staff thought it was "
    "worth it.\n\n"
    "MARIE HARF: We think it's important to keep talking to Moscow on the issues where we "
    "disagree.\n\n"
    "KELEMEN: She says the arms talks will be part of the agenda on Friday. Harf says "
    "Secretary Kerry will raise the talks on Syria with Russia's foreign minister.\n"
)

# the same, "he" in the reporter's own turn: the one she told of, not herself
NOT_THE_LABEL = (
    "MICHELE KELEMEN, BYLINE: Secretary Kerry says he wants a deal by the spring.\n\n"
    "KELEMEN: He says Iran must answer the inspectors first.\n"
)

DAY = datetime.date(2018, 12, 17)


def test_the_saved_header_is_no_part_of_a_body_name() -> None:
    got = [s.speaker for s in extract(SAVED_BODY, published=DAY)]
    assert got and all(speaker == "Saudi Foreign Ministry" for speaker in got), got


def test_a_person_after_the_header_still_speaks() -> None:
    got = [s.speaker for s in extract(SAVED_PERSON, published=datetime.date(2025, 3, 20))]
    assert got == ["Lammy"], got


def test_a_lower_case_ministry_statement_and_the_statement_after() -> None:
    assert_statements(
        WIRE_STATEMENT,
        datetime.date(2010, 6, 23),
        [
            ("Celso Amorim", "sanctions would not help", "2010-06-23"),
            ("Iranian Foreign Ministry", "the three parties would meet soon", "2010-06-23"),
            ("Iranian Foreign Ministry", "After a telephone call", "2010-06-23"),
        ],
    )


def test_a_ministry_named_by_its_state_keeps_its_name() -> None:
    got = [s.speaker for s in extract(NAMED_MINISTRY, published=datetime.date(2010, 6, 21))]
    assert got == ["Turkish Foreign Ministry"], got


def test_she_in_a_reporters_turn_is_not_the_reporter() -> None:
    got = [
        s.speaker
        for s in extract(RADIO_TURN, published=datetime.date(2013, 8, 7))
        if "arms talks" in s.text
    ]
    assert got == ["Marie Harf"], got


def test_he_in_a_reporters_turn_is_the_one_she_reported() -> None:
    got = [
        s.speaker
        for s in extract(NOT_THE_LABEL, published=datetime.date(2013, 8, 7))
        if "inspectors" in s.text
    ]
    assert got == ["John Kerry"] or got == ["Kerry"], got


# near miss: a dateline opening the line is no turn's label; "she" is the one it leads to
DATELINE_LINE = (
    "ISLAMABAD: Foreign Office spokesperson Mumtaz Zahra Baloch said on Friday that "
    "Pakistan wanted calm on the border. She said the talks with Kabul would go on next "
    "week.\n"
)


def test_a_dateline_is_no_label_of_a_turn() -> None:
    got = [s.speaker for s in extract(DATELINE_LINE, published=datetime.date(2023, 8, 4))]
    assert got == ["Mumtaz Zahra Baloch", "Mumtaz Zahra Baloch"], got


# an Egyptian paper: the photo's credit names the ministry, whose statement comes after
CREDITED_BODY = (
    "Foreign Minister Sameh Shoukry meets the UN envoy in Cairo on Saturday (Photo: Courtesy "
    "of Egypt's Foreign Ministry)\n\n"
    "\u201cThe meeting came within the framework of close coordination with the UN envoy,"
    "\u201d an official foreign ministry statement said.\n"
)


def test_a_photo_credit_is_no_part_of_the_body_name() -> None:
    got = [s.speaker for s in extract(CREDITED_BODY, published=datetime.date(2018, 4, 28))]
    assert got == ["Egyptian Foreign Ministry"], got


# a paper's share button under the story, and (near miss) a minister who informed reporters
SHARE_BUTTON = (
    "Foreign Minister Sugiono informed reporters on Friday that the talks would resume in "
    "March.\n\n"
    "Quickly send this story to your contacts\u2014keep everyone informed with just one "
    "click!\n"
    "Pass the best of The Daily Record on to friends or colleagues. As a member, you can gift "
    "five stories a month that anyone can read\u2014no sign-up needed!\n"
)


def test_keep_everyone_informed_is_no_speaker() -> None:
    assert_statements(
        SHARE_BUTTON,
        datetime.date(2025, 2, 7),
        [("Sugiono", "the talks would resume in March", "2025-02-07")],
    )
