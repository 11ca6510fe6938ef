"""Verbs of saying whose words are a clause or a claim about their object: "spoke of how
...", "talked about how ...", "highlighted X as a model ...". Their near
misses name a topic ("talked about how to end the war", "spoke of the war") or put the "as"
under another verb. Sentences written here in the manner of agency and UN copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 4)  # a Monday
DAY = "2024-03-04"


def test_spoke_of_how() -> None:
    assert_statements(
        "In his opening statement to the Board of Governors, Director General Rafael Grossi "
        "spoke of how the plant had lost its last power line for the eighth time.\n",
        PUBLISHED,
        [("Rafael Grossi", "how the plant had lost its last power line", DAY)],
    )


def test_talked_about_how() -> None:
    assert_statements(
        "At the forum, Foreign Minister Penny Wong talked about how the region had changed "
        "since the last summit.\n",
        PUBLISHED,
        [("Penny Wong", "how the region had changed", DAY)],
    )


def test_talked_about_how_to_is_a_topic() -> None:
    # near miss: "how to" names a question, a topic, no claim
    assert_statements(
        "At the forum, Foreign Minister Penny Wong talked about how to keep the sea lanes open.\n",
        PUBLISHED,
        [],
    )


def test_spoke_of_a_topic() -> None:
    # near miss: the old rule still holds, "spoke of" with a bare noun names a topic
    assert_statements(
        "Foreign Minister Penny Wong spoke of the war in her remarks to the forum.\n",
        PUBLISHED,
        [],
    )


def test_highlighted_as_a_model() -> None:
    assert_statements(
        "The French scholar Thierry Lebrun highlighted Kazakhstan's diplomatic course as a "
        "model for the region.\n",
        PUBLISHED,
        [("Thierry Lebrun", "Kazakhstan's diplomatic course as a model", DAY)],
    )


def test_highlighted_a_thing_then_another_verbs_as() -> None:
    # near misses: "highlighted" with a bare object shows, says nothing, and an "as" after
    # another verb is that verb's
    assert_statements(
        "The scholar Thierry Lebrun highlighted the risks. Highlighting the deal is not a way "
        "to dismiss the critics as a fringe.\n",
        PUBLISHED,
        [],
    )


def test_visitor_welcomed_is_a_deed() -> None:
    # a visitor received is the host's deed, no words (ANNOTATION.md: actions are no speech)
    assert_statements(
        "President Mohamed Bazoum has welcomed Germany's foreign minister, who is on a tour "
        "of west Africa.\n",
        PUBLISHED,
        [],
    )


def test_remarks_welcomed() -> None:
    # near miss: what is welcomed is words, the welcome a statement
    assert_statements(
        "President Mohamed Bazoum welcomed the minister's remarks on security.\n",
        PUBLISHED,
        [("Mohamed Bazoum", "welcomed the minister's remarks", DAY)],
    )


def test_similar_views_expressed() -> None:
    # "expressed similar views." points to another's words and gives none of its own
    assert_statements(
        "Minister Kamikawa said she hoped to work closely with Minister Wang. Minister Wang "
        "expressed similar views.\n",
        PUBLISHED,
        [("Kamikawa", "she hoped to work closely", DAY)],
    )


def test_allegations_from_a_person_that() -> None:
    assert_statements(
        "Ties have sunk to a new low after allegations from Prime Minister Justin Trudeau "
        "that agents of India were involved in the killing of a Sikh leader.\n",
        PUBLISHED,
        [("Justin Trudeau", "agents of India were involved", DAY)],
    )


def test_allegations_by_a_state_that() -> None:
    # near miss: a state's accusations are no person's words (a country as speaker)
    assert_statements(
        "Nairobi rejected accusations by Somalia that Kenya is meddling in its affairs.\n",
        PUBLISHED,
        [],
    )
