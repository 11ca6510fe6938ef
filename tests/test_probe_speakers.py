"""Whom a statement belongs to (issue 8, construction probes of the tenth round): the
channel that carries a named person's words is not their speaker. Each test in new words
written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def test_a_body_s_account_of_what_a_named_person_said_is_that_person_s() -> None:
    # "X told Y that ..., the ministry said": the ministry gives the account of X's words,
    # as an unnamed official would; the words are X's and end before the attribution
    for tail in (
        "the ministry said",
        "the statement said",
        "her office said",
        "the ministry said in a statement",
        "the government said in a statement on Tuesday",
    ):
        text = (
            "TALLINN, March 11 (Reuters) - Estonian Foreign Minister Margus Tsahkna met the "
            "Finnish envoy on Tuesday.\n\n"
            f"Tsahkna told the envoy that the ferry link would reopen in April, {tail}."
        )
        found = extract(text, published=TUESDAY)
        assert [(s.speaker, s.text) for s in found] == [
            ("Margus Tsahkna", "the ferry link would reopen in April")
        ], tail
