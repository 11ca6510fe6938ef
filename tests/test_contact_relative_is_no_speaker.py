"""A noun and a relative clause without its "that" name no speaker.

"Trump scolded both sides for violating the ceasefire he announced hours earlier, and
pressed Netanyahu to ..." had the speaker "Iran for violating the ceasefire he": the words
before "he announced" were read back as the subject of "pressed". A noun phrase that ends on
a subject pronoun ("the truce she brokered", "the deal they signed") is a clause. Articles
written here, in the manner of Axios.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract.speakers import parse_speaker

WEDNESDAY = datetime.date(2025, 6, 25)


def test_the_subject_of_a_second_verb_is_the_sentences() -> None:
    text = (
        "Macron rebukes allies as truce frays\n\n"
        "President Macron on Wednesday chided both Armenia and Azerbaijan for breaking the "
        "truce he announced only hours before, and pressed Prime Minister Nikol Pashinyan to pull "
        "back his troops.\n"
    )
    assert_statements(
        text, WEDNESDAY, [("Macron", "pressed Prime Minister Nikol Pashinyan", "2025-06-25")]
    )


@pytest.mark.parametrize(
    "phrase",
    [
        "Azerbaijan for breaking the truce he",
        "Kyiv over the deal they",
        "Paris over the statement she",
    ],
)
def test_a_noun_then_a_pronoun_is_no_speaker(phrase: str) -> None:
    assert parse_speaker(phrase) is None


@pytest.mark.parametrize("phrase", ["But she", "And he", "Then they"])
def test_a_pronoun_after_a_conjunction_still_speaks(phrase: str) -> None:
    found = parse_speaker(phrase)
    assert found is not None and found.kind == "pronoun"
