"""Failure classes found on a blind batch of government readouts, press releases and wire
copy (issue 8, lead's batch of the eighth round); each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2025, 6, 11)


def test_the_reporter_on_the_byline_is_no_official_a_description_means() -> None:
    # "By Jane Roe / Staff writer" and then "..., the government's top spokesman said": the
    # one person named so far wrote the story; the description is not his
    text = (
        "Ministry protests over patrol boats\n\n"
        "By Tomas Lindqvist\nStaff writer\nJun 11, 2025\n\n"
        "The government summoned the neighbouring ambassador on Wednesday over the patrol "
        "boats, the government's top spokesman said.\n\n"
        "Trade talks planned for July have not been called off."
    )
    found = extract(text, published=WEDNESDAY)
    assert found and all(s.speaker != "Tomas Lindqvist" for s in found)


def test_a_byline_with_initials_is_still_a_byline() -> None:
    text = (
        "By K. J. Marlowe\n\n"
        "The talks will resume next week, the ministry's chief negotiator said on Wednesday."
    )
    found = extract(text, published=WEDNESDAY)
    assert found and all(s.speaker != "K. J. Marlowe" for s in found)


def test_a_sentence_that_opens_with_by_is_no_byline() -> None:
    # "By then Minister Okafor ..." is prose; the one person it names is "the minister"
    text = (
        "By noon Foreign Minister Ada Okafor had met the envoys of both neighbours.\n\n"
        "The minister said on Wednesday that the border would reopen within days."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Ada Okafor"]


def test_the_holders_of_a_post_in_two_states_speak_together_not_as_the_second_state() -> None:
    # "The foreign ministers of A and B said ...": the speaker came out as state B
    for subject in (
        "The foreign ministers of Serbia and Kosovo",
        "The presidents of Chile and Peru",
        "Both delegations from Ethiopia and Egypt",
        "The Ministers of Foreign Affairs of Laos and Cambodia",
    ):
        text = (
            f"BRUSSELS (AP) - {subject} said Wednesday they had agreed on a timetable for "
            "further talks, but acknowledged that the hardest questions were still open."
        )
        found = extract(text, published=WEDNESDAY)
        states = {"Kosovo", "Peru", "Egypt", "Cambodia", "Serbia", "Chile", "Ethiopia", "Laos"}
        assert not any(s.speaker in states for s in found), (subject, found)


def test_a_body_named_with_two_fields_still_speaks() -> None:
    text = (
        "The Ministry of Trade and Industry said on Wednesday that the export ban on raw "
        "timber would stay in force until the end of the year."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Ministry of Trade and Industry"]


def test_a_release_goes_on_in_prose_after_the_quoted_statement_it_carries() -> None:
    # the paragraph after the statement's closing quotation mark is the release's own
    # prose: another person's words reported there were lost inside the minister's turn
    text = (
        "Statement by Minister Halvorsen on the flooding in Mozambique\n\n"
        "June 11, 2025 - Oslo - Ministry of Foreign Affairs\n\n"
        "Minister of Foreign Affairs Erik Halvorsen today issued the following statement:\n\n"
        '"Norway is deeply saddened by the loss of life in the flooded provinces.\n\n'
        '"We are releasing emergency funds through our humanitarian partners."\n\n'
        "On Tuesday, Minister of International Development Kari Bjerke met the UN relief "
        "coordinator. She stressed that more help would follow within weeks.\n\n"
        "Contacts\nMedia Relations Office"
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Erik Halvorsen", "2025-06-11"),
        ("Kari Bjerke", "2025-06-10"),
    ]
    assert found[0].text.endswith("humanitarian partners.")


def test_a_statement_issued_today_before_a_journey_is_the_paragraph_below_the_colon() -> None:
    # "issued the following statement today prior to her departure for X:": the day and
    # the occasion before the colon; the words below, unquoted, were lost
    text = (
        "Press release, 11.06.2025\n\n"
        "Foreign Minister Lena Maurer issued the following statement today prior to her "
        "departure for Chisinau:\n\n"
        "Moldova's path towards the European Union is irreversible, and we will walk it "
        "together.\n\n"
        "In Chisinau, the Foreign Minister will meet President Maia Sandu."
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Lena Maurer", "2025-06-11")]
    assert found[0].text.startswith("Moldova's path towards the European Union")


def test_a_state_claiming_territory_says_nothing() -> None:
    # "China claims the uninhabited islets, which it calls Diaoyu": a claim to land, and
    # "calls" names it; neither is a statement
    text = (
        "Vietnam also claims the Paracel Islands, which it calls Hoang Sa. "
        "Both states claim sovereignty over the reef."
    )
    assert extract(text, published=WEDNESDAY) == []


def test_a_claim_that_territory_belongs_to_a_state_is_said() -> None:
    text = "The minister on Wednesday claimed the islands belong to his country by history."
    found = extract(text, published=WEDNESDAY)
    assert [s.text for s in found] == ["the islands belong to his country by history"]


def test_at_the_time_is_the_month_the_sentence_before_named() -> None:
    # "... when the two met in Lima in October. At the time, X urged ...": October, not the
    # day of the story
    text = (
        "LIMA, June 11 - Peru's foreign minister raised the fishing dispute with his Chilean "
        "counterpart when the two met in Santiago in October. At the time, Foreign Minister "
        "Javier Ponce urged that the quotas be reviewed by a joint commission."
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Javier Ponce", "2024-10")]
