"""Round thirty-nine, official pages: meetings coverage and a chairperson's statements.

A speaker whose clause is subordinate to the reporter's ("Members found their appeals moot
after President X announced in a televised address the start of ...") says what follows
the verb, not the reporter's clause before; a chairperson "is monitoring with deep concern"
a situation as she "is following" it with concern; "and once again urges" is a second verb
of the same subject. In new words, in the style of those pages."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

COVERAGE = """\
9012th Meeting (Afternoon)
SC/15120

Members of the Security Council gathering to urge restraint found their appeals overtaken \
after President Ilham Aliyev, midway through the meeting, announced in a televised address \
the end of the military operation in the region.

Opening the debate, Under-Secretary-General Rosemary DiCarlo said the humanitarian situation \
had deteriorated sharply overnight.
"""


def test_a_speaker_in_a_clause_after_the_reporters_says_what_follows_the_verb() -> None:
    assert_statements(
        COVERAGE,
        datetime.date(2023, 9, 21),
        [
            ("Ilham Aliyev", "the end of the military operation", "2023-09-21"),
            ("Rosemary DiCarlo", "the humanitarian situation had", "2023-09-21"),
        ],
    )


TRAILING = """\
UNITED NATIONS, Sept. 21 (Wire) - The council will meet again on Friday, the president of \
the Security Council said after the consultations ended.
"""


def test_a_trailing_source_with_a_clause_of_its_own_after_keeps_the_words_before() -> None:
    """Near miss (the same on the starting code): the subordinate clause comes after the
    speaker, whose words are still the clause before."""
    assert_statements(
        TRAILING,
        datetime.date(2023, 9, 21),
        [("the president of the Security Council", "The council will meet again", "2023-09-21")],
    )


MONITORING = """\
 date 2024-06-14 The Chairperson of the African Union Commission, Moussa Faki Mahamat, is \
monitoring with grave concern the renewed clashes in the eastern region of the country.

The Chairperson recalls the communique of the Peace and Security Council, and once again \
urges the parties to return to the negotiating table without delay.
"""


def test_a_chairperson_monitoring_with_concern_and_urging_once_again() -> None:
    assert_statements(
        MONITORING,
        datetime.date(2024, 6, 14),
        [
            ("Moussa Faki Mahamat", "is monitoring with grave concern", "2024-06-14"),
            ("Moussa Faki Mahamat", "urges the parties to return", "2024-06-14"),
        ],
    )


MONITORED_BY_DRONES = """\
NAIROBI, June 14 (Wire) - The police force is monitoring with drones the roads leading to the \
capital, the interior minister said on Friday.
"""


def test_monitoring_with_a_tool_is_no_feeling_voiced() -> None:
    """Near miss (the same on the starting code): the force is not voicing anything."""
    assert_statements(
        MONITORED_BY_DRONES,
        datetime.date(2024, 6, 14),
        [("the interior minister", "The police force is monitoring", "2024-06-14")],
    )
