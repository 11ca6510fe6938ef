"""Statements of news stories cut or lost at their boundaries (round 48).

* "The main task, said X, who ..., was to ...": an attribution set between a subject and its
  verb; the predicate after the name (and its aside) finishes the words said.
* '"We built it to export, and as a result, we lost buyers," said X': a conjunction inside
  the quotation opening the sentence opens no clause whose subject speaks.

Articles written here, in the manner of regional papers and wire stories.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

THURSDAY = datetime.date(2024, 6, 20)
LEAD = (
    "Minister puts trade first\n\n"
    "MANILA - Foreign Minister Carmen Villaruel on Thursday said the country's envoys "
    "must now sell its goods abroad.\n\n"
)


@pytest.mark.parametrize(
    "attribution",
    [
        "said Ms Villaruel,",
        "said Ms Villaruel, who until May was ambassador to Canada,",
        "said Villaruel, the new minister,",
    ],
)
def test_attribution_between_subject_and_verb(attribution: str) -> None:
    text = (
        f"{LEAD}The biggest job, {attribution} was for the service to turn old "
        "friendships into new contracts.\n"
    )
    assert_statements(
        text,
        THURSDAY,
        [
            ("Carmen Villaruel", "the country's envoys must now sell", "2024-06-20"),
            ("Carmen Villaruel", "The biggest job, ", "2024-06-20"),
        ],
    )
    # the predicate after the attribution finishes the words said
    found = extract(text, published=THURSDAY)
    assert "was for the service to turn old friendships" in found[1].text


def test_a_clause_that_stands_alone_keeps_its_words() -> None:
    text = f"{LEAD}Talks will resume in May, said Villaruel, who leads the delegation.\n"
    assert_statements(
        text,
        THURSDAY,
        [
            ("Carmen Villaruel", "the country's envoys must now sell", "2024-06-20"),
            ("Carmen Villaruel", "Talks will resume in May", "2024-06-20"),
        ],
    )


@pytest.mark.parametrize(
    ("opening", "closing"), [("\u00ab", "\u201d"), ("\u201c", "\u201d"), ('"', '"')]
)
def test_conjunction_inside_opening_quotation(opening: str, closing: str) -> None:
    text = (
        f"{LEAD}{opening}Our rice farms were built to feed the region, and as a result, we "
        f"see buyers coming back from every side{closing}, stressed Villaruel.\n"
    )
    assert_statements(
        text,
        THURSDAY,
        [
            ("Carmen Villaruel", "the country's envoys must now sell", "2024-06-20"),
            ("Carmen Villaruel", "Our rice farms were built to feed", "2024-06-20"),
        ],
    )


@pytest.mark.parametrize(
    "words",
    [
        "Coming out of the talks, both sides have agreed to meet again in July",
        "Coming out of the talks, both sides are ready to resume the Manila process, with "
        "the rebel groups, and both welcomed the help of their neighbours",
    ],
)
def test_full_name_after_an_unknown_title(words: str) -> None:
    # (a phrase set off by commas inside the quotation is its words, not an unnamed speaker)
    text = f'{LEAD}"{words}", said US Secretory of State, Jane Holloway.\n'
    assert_statements(
        text,
        THURSDAY,
        [
            ("Carmen Villaruel", "the country's envoys must now sell", "2024-06-20"),
            ("Jane Holloway", "Coming out of the talks", "2024-06-20"),
        ],
    )


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        ("said Dr. Okoro of St. Luke's Hospital, San Antonio", "Okoro"),
        ("said Pastor Mills of Grace Baptist Church, Fort Worth", "Mills"),
        ("said Chairman Hale of the Federal Reserve, Washington DC", "Hale"),
        ("said Mayor Lindqvist of Uppsala, Stockholm", "Lindqvist"),
    ],
)
def test_a_place_set_off_after_a_titled_name_is_no_speaker(attribution: str, speaker: str) -> None:
    text = f'Storm hits coast\n\n"The river rose faster than anyone expected," {attribution}.\n'
    statements = extract(text, published=THURSDAY)
    assert [s.speaker for s in statements] == [speaker]


def test_name_after_a_quotation_closed_by_another_mark() -> None:
    text = (
        f'{LEAD}"Nothing we could sell there would change the balance now,\u201d Ramon Ocampo, '
        "director of the Trade Desk at the Asia Institute, said in an interview.\n"
    )
    assert_statements(
        text,
        THURSDAY,
        [
            ("Carmen Villaruel", "the country's envoys must now sell", "2024-06-20"),
            ("Ramon Ocampo", "Nothing we could sell there", "2024-06-20"),
        ],
    )


def test_name_after_a_quote_and_its_asides() -> None:
    text = (
        f'{LEAD}"Both parties scare me," Dana Ruiz, 41, of Cebu, who was among those '
        'polled, said in a follow-up interview. "We need people who will bring us together."\n'
    )
    # (only that the name after the quotation still speaks: the sentence's asides are no
    # conjunction's clause inside the quotation)
    got = [s.speaker for s in extract(text, published=THURSDAY)]
    assert "Dana Ruiz" in got, got
