""" "spoke of" / "spoke about" with a noun phrase that holds a claim ("a possible backlash
against ...", "the need for ..."): the speaker's words, as a "how" clause is; a bare topic
("spoke of a recent visit") stays none. And words in "X's remarks come after Y said ...":
told as what went before the news, so said before the story's day. Sentences written here
in the manner of South African and Australian press copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 4)  # a Monday
DAY = "2024-03-04"


def test_spoke_of_a_possible_thing() -> None:
    assert_statements(
        "In Pretoria, Trade Minister Ebrahim Patel spoke of a possible backlash against "
        "local exporters which could hit the citrus season.\n",
        PUBLISHED,
        [("Ebrahim Patel", "a possible backlash against local exporters", DAY)],
    )


def test_spoke_about_the_need_for() -> None:
    assert_statements(
        "In Canberra, Foreign Minister Penny Wong spoke about the need for a lasting "
        "ceasefire in the region.\n",
        PUBLISHED,
        [("Penny Wong", "the need for a lasting ceasefire", DAY)],
    )


def test_spoke_of_a_visit_is_a_topic() -> None:
    # near miss: a plain noun phrase names what was talked about, no claim
    assert_statements(
        "Foreign Minister Penny Wong spoke of a recent visit to the Pacific.\n",
        PUBLISHED,
        [],
    )


def test_come_after_said_is_before_the_day() -> None:
    assert_statements(
        "The minister's warning comes after Trade Minister Ebrahim Patel spoke of a possible "
        "slump in exports to the bloc.\n",
        PUBLISHED,
        [("Ebrahim Patel", "a possible slump in exports", "../" + DAY)],
    )


def test_came_after_said_with_its_own_day() -> None:
    # near miss: the words' own day still dates them
    assert_statements(
        "The move came after Foreign Minister Penny Wong said on Friday that talks would resume.\n",
        PUBLISHED,
        [("Penny Wong", "talks would resume", "2024-03-01")],
    )


def test_spoke_of_a_possible_trip_is_a_topic() -> None:
    # near miss: a hedge before a plain trip names what was talked about, no claim
    assert_statements(
        "Foreign Minister Penny Wong spoke of a possible trip to Beijing later in the year.\n",
        PUBLISHED,
        [],
    )


def test_spoke_of_the_importance_of_is_a_topic() -> None:
    # near miss: "the importance of" a thing names the topic, not what the speaker said
    assert_statements(
        "Trade Minister Ebrahim Patel spoke of the importance of the port to farmers.\n",
        PUBLISHED,
        [],
    )
