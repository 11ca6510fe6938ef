"""Words before a name that are no part of it, and a former post of a state.

A linked story's headline under an Axios-style story ("Go deeper: Inside Trump's ...",
"Behind Macron's ...") opens on a preposition in capitals: it had been read as a given
name, and the story's speaker became "Inside Trump". A greeting quoted from a post ("Dear
Zelenskyy, ...") gave its addressee the title "Dear", so that "the Ukrainian president"
found no one with that post. "Dmitry Medvedev, the former Russian president" had the body
"Former Russian", and so was "the Ukrainian president" a line later. Articles written here.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract.speakers import parse_speaker

TUESDAY = datetime.date(2025, 6, 24)
SATURDAY = datetime.date(2025, 3, 1)


@pytest.mark.parametrize("opening", ["Inside", "Behind", "Across", "Within"])
def test_a_linked_headline_does_not_lengthen_the_name(opening: str) -> None:
    text = (
        "Macron snubs Berlin over defence pact\n\n"
        "President Macron on Tuesday told German officials their plan was dead.\n\n"
        '"I will not sign a text that ties our hands," Macron said at the Elysee.\n\n'
        f"Go deeper: {opening} Macron's long quarrel with the chancellor\n"
    )
    assert_statements(
        text,
        TUESDAY,
        [
            ("Macron", "their plan was dead", "2025-06-24"),
            ("Macron", "I will not sign a text", "2025-06-24"),
        ],
    )


def test_a_greeting_in_a_quoted_post_is_no_title() -> None:
    text = (
        "Leaders rally behind Kyiv\n\n"
        "Sat 1 Mar 2025 09.10 GMT\n\n"
        "Lithuania's president, Gitanas Nauseda, wrote on X: "
        '"Dear Zelenskyy, the whole of Europe stands with you."\n\n'
        "Dmitry Medvedev, the former Russian president, called the row "
        '"a gift to the Kremlin".\n\n'
        "In a radio interview on Friday evening, Volodymyr Zelenskyy refused to apologise.\n\n"
        '"We are not ashamed of defending our country," the Ukrainian president said.\n'
    )
    assert_statements(
        text,
        SATURDAY,
        [
            ("Gitanas Nauseda", "Dear Zelenskyy, the whole of Europe", "2025-03-01"),
            ("Dmitry Medvedev", "the row", "2025-03-01"),
            ("Volodymyr Zelenskyy", "We are not ashamed", "2025-02-28"),
        ],
    )


@pytest.mark.parametrize(
    ("phrase", "role", "country"),
    [
        ("Dmitry Medvedev, the former Russian president", "Former President", "Russia"),
        ("Theresa May, the former British prime minister", "Former Prime Minister", None),
        ("Ban Ki-moon, the former South Korean foreign minister", "Former Foreign Minister", None),
    ],
)
def test_a_former_post_of_a_state_after_the_name(
    phrase: str, role: str, country: str | None
) -> None:
    found = parse_speaker(phrase)
    assert found is not None
    assert found.role == role
    assert found.institution is None or not found.institution.startswith("Former")
    if country:
        assert found.country == country


def test_the_sitting_president_is_not_the_former_one() -> None:
    text = (
        "Kyiv thanks its partners\n\n"
        "Mon 3 Mar 2025 09.00 GMT\n\n"
        "Viktor Yushchenko, the former Ukrainian president, said the summit was "
        '"long overdue".\n\n'
        "Volodymyr Zelenskyy met European leaders in London on Sunday. "
        '"We will remember who stood with us," the Ukrainian president said.\n'
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 3),
        [
            ("Viktor Yushchenko", "the summit was", "2025-03-03"),
            ("Volodymyr Zelenskyy", "We will remember", "2025-03-02"),
        ],
    )
