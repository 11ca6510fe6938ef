"""An excerpt whose last sentence is cut in a second clause joined after a finished
statement, the second with a subject of its own ('X has rejected a truce until Israel wins
"total victory," and President Biden has held off pressing Israel int'): the first clause,
its quotation closed, is a statement; the words running into the cut are not. Stories
written here, in the manner of The Hill's wire-style copy; each expected statement is
checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 2, 6)

LEAD = (
    "Qatari PM upbeat on hostage talks\n\n"
    "Qatar's prime minister, Sheikh Mohammed bin Abdulrahman Al Thani, said Tuesday that a "
    "deal was close.\n\n"
)
JOINED_THEN_CUT = LEAD + (
    "Israeli Prime Minister Benjamin Netanyahu has rejected any pause in the fighting until "
    'Israel wins "total victory" over Hamas, and President Biden has held off pressing Israel '
    "int"
)
# near miss: the second clause has no subject of its own; the cut falls in the statement
SAME_SUBJECT_THEN_CUT = LEAD + (
    "Israeli Prime Minister Benjamin Netanyahu has rejected any pause in the fighting until "
    'Israel wins "total victory" over Hamas, and has told his cabinet that the army will '
    "press on in Ra"
)


def test_joined_then_cut() -> None:
    assert_statements(
        JOINED_THEN_CUT,
        PUBLISHED,
        [
            ("Mohammed bin Abdulrahman Al Thani", "a deal was close", "2024-02-06"),
            ("Benjamin Netanyahu", "any pause in the fighting", "../2024-02-06"),
        ],
    )


def test_same_subject_then_cut() -> None:
    assert_statements(
        SAME_SUBJECT_THEN_CUT,
        PUBLISHED,
        [("Mohammed bin Abdulrahman Al Thani", "a deal was close", "2024-02-06")],
    )


BUT_OFFICIALS_THEN_CUT = LEAD + (
    'Netanyahu said Israel would press on until "total victory," but Hamas officials insisted '
    "that no deal was possi"
)
AND_THE_ARMY_SAID_THEN_CUT = LEAD + (
    'Netanyahu has vowed "total victory" over Hamas, and the army said it was readying an opera'
)


def test_but_officials_then_cut() -> None:
    assert_statements(
        BUT_OFFICIALS_THEN_CUT,
        PUBLISHED,
        [
            ("Mohammed bin Abdulrahman Al Thani", "a deal was close", "2024-02-06"),
            ("Netanyahu", 'Israel would press on until "total victory,"', "2024-02-06"),
        ],
    )


def test_and_the_army_said_then_cut() -> None:
    assert_statements(
        AND_THE_ARMY_SAID_THEN_CUT,
        PUBLISHED,
        [
            ("Mohammed bin Abdulrahman Al Thani", "a deal was close", "2024-02-06"),
            ("Netanyahu", '"total victory" over Hamas', "../2024-02-06"),
        ],
    )
