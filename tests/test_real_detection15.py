"""Statements found in real copy (issue 8, round fifteen: excerpts of a press conference set
out below a story, interviews whose questions go unlabelled). Each test in new words written
here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 5, 10)


def _found(text: str, published: datetime.date) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.text[:30]) for s in extract(text, published=published)]


def test_excerpts_below_a_story_are_the_speakers_turns() -> None:
    # a story on a joint appearance, then "Below are edited excerpts ..." and the leaders'
    # words under headings, each paragraph labelled with a courtesy title and surname
    text = (
        "Norway and Iceland sign fisheries pact at annual summit\n\n"
        "Norway and Iceland on Friday (May 10) signed a pact on shared fish stocks, "
        "with both leaders calling it the end of a long quarrel.\n\n"
        "Prime Minister Erik Haugland and Icelandic Prime Minister Sigrun Arnadottir spoke "
        "at a joint news conference after the signing in Oslo.\n\n"
        "Below are edited excerpts from the news conference.\n\n"
        "ON FISH STOCKS\n\n"
        "Mr Haugland: We have argued about mackerel for fifteen years. Today we stop "
        "arguing and start managing the stock together.\n\n"
        "Ms Arnadottir: I agree. Our fishermen need certainty, and this pact gives them "
        "certainty for the next decade.\n\n"
        "ON THE ARCTIC\n\n"
        "Mr Haugland: The Arctic must remain a region of low tension, and we will keep "
        "working with all our neighbours to that end.\n\n"
        "The next summit will be held in Reykjavik."
    )
    found = _found(text, FRIDAY)
    assert ("Erik Haugland", "We have argued about mackerel ") in found
    assert ("Sigrun Arnadottir", "I agree. Our fishermen need ce") in found
    assert ("Erik Haugland", "The Arctic must remain a regio") in found


def test_an_interview_handed_over_by_the_introductions_last_sentence() -> None:
    # a question for a title, a story-like introduction whose last sentence says the outlet
    # spoke with a guest, then questions and answers, nothing labelled; the answers never
    # say "I" or "we"
    text = (
        "Will the Andean Water Deal Last?\n\n"
        "By Tom Reyes\n"
        "May 10, 2024\n\n"
        "Peru and Bolivia last month agreed to share the waters of the lake after a decade "
        "of quarrels over irrigation quotas and fishing rights along the shore.\n\n"
        "To make sense of the deal, the Andean Review spoke with Lucia Mendoza, a "
        "hydrologist at the Catholic University in Lima.\n\n"
        "The deal came after years of failed talks. Why did it work this time?\n\n"
        "Drought changed the arithmetic. Both capitals saw the farmers' protests and "
        "understood that doing nothing cost more than a compromise.\n\n"
        "Can it survive a change of government?\n\n"
        "Only if the commission gets a budget of its own. Treaties without money tend to "
        "fade within a few years.\n\n"
        "Tom Reyes is a writer based in La Paz."
    )
    found = _found(text, FRIDAY)
    assert ("Lucia Mendoza", "Drought changed the arithmetic") in found
    assert ("Lucia Mendoza", "Only if the commission gets a ") in found


def test_the_lead_ins_own_day_dates_the_interview() -> None:
    # the guest named in full earlier, by surname where the outlet "spoke to" her, and the
    # day of the interview told in that sentence, the last of a story-like introduction
    text = (
        "Finland's Defence Minister Anna Korhonen warned this week that the Baltic was "
        "becoming more crowded with warships, as she attended a security forum in Tallinn.\n\n"
        "Two undersea cables were damaged in the Gulf of Finland last winter, and "
        "investigators are still looking into the anchor of a cargo ship.\n\n"
        "Helsinki has since joined its neighbours in a new patrol scheme, with aircraft and "
        "drones watching the busiest shipping lanes around the clock.\n\n"
        "The Nordic Post spoke to Korhonen at the forum on Thursday.\n\n"
        "How worried are you about the cables on the seabed?\n\n"
        "Every incident is taken seriously, and the patrols have doubled since the "
        "winter.\n\n"
        "Will Finland buy more ships?\n\n"
        "Two more corvettes are being looked at, but the decision is for next year's budget."
    )
    said = [(s.speaker, s.said_on) for s in extract(text, published=FRIDAY)]
    assert said.count(("Anna Korhonen", "2024-05-09")) == 2


def test_a_phone_call_above_an_explainers_questions_is_no_interview() -> None:
    # "X spoke with Y by phone", then an explainer's headings as questions: the call is the
    # news, and the paragraphs below the questions are the reporter's
    text = (
        "Leaders discuss ceasefire by phone\n\n"
        "President Marta Silva spoke with Prime Minister Jonas Berg by phone on Thursday "
        "for the first time since the border clashes began.\n\n"
        "What did they agree on in the call?\n\n"
        "The two sides agreed to reopen a hotline between their armies and to meet again "
        "within a month, officials in both capitals said afterwards.\n\n"
        "What happens to the border now?\n\n"
        "Troops remain on both sides of the river, and the crossings stay closed to trade "
        "for the time being, according to local officials."
    )
    speakers = {s.speaker for s in extract(text, published=FRIDAY)}
    assert "Jonas Berg" not in speakers


def test_a_three_part_name_after_a_portfolio_of_two_fields() -> None:
    # a Chinese-style name of three words after "Minister for A and B": the portfolio ends
    # at its last field, and all three words are the name
    text = (
        "Singapore's Minister for Trade and Industry Lim Wei Ming said on Thursday that the "
        "new port would cut shipping times across the region by a third."
    )
    speakers = [s.speaker for s in extract(text, published=FRIDAY)]
    assert speakers == ["Lim Wei Ming"]


def test_a_clause_after_the_day_with_no_that_starts_the_words() -> None:
    # "said on Thursday his government would ...": past the day the words open with no
    # "that"; the "that" further on opens a relative clause inside them
    text = (
        "Chilean President Ana Rojas said on Thursday her government would review the "
        "fishing licences of companies that ignored the quota rules last season."
    )
    found = _found(text, FRIDAY)
    assert found == [("Ana Rojas", "her government would review th")]
