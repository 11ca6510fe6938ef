"""Behaviour settled in the review of round fifteen (issue 8), each in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MARCH = datetime.date(2017, 3, 1)


def test_words_quoted_with_two_apostrophes_read_with_single_spaces() -> None:
    # ''...'' typed for quotation marks: read as the marks, the statement's words shown as
    # a reader would write them, not with the pair's second character left as a space
    text = (
        "WASHINGTON -- The senator spoke to reporters on Tuesday.\n\n"
        "Senator Ann Roe called the bill ''a gift to lobbyists'' and said she would vote "
        "against it.\n"
    )
    words = [s.text for s in extract(text, published=MARCH)]
    assert any("\u201ca gift to lobbyists\u201d" in w for w in words)
    assert not any("  " in w for w in words)


MAY = datetime.date(2025, 5, 23)


def test_answers_of_a_qa_interview_go_to_the_one_the_introduction_says_gave_it() -> None:
    # "Q:" and "A:" below an introduction naming who spoke to the outlet, no header naming
    # anyone: the answers are that person's
    text = (
        "Interview\n"
        "Pacific trade must stay open, Chile says\n\n"
        "MARIA SOTO, Andes Weekly staff writer\n"
        "May 23, 2025 05:00\n\n"
        "SANTIAGO -- Pacific economies must resist the pull of rival trade blocs, Chile's "
        "Foreign Minister Alberto van Klaveren told Andes Weekly.\n\n"
        "In an interview at the ministry on Tuesday, van Klaveren said Chile would keep its "
        "free trade agreements with both Washington and Beijing.\n\n"
        "Edited excerpts from the interview follow.\n\n"
        "Q: Is Chile being asked to choose sides?\n\n"
        "A: Nobody has put it that bluntly, but the pressure is real. We trade with everyone "
        "and we intend to keep doing so.\n\n"
        "Q: What do you expect from the next APEC meeting?\n\n"
        "A: I expect a firm commitment to the rules we all signed. Anything less would be a "
        "step backwards.\n"
    )
    found = [(s.speaker, s.text[:19]) for s in extract(text, published=MAY)]
    assert ("Alberto van Klaveren", "Nobody has put it t") in found
    assert ("Alberto van Klaveren", "I expect a firm com") in found


def test_a_capital_in_capitals_before_a_colon_is_a_dateline_not_a_turn() -> None:
    # "LONDON: ..." opening a story above a Q&A: the place it was filed from, whose paragraph
    # is the story's, not a question put by someone called London
    text = (
        "Norway's foreign minister urges a timeline\n\n"
        "LONDON: Norway's Foreign Minister Espen Barth Eide has said the conference must end "
        "with concrete steps, speaking to Gulf Weekly before the meeting.\n\n"
        '"Statements are not enough any more," Eide said.\n\n'
        "The interview has been edited for length and clarity.\n\n"
        "Q: What do you expect?\n\n"
        "A: A road map with dates, and countries ready to act on it.\n"
    )
    found = [(s.speaker, s.text[:20]) for s in extract(text, published=MAY)]
    assert ("Espen Barth Eide", "Statements are not e") in found
    assert ("Espen Barth Eide", "A road map with date") in found


APRIL = datetime.date(2025, 4, 24)


def test_below_is_the_text_of_the_interview_sets_out_the_guests_answers() -> None:
    # "Below is the text of the interview:", then each question on a "Q:" line and the
    # guest's answer unlabelled below it, as "Following is the text ..." already reads
    text = (
        "Peruvian FM to Pacific Post: Fishing Accord Within Weeks\n\n"
        "Thursday, 24 April, 2025 - 05:30\n\n"
        "Peruvian Foreign Minister Elmer Schialer. (Peruvian Foreign Ministry)\n\n"
        "Lima - Ana Ruiz\n\n"
        "Peruvian Foreign Minister Elmer Schialer said the fishing accord with Chile would "
        "be signed within weeks.\n\n"
        "Below is the text of the interview:\n\n"
        "Q: When will the accord be signed?\n\n"
        "The text is ready and both navies have approved it. We only need a date that suits "
        "both presidents.\n\n"
        "Q: Will it cover the southern zone?\n\n"
        "Not yet. That part needs another round, and we are in no hurry to rush it.\n"
    )
    found = [(s.speaker, s.text[:19]) for s in extract(text, published=APRIL)]
    assert ("Elmer Schialer", "The text is ready a") in found
    assert ("Elmer Schialer", "Not yet. That part ") in found


def test_a_header_told_this_week_counts_back_to_the_page_not_to_a_weekday() -> None:
    # "this week" names no weekday: the page's own day stands (it once raised ValueError)
    from tracker.extract.transcript_header import told_back

    assert told_back("this week", APRIL) == APRIL
    assert told_back("on Monday", APRIL) == datetime.date(2025, 4, 21)


def test_a_blank_institution_name_is_neither_a_press_service_nor_a_delegation() -> None:
    from tracker.extract.russian.coref import _service_or_delegation

    assert not _service_or_delegation("   ")
    assert _service_or_delegation("пресс-служба Кремля")


def test_a_capitalised_post_before_a_states_body_is_a_post_not_an_institution() -> None:
    # "Head of the Foreign Ministry of Belgium" opening a sentence: a person who heads it, as
    # "head of ..." is (a rule of this round read only lower-case posts for a while)
    from tracker.extract.speakers import parse_speaker

    found = parse_speaker("Head of the Foreign Ministry of Belgium")
    assert found is not None and found.kind == "description"
    assert (found.institution, found.country) == ("Foreign Ministry", "Belgium")
