"""Days of statements in real copy (issue 8, round twelve: classes taken from the dating
errors on the round's open sets). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 6, 15)


def test_an_interview_taped_on_a_weekday_without_on_dates_its_answers() -> None:
    # "in an interview taped Friday": the weekday follows the participle with no "on", as
    # North American copy writes it; the answers below are that day's, not the page's
    text = (
        "Trade Minister Helen Garrow says Ottawa will answer the new steel tariffs in kind.\n\n"
        "Garrow spoke to host Mark Dubois on The Current, in an interview recorded "
        "Thursday.\n\n"
        "Mark Dubois: Minister, is a trade war now unavoidable?\n\n"
        "Helen Garrow: Nobody wants one. But we will defend our workers, and we have told "
        "Washington exactly that.\n\n"
        "Dubois: How soon could Canada act?\n\n"
        "Garrow: Within days, if we have to. The list of measures is ready."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found if s.kind == "direct"] == [
        ("Helen Garrow", "2024-06-13"),
        ("Helen Garrow", "2024-06-13"),
    ]
