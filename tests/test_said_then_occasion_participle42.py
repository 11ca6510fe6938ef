"""'The council has broad powers, Medvedev said presenting X as its new secretary.': a
participle of the occasion right after the verb, no comma between, after a clause set off
before the speaker: the clause before is what was said, the participle when. Stories
written here in the manner of Interfax's English copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2008, 5, 13)  # a Tuesday


def test_said_presenting() -> None:
    assert_statements(
        "MOSCOW. May 13 (Interfax) - The Security Council must help shape the country's "
        "strategic course, Medvedev said presenting Nikolai Patrushev as its new "
        "secretary.\n",
        PUBLISHED,
        [("Medvedev", "The Security Council must help shape", "2008-05-13")],
    )


def test_said_speaking() -> None:
    assert_statements(
        "MOSCOW. May 13 (Interfax) - Russia will not take part in the new arms race, Sergei "
        "Ivanov said speaking at a meeting with defense industry workers.\n",
        PUBLISHED,
        [("Sergei Ivanov", "Russia will not take part", "2008-05-13")],
    )


def test_said_then_a_gerund_subject() -> None:
    # near miss: the gerund opens the words ("closing the base would be a mistake")
    assert_statements(
        "MOSCOW. May 13 (Interfax) - The talks went on late into the night, and Sergei "
        "Ivanov said closing the base would be a mistake.\n",
        PUBLISHED,
        [("Sergei Ivanov", "closing the base would be a mistake", "2008-05-13")],
    )
