"""The ones told after "told": a medium's desk, bureau, service or programme heard the words,
so nothing after it is what was said, and the day after it dates the words before. Texts
written here, in the manner of wire and broadcaster copy."""

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


@pytest.mark.parametrize(
    "hearer",
    [
        "told the agency's Beijing bureau on Thursday",
        "told Kyodo News' Seoul bureau on Thursday in a written interview",
        "told the BBC's Persian service on Thursday",
        "told the Washington desk of the paper on Thursday",
        "told NHK's evening programme on Thursday",
    ],
)
def test_the_words_before_a_desk_told_are_the_statement(hearer: str) -> None:
    text = (
        "Envoy sees thaw in ties\n\n"
        "Relations between the two neighbours have entered a period of cautious repair, the "
        f"new ambassador Li Wenhai {hearer}.\n"
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text[:21], s.said_on) for s in found] == [
        ("Li Wenhai", "Relations between the", "2023-06-15")
    ]


def test_a_desk_that_is_a_clause_s_subject_is_not_a_hearer() -> None:
    # near miss: "told reporters the bureau would ..." keeps the words after the hearers
    text = (
        "Office to reopen\n\n"
        "Foreign Minister Anna Lindqvist told reporters on Thursday the consular service "
        "would reopen in Kabul by the autumn.\n"
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.text[:24]) for s in found] == [
        ("Anna Lindqvist", "the consular service wou")
    ]
