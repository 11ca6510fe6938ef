"""Speakers and detection on unseen real text (issue 8, nineteenth round): a body's name, its
initials in brackets, then a post and a name ("International Atomic Energy Agency (IAEA)
Director General X said ..."): the bracket that closes the initials ends no subject; the
one named speaks, and the body's name before them is no words said. Each test in new words
written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


def _said(sentence: str) -> list[tuple[str | None, str]]:
    found = extract(f"Officials weigh in\n\n{sentence}\n", published=FRIDAY)
    return [(s.speaker, s.text) for s in found]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "GENEVA, June 16 (Wire) - World Meteorological Organization (WMO) Secretary-General "
            "Celeste Saulo said on Thursday the season would be harsh.",
            "Celeste Saulo",
        ),
        (
            "Southern African Development Community (SADC) Executive Secretary Elias Magosi "
            "said on Wednesday the season would be harsh.",
            "Elias Magosi",
        ),
        (
            "Pacific Islands Forum (PIF) Secretary General Henry Puna told reporters on "
            "Thursday the season would be harsh.",
            "Henry Puna",
        ),
        (
            "Organisation for Economic Co-operation and Development (OECD) chief economist "
            "Clare Lombardelli said on Thursday the season would be harsh.",
            "Clare Lombardelli",
        ),
    ],
)
def test_the_post_past_the_initials_names_who_speaks(sentence: str, name: str) -> None:
    assert _said(sentence) == [(name, "the season would be harsh")]


def test_a_joined_verb_goes_back_past_the_initials_to_the_one_named() -> None:
    found = _said(
        "Organisation of Islamic Cooperation (OIC) Secretary-General Hissein Brahim Taha "
        "welcomed the truce on Thursday and said monitors would deploy within a week."
    )
    assert found == [("Hissein Brahim Taha", "monitors would deploy within a week")]


def test_a_body_with_its_initials_still_speaks_as_the_body() -> None:
    found = _said("Britain's Serious Fraud Office (SFO) said on Thursday it had opened an inquiry.")
    assert found == [("Serious Fraud Office", "it had opened an inquiry")]
