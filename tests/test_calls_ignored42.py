"""'Russia cannot ignore calls for help': "calls" the object of a verb that turns down or
heeds them is a plural noun, not a verb of saying. Stories written here in the manner of
kremlin.ru's readouts."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2014, 3, 6)  # a Thursday


def test_cannot_ignore_calls_for_help() -> None:
    assert_statements(
        "Vladimir Putin noted that the situation in the region remains tense. Moscow cannot "
        "ignore calls for protection from the residents of these regions.\n",
        PUBLISHED,
        [("Vladimir Putin", "the situation in the region", "2014-03-06")],
    )


def test_ignored_demands_for_a_vote() -> None:
    assert_statements(
        "The government has so far heeded no one and ignored demands for an early vote on "
        "the budget.\n",
        PUBLISHED,
        [],
    )


def test_calls_for_as_a_verb() -> None:
    # near miss: "calls for" after its subject is the verb
    assert_statements(
        "Russia calls for an immediate ceasefire in the region, the Foreign Ministry said.\n",
        PUBLISHED,
        [("Foreign Ministry", "Russia calls for an immediate ceasefire", "2014-03-06")],
    )
