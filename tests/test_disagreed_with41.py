"""'He also disagreed with the decision, ..., calling it "..."': disagreeing with a decision or
a view is a stance put in words, as criticizing it is; the words run from its object through
the naming that follows. Only with "with": "the two sides disagreed on the terms" tells no
words. Stories written here in the manner of The Kyiv Independent's briefing reports."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2022, 2, 2)

LEAD = (
    "Kuleba: Evacuating embassies is premature\n\n"
    "Foreign Minister Dmytro Kuleba held a briefing for foreign journalists on Feb. 2.\n\n"
    'Kuleba said that diplomacy still had "a lot of room."\n\n'
)


def test_disagreed_with_the_decision() -> None:
    text = LEAD + (
        "He also disagreed with the decision, taken first by Washington, to pull diplomats' "
        'families out of Kyiv, calling it "an overreaction."\n'
    )
    assert_statements(
        text,
        PUBLISHED,
        [
            ("Dmytro Kuleba", "diplomacy still had", "2022-02-02"),
            ("Dmytro Kuleba", "disagreed with the decision", "2022-02-02"),
        ],
    )


def test_sides_disagreeing_tell_no_words() -> None:
    # near miss: "disagreed" with no "with": a disagreement told of, no one's words
    text = LEAD + "The two governments disagreed on the timing of the evacuation.\n"
    assert_statements(
        text,
        PUBLISHED,
        [("Dmytro Kuleba", "diplomacy still had", "2022-02-02")],
    )
