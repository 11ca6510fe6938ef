"""A question the speaker left open, then the speaker's own verb of saying after "but" or
"and" ("declined to say whether Putin would attend but said ..."): the words after the
second verb are a statement, though the verb stands after an open "whether" clause; a
question put by someone else ("asked whether ...") stays no statement of theirs. Stories
written here, in the manner of wire copy; each expected statement is checked for its
speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 12)

DECLINED_BUT_SAID = (
    "Kremlin mum on summit\n\n"
    "MOSCOW, March 12 (Wire) - Kremlin spokesman Dmitry Peskov spoke to reporters on "
    "Wednesday.\n\n"
    "Peskov declined to say whether Putin would attend the summit but said the Kremlin was "
    "studying the invitation.\n"
)
NOT_SAY_IF_AND_ADDED = (
    "Ankara weighs grain talks\n\n"
    "ANKARA, March 12 (Wire) - Turkish Foreign Minister Hakan Fidan met his Ukrainian "
    "counterpart on Wednesday.\n\n"
    "Fidan would not say if the talks would resume this month and added that both sides "
    "wanted the corridor kept open.\n"
)
# near miss: the one asking put the question; no statement of his follows
ASKED_WHETHER_BUT = (
    "Questions over summit\n\n"
    "MOSCOW, March 12 (Wire) - Kremlin spokesman Dmitry Peskov spoke to reporters on "
    "Wednesday.\n\n"
    "A reporter wondered whether Putin would attend but said nothing more.\n"
)


def test_declined_to_say_whether_but_said() -> None:
    assert_statements(
        DECLINED_BUT_SAID,
        PUBLISHED,
        [("Dmitry Peskov", "the Kremlin was studying the invitation", "2025-03-12")],
    )


def test_would_not_say_if_and_added() -> None:
    assert_statements(
        NOT_SAY_IF_AND_ADDED,
        PUBLISHED,
        [("Hakan Fidan", "both sides wanted the corridor kept open", "2025-03-12")],
    )


def test_a_question_wondered_is_no_statement() -> None:
    assert_statements(ASKED_WHETHER_BUT, PUBLISHED, [])
