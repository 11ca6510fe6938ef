"""Who spoke in briefings and news relayed in them (issue 8, round fifteen, second wave: a
title or pronoun taking up the sentences' subject, not a name met on the way). Each test in
new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def _said(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.text) for s in extract(text, published=TUESDAY)]


def test_title_after_a_meeting_with_another_holder_is_the_subjects() -> None:
    # "Yesterday, at the talks with Governor B, the Governor said": B is the one met with;
    # the title takes up A, the subject of the sentence before
    text = (
        "Governors meet on drought\n\n"
        "SACRAMENTO, March 11 - Governor Maria Lund is in Reno for the water summit, along "
        "with Governor Peters. On Monday, at a joint appearance with Governor Peters in the "
        "morning, the Governor said that the reservoirs must be shared fairly between the two "
        "states.\n"
    )
    said = _said(text)
    assert [who for who, _ in said] == ["Maria Lund"]


def test_pronoun_opening_a_sentence_before_its_comma_is_its_subject() -> None:
    # "On Monday she spoke with the minister, X, ...": "she" is the subject and X the one she
    # spoke with; "She stressed ..." next goes back to her, not to X
    text = (
        "Holm presses for open crossings\n\n"
        "OSLO, March 11 - Foreign Minister Lena Holm, who chairs the contact group, kept up "
        "her calls this week. On Monday she spoke with the Egyptian Foreign Minister, Omar "
        "Saleh, and on Tuesday with the Jordanian Foreign Minister, Karim Nasser. She stressed "
        "that the crossings must stay open for aid convoys.\n"
    )
    assert [who for who, _ in _said(text)] == ["Lena Holm"]


def test_words_said_in_each_of_several_calls_are_hers_up_to_the_last_day() -> None:
    # "In both calls she stressed ...": an occasion put first with no comma, "both" for
    # determiner; said on each day the paragraph told, so on or before the last of them
    text = (
        "Holm calls for calm\n\n"
        "OSLO, March 11 - Foreign Minister Lena Holm kept up her calls over the weekend. On "
        "Saturday she spoke with the Egyptian Foreign Minister, and on Sunday with the "
        "Jordanian Foreign Minister. In both calls she stressed the need for calm on the "
        "border and for aid to reach the camps.\n"
    )
    found = extract(text, published=TUESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Lena Holm", "../2025-03-09")]


def test_also_used_the_occasion_to_urge_is_a_call_of_the_subject() -> None:
    # "She also used the occasion to urge X to ...": an adverb between the subject and
    # "used"; the infinitive "to urge" tells her call
    text = (
        "Holm at the Arctic forum\n\n"
        "TROMSO, March 11 - Foreign Minister Lena Holm opened the Arctic forum on Monday. "
        "She also used the occasion to urge the coastal states to share their data on the "
        "melting ice.\n"
    )
    said = _said(text)
    assert [who for who, _ in said] == ["Lena Holm"]
    assert said[0][1].startswith("urge the coastal states")


def test_agency_by_its_full_name_and_initials_reporting_in_a_briefing_is_the_agency() -> None:
    # "Our colleagues tell us ... The Office for ... Affairs (XYZ) reports that ...": an
    # agency named in full, its initials after it, passing on what it found
    text = (
        "Daily Press Briefing by the Office of the Spokesperson\n\n"
        "11 March 2025\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Karl Lind, "
        "Spokesperson.\n\n"
        "Our colleagues on the ground tell us that the roads to the valley are still cut. "
        "The Office for the Support of Rural Affairs (OSRA) reports that since the start of "
        "the month, some 40 wells have dried up across the region.\n\n"
        "Question: Is the Secretary-General going to visit the valley?\n\n"
        "Spokesperson: Not this week, but we will let you know of any travel plans.\n"
    )
    said = _said(text)
    assert ("Office for the Support of Rural Affairs", "since the start of") in [
        (who, words[:18]) for who, words in said
    ]


def test_reports_that_as_a_noun_tells_nothing() -> None:
    # "amid reports that ...", "news reports that ...": a noun, no agency reporting (a guard)
    text = (
        "Talks stall\n\n"
        "OSLO, March 11 - Fishing talks stalled on Monday amid reports that the quota would "
        "be cut. Foreign Minister Lena Holm said the talks would resume in April.\n"
    )
    assert [who for who, _ in _said(text)] == ["Lena Holm"]


def test_words_relayed_amid_a_briefers_own_announcement_are_news_within_it() -> None:
    # "As many of you know, Minister X returned ... Yesterday in Y the Minister announced
    # that ... We welcome ...": the briefer's announcement stays whole, and the relayed
    # words are the minister's, said the day before
    text = (
        "Press Briefing – March 11, 2025\n\n"
        "Anna Lind, Spokesperson\n\n"
        "MS LIND: Good afternoon. One announcement before your questions.\n\n"
        "As many of you know, Minister Erik Dahl returned last night from Accra, where he met "
        "leaders from across the region on the fisheries crisis. Yesterday in Accra the "
        "Minister announced that Norway will fund two new patrol boats for the coast guard. "
        "We welcome the region's plan to share catch data, and we think it is a step toward "
        "healthier stocks.\n\n"
        "QUESTION: Will the boats be built in Norway?\n\n"
        "MS LIND: That decision has not been made yet, and we will tell you when it is.\n"
    )
    said = extract(text, published=TUESDAY)
    relayed = [(s.speaker, s.said_on) for s in said if s.text.startswith("Norway will fund")]
    assert relayed == [("Erik Dahl", "2025-03-10")]
    assert any(s.speaker == "Anna Lind" and "As many of you know" in s.text for s in said)
