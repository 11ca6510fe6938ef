""" "said Friday in response to doubts about the talks": "in response to" with its object is
a phrase of what the words answered, not the adverb "in response" ("the Kremlin in response
said"); the words are the clause put before the attribution, not the doubts it answered.
Stories written here in the manner of Yonhap's copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2018, 11, 9)  # a Friday


def test_fronted_words_before_said_friday_in_response_to() -> None:
    assert_statements(
        "SEOUL, Nov. 9 (Yonhap) -- Seoul and Washington remain in close contact on the "
        "railway project, South Korea's foreign minister said Friday in response to concerns "
        "about a rift between the allies.\n",
        PUBLISHED,
        [("South Korea's foreign minister", "Seoul and Washington remain", "2018-11-09")],
    )


def test_said_friday_in_reply_to_a_question_that() -> None:
    assert_statements(
        "SEOUL, Nov. 9 (Yonhap) -- Foreign Minister Kang Kyung-wha said Friday in reply to a "
        "lawmaker's question that the summit would go ahead as planned.\n",
        PUBLISHED,
        [("Kang Kyung-wha", "the summit would go ahead", "2018-11-09")],
    )


def test_in_response_as_an_adverb_before_the_verb() -> None:
    # near miss: "in response" with no object stays the clause's adverb
    assert_statements(
        "SEOUL, Nov. 9 (Yonhap) -- North Korea criticized the joint drills on Thursday. "
        "Foreign Minister Kang Kyung-wha in response said Friday that the drills were "
        "defensive.\n",
        PUBLISHED,
        [("Kang Kyung-wha", "the drills were defensive", "2018-11-09")],
    )
