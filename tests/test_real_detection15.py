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
