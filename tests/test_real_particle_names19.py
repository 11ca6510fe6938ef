"""Speakers on unseen real text (issue 8, nineteenth round): a lead packed with titles and
names ("Mexican Foreign Minister Juan Ramon de la Fuente met ... in Brussels on Thursday.")
has the capitals of a headline; the name in it was cut to the stretch the prose writes
alone, "de la Fuente", and the speaker lost the given names. A stretch opening on a
lowercase particle is the family name of the given names before it. Each test in new words
written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2025, 3, 14)


@pytest.mark.parametrize(
    ("lead", "surname", "full"),
    [
        (
            "Chilean Foreign Minister Alberto van Klaveren met EU Envoy Kai Ross in Brussels "
            "on Thursday.",
            "van Klaveren",
            "Alberto van Klaveren",
        ),
        (
            "Mexican Economy Minister Rosa de la Vega and Trade Envoy Kai Ross met in Ottawa on "
            "Thursday.",
            "de la Vega",
            "Rosa de la Vega",
        ),
        (
            "Brazilian Finance Minister Paulo dos Anjos met IMF Chief Kai Ross in Lima on "
            "Thursday.",
            "dos Anjos",
            "Paulo dos Anjos",
        ),
        (
            "German Defence Minister Lena von der Heide met NATO Envoy Kai Ross in Vilnius on "
            "Thursday.",
            "von der Heide",
            "Lena von der Heide",
        ),
    ],
)
def test_a_particle_surname_keeps_the_given_names_of_a_capitalised_lead(
    lead: str, surname: str, full: str
) -> None:
    found = extract(
        f'BRUSSELS (Wire) — {lead}\n\n"The talks went well," {surname} said.',
        published=FRIDAY,
    )
    assert [(s.speaker, s.text) for s in found] == [(full, "The talks went well")]


def test_a_headline_cut_to_the_name_the_prose_writes_stays() -> None:
    # a title-case headline's verb is still no part of a capitalised name the prose writes
    found = extract(
        "Minister Rosa Vega Warns Of Trade War In Talks With Kai Ross\n\n"
        'LIMA (Wire) — Rosa Vega said on Thursday: "We will answer."',
        published=FRIDAY,
    )
    assert [(s.speaker, s.text) for s in found][-1] == ("Rosa Vega", "We will answer.")


@pytest.mark.parametrize(
    ("full", "surname"),
    [
        ("Marta dos Reis", "dos Reis"),
        ("Helder das Chagas", "das Chagas"),
        ("Joost ter Haar", "ter Haar"),
        ("Pieter den Hartog", "den Hartog"),
    ],
)
def test_a_surname_opening_on_a_particle_speaks_after_the_words(full: str, surname: str) -> None:
    # Portuguese "dos", "das", Dutch "ter", "den": particles of a family name,
    # which a speaker named by it alone opens with in lower case
    found = extract(
        f"MAPUTO (Wire) - Foreign Minister {full} met his Zambian counterpart on Tuesday."
        f'\n\n"We agreed on the corridor," {surname} said.\n\n'
        f"{surname[0].upper()}{surname[1:]} later told reporters the border would reopen.",
        published=FRIDAY,
    )
    assert [(s.speaker, s.text) for s in found] == [
        (full, "We agreed on the corridor"),
        (full, "the border would reopen"),
    ]
