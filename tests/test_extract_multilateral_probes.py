"""Failure classes found with a battery of constructions in the manner of UN, agency and
alliance coverage (issue 8), each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2024, 3, 14)


def test_the_who_s_initials_are_a_body_not_a_pronoun() -> None:
    # "WHO" read as "who" lost every statement of the World Health Organization and its
    # officials, and opened a relative clause that took the day from "said on Wednesday"
    cases = {
        "The WHO cautioned on Wednesday that clinics in the valley had run out of insulin.": (
            "World Health Organization"
        ),
        "WHO cautioned on Wednesday that clinics in the valley had run out of insulin.": (
            "World Health Organization"
        ),
        "WHO regional director Hanna Varnos said on Wednesday that clinics in the valley had "
        "run out of insulin.": "Hanna Varnos",
    }
    for text, speaker in cases.items():
        found = extract(text, published=THURSDAY)
        assert [(s.speaker, s.said_on) for s in found] == [(speaker, "2024-03-13")], text


def test_a_relative_who_still_opens_a_clause() -> None:
    # the day of what the speaker did in a "who" clause is not the saying's
    text = "Varnos, who toured the valley on Monday, said the clinics had run out of insulin."
    found = extract(text, published=THURSDAY)
    assert [s.said_on for s in found] == ["2024-03-14"]


def test_the_rights_chief_is_the_high_commissioner_named_before() -> None:
    text = (
        "UN High Commissioner for Refugees Hanna Varnos visited the camps on Monday. The UN "
        "refugee chief said the funding gap had never been wider."
    )
    found = [s for s in extract(text, published=THURSDAY) if "funding gap" in s.text]
    assert [s.speaker for s in found] == ["Hanna Varnos"]
