"""A day counted back in a second clause with a subject of its own (round 51, review).

"The ministry announced the deal on Thursday, and the minister flew to Geneva the previous
day to sign it": the sentence's own day ("on Thursday") dates the first clause's act; a
clause joined after ", and", ", but" or ";" tells another act, and the day counted back is
that act's day, which may be the occasion of the words after it ("Speaking in Geneva, the
minister told reporters ..."). Only a day counted back in the same clause as the sentence's
own day dates an earlier deed and is passed over. Fixtures written here in the manner of a
European wire, an Asian daily and a Gulf outlet's English page."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

THURSDAY = datetime.date(2024, 3, 14)

JOINED = [
    (
        "The commission published the report on Thursday, and Health Minister Jonas Weber "
        "travelled to Brussels the previous day to present it.\n\n"
        "Speaking in Brussels, Weber told reporters the findings would be debated in June.\n",
        "Jonas Weber",
        "the findings would be debated",
        "2024-03-13",
    ),
    (
        "The summit ended on Thursday; Prime Minister Aiko Tanaka arrived in Jakarta a day "
        "earlier for bilateral talks.\n\n"
        "At a news conference there, Tanaka said Japan would double its aid to the region.\n",
        "Aiko Tanaka",
        "Japan would double its aid",
        "2024-03-13",
    ),
    (
        "The talks opened on Thursday, but Foreign Minister Khalid Al-Mansouri met the envoys "
        "two days earlier in Doha.\n\n"
        "Meeting them in Doha, Al-Mansouri told the envoys that a truce was within reach.\n",
        "Khalid Al-Mansouri",
        "a truce was within reach",
        "2024-03-12",
    ),
]


@pytest.mark.parametrize(("text", "speaker", "words", "day"), JOINED)
def test_a_joined_clauses_counted_back_day_is_its_own_act(text, speaker, words, day) -> None:
    assert_statements(text, THURSDAY, [(speaker, words, day)])


def test_the_same_clauses_counted_back_day_is_still_passed_over() -> None:
    # near miss: no clause joined between the two days; the day counted back dates the
    # deal, the speaker is placed on Thursday
    assert_statements(
        "Health Minister Jonas Weber travelled to Brussels on Thursday to present the report "
        "adopted the previous day.\n\n"
        "Speaking in Brussels, Weber told reporters the findings would be debated in June.\n",
        THURSDAY,
        [("Jonas Weber", "the findings would be debated", "2024-03-14")],
    )
