"""Failure classes found on a fresh blind set of multilateral, European, African and Latin
American copy (issue 8: UN and EU pages, OSCE, IAEA, European, African and South American
outlets, newspaper interviews), each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 5, 18)


def test_an_unlabelled_interview_is_answered_by_the_one_its_introduction_names() -> None:
    # a newspaper's interview with the questions set apart and nothing labelled: an answer
    # that names someone with a title ("talks with Chancellor X") does not make X the one
    # who answers; the introduction above the first question names the interviewee
    text = (
        "HERALD\n\nFisheries row: Okafor says talks will go on\n\nSaturday, May 18, 2024\n"
        "By Tunde Bakare\n\n"
        "Trade Minister Adaeze Okafor spoke to the Herald in her office in Lagos about the "
        "fisheries dispute and the new customs code. Excerpts:\n\n"
        "Is the agreement with the neighbouring states dead?\n\n"
        "Not at all. We have had long talks with Chancellor Weber and his team, and I expect "
        "our officials to meet again before the rains.\n\n"
        "Will the customs code raise prices at the markets?\n\n"
        "For a few weeks, perhaps. But our traders will gain far more than they lose, and I "
        "have told them so myself.\n"
    )
    found = extract(text, published=SATURDAY)
    assert [s.speaker for s in found] == ["Adaeze Okafor", "Adaeze Okafor"]
    assert found[0].text.startswith("Not at all.")
