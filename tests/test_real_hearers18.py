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


def test_the_chancellor_in_a_german_story_is_the_head_of_government() -> None:
    # "the chancellor" means a foreign minister only in Spanish and Portuguese copy; in a
    # story of Germany it is the head of government, named here without his title
    text = (
        "Berlin weighs request\n\n"
        "BERLIN (Reuters) - Olaf Scholz met Foreign Minister Annalena Baerbock on Tuesday "
        "to discuss the request for air defence systems.\n\n"
        "The chancellor said Germany would decide together with its allies.\n"
    )
    found = extract(text, published=datetime.date(2023, 1, 24))
    assert [(s.speaker, s.text[:13]) for s in found] == [("Olaf Scholz", "Germany would")]


def test_the_chancellor_in_a_latin_american_story_is_the_foreign_minister() -> None:
    text = (
        "Lima backs regional talks\n\n"
        "LIMA (EFE) - President Dina Boluarte received Foreign Minister Javier Gonzalez-Olaechea "
        "on Tuesday ahead of the summit.\n\n"
        "The chancellor said Peru would host the next round of talks in March.\n"
    )
    found = extract(text, published=datetime.date(2024, 1, 23))
    said = [s for s in found if s.text.startswith("Peru would")]
    assert [s.speaker for s in said] == ["Javier Gonzalez-Olaechea"]


@pytest.mark.parametrize(
    "agent",
    [
        "was quoted as saying by the official news agency on Thursday",
        "was quoted as saying by the Kyodo news agency late on Thursday",
        "said by telephone from Jakarta on Thursday",
    ],
)
def test_the_words_before_a_passive_s_agent_are_the_statement(agent: str) -> None:
    # after the words, a "by" phrase with no word of a clause is the agent or the means,
    # never what was said
    text = f"Envoy sees thaw\n\nThe talks have stalled, Foreign Minister Li Wenhai {agent}.\n"
    found = extract(text, published=FRIDAY)
    assert [(s.text, s.said_on) for s in found] == [("The talks have stalled", "2023-06-15")]


def test_words_after_by_with_a_clause_stay_the_words() -> None:
    text = (
        "Envoy\n\nForeign Minister Li Wenhai said by telephone on Thursday that talks had "
        "stalled.\n"
    )
    found = extract(text, published=FRIDAY)
    assert [(s.text, s.said_on) for s in found] == [("talks had stalled", "2023-06-15")]
