"""A verb of saying, a comma and a short aside, then the words as a clause with no "that":
the writer's connective ("said, however, the talks would go on") is not part of the words,
which open after it; a concession or a reserve on time ("said, despite the tensions, the
Kremlin would ...", "said, for now, the embassy will ...") is the speaker's own and opens
them. Stories written here, in the manner of wire copy; each expected statement is checked
for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 4, 9)

HOWEVER_THEN_CLAUSE = (
    "Vienna talks stall\n\n"
    "VIENNA, April 9 (Wire) - Iranian and European negotiators broke off a third round of "
    "talks on Wednesday without agreeing a date to resume.\n\n"
    "Iranian Foreign Minister Abbas Araqchi said, however, the door to diplomacy had not "
    "been closed.\n"
)
DESPITE_THEN_CLAUSE = (
    "Kremlin keeps line open\n\n"
    "MOSCOW, April 9 (Wire) - Relations between Moscow and London sank to a new low on "
    "Wednesday after the expulsion of two diplomats.\n\n"
    "Kremlin spokesman Dmitry Peskov said, despite the latest expulsions, Moscow would keep "
    "its embassy in London open.\n"
)
FOR_NOW_THEN_CLAUSE = (
    "No date for Xi visit\n\n"
    "BEIJING, April 9 (Wire) - China's foreign ministry gave no details of the planned trip "
    "on Wednesday.\n\n"
    "Spokesman Lin Jian says, so far, no date has been fixed for the president's visit to "
    "Madrid.\n"
)
AT_THE_SAME_TIME_THEN_CLAUSE = (
    "Ankara stays out of sanctions\n\n"
    "ANKARA, April 9 (Wire) - Turkish President Tayyip Erdogan spoke after a cabinet meeting "
    "on Wednesday.\n\n"
    "Erdogan said, at the same time, Turkey was ready to host a new round of talks.\n"
)
# near miss, right on both: the same connective, then "that"
HOWEVER_THEN_THAT = (
    "Vienna talks stall\n\n"
    "VIENNA, April 9 (Wire) - Iranian and European negotiators broke off a third round of "
    "talks on Wednesday.\n\n"
    "Iranian Foreign Minister Abbas Araqchi said, however, that the door to diplomacy had "
    "not been closed.\n"
)


def test_however_then_clause() -> None:
    assert_statements(
        HOWEVER_THEN_CLAUSE,
        PUBLISHED,
        [("Abbas Araqchi", "the door to diplomacy had not been closed", "2025-04-09")],
    )


def test_despite_then_clause() -> None:
    assert_statements(
        DESPITE_THEN_CLAUSE,
        PUBLISHED,
        [("Dmitry Peskov", "despite the latest expulsions, Moscow would", "2025-04-09")],
    )


def test_so_far_then_clause() -> None:
    assert_statements(
        FOR_NOW_THEN_CLAUSE,
        PUBLISHED,
        [("Lin Jian", "so far, no date has been fixed", "2025-04-09")],
    )


def test_at_the_same_time_then_clause() -> None:
    assert_statements(
        AT_THE_SAME_TIME_THEN_CLAUSE,
        PUBLISHED,
        [("Tayyip Erdogan", "Turkey was ready to host a new round", "2025-04-09")],
    )


def test_however_then_that() -> None:
    assert_statements(
        HOWEVER_THEN_THAT,
        PUBLISHED,
        [("Abbas Araqchi", "the door to diplomacy had not been closed", "2025-04-09")],
    )
