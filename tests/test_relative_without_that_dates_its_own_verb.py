"""A day inside a relative clause with no "that" dates that clause, not the words.

'"...," the minister wrote, recycling a slogan he had posted late last night' was dated
before the story's day ("had posted"), or "last night": the day the slogan was first
posted, not the day it was written again; so "chided Baku over the truce he brokered
last month, and pressed ..." took the month of the truce. The interview a speaker gave is
the words' own occasion all the same. Articles written here, in the manner of a live page
and wire copy.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

SATURDAY = datetime.date(2025, 3, 1)
HEAD = "Europe reacts to the row\n\nSat 1 Mar 2025 10.05 GMT\n\n"


def test_a_slogan_posted_last_night_is_written_again_this_morning() -> None:
    text = HEAD + (
        "Poland's foreign minister, Radosław Sikorski, spoke out again this morning, writing "
        "on X that Warsaw would not abandon Kyiv.\n\n"
        '"Appeasement never bought anyone peace," the minister wrote, recycling a slogan '
        "he had posted late last night.\n"
    )
    assert_statements(
        text,
        SATURDAY,
        [
            ("Radosław Sikorski", "Warsaw would not abandon Kyiv", "2025-03-01"),
            ("Radosław Sikorski", "Appeasement never bought", "2025-03-01"),
        ],
    )


@pytest.mark.parametrize(
    ("clause", "day"),
    [
        ("the truce he brokered last month", "2025-02-26"),
        ("the deal they signed in January", "2025-02-26"),
    ],
)
def test_the_day_of_a_thing_named_with_its_clause(clause: str, day: str) -> None:
    text = HEAD + (
        f"President Macron on Wednesday chided Baku over {clause}, and pressed Prime "
        "Minister Nikol Pashinyan to pull back his troops.\n"
    )
    assert [(s.speaker, s.said_on) for s in extract(text, published=SATURDAY)] == [("Macron", day)]


def test_the_interview_the_speaker_gave_is_the_words_occasion() -> None:
    # (passes on the starting code too: the clause on an occasion dates the words)
    text = HEAD + (
        "President Macron said in an interview he gave on Tuesday that Baku and Yerevan must "
        "pull back their troops.\n"
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=SATURDAY)]
    assert found == [("Macron", "2025-02-25")]
