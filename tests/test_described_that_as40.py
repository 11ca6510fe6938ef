"""After a naming verb, "that" may be the determiner of the object named ("Kishida
described that position as an impediment to talks"), not a clause's opener: the words then
start with it. Near miss: "described that the talks were ..." opens a clause, whose "that"
is dropped as after any verb of saying. Stories written here, in the manner of Kyodo."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2014, 5, 7)

DETERMINER = (
    "Japan calls for ministerial talks with China\n\n"
    "PARIS (Kyodo) -- Foreign Minister Fumio Kishida spoke to Kyodo News on Tuesday. China "
    "insists Japan must first admit a dispute exists over the islands. Kishida described "
    "that demand as an obstacle to dialogue.\n"
)
# near miss: "that" opening a clause
CLAUSE = DETERMINER.replace(
    "described that demand as an obstacle to dialogue",
    "described that the demand was an obstacle to dialogue",
)


def test_determiner() -> None:
    assert_statements(
        DETERMINER,
        PUBLISHED,
        [("Fumio Kishida", "that demand as an obstacle", "2014-05-06")],
    )


def test_clause() -> None:
    assert_statements(
        CLAUSE,
        PUBLISHED,
        [("Fumio Kishida", "the demand was an obstacle", "2014-05-06")],
    )
