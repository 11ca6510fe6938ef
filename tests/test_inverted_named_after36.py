"""An inverted attribution whose description comes first and the name after a comma, the name
running on into the body it serves or the occasion with no comma of its own ('"...," said a
senior diplomat, Maria Santos of the Foreign Ministry.'): the name speaks, not the
description (which names no one, so the statement was lost). Stories written here, in the
manner of wire copy; each expected statement is checked for its speaker, its first words and
its day."""

import datetime

import pytest

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 12)

NAME_OF_THE_BODY = (
    "Manila protests over shoal\n\n"
    "MANILA, March 12 (Wire) - The Philippines lodged a protest with Beijing over the "
    'blockade of the shoal. "We will not be intimidated," said a senior diplomat, Teresita '
    "Daza of the Department of Foreign Affairs.\n"
)
NAME_FROM_THE_BODY = (
    "Brussels weighs tariffs\n\n"
    "BRUSSELS, March 12 (Wire) - The European Union is studying a response to the new "
    'duties. "All options remain on the table," said a trade spokesman, Olof Gill from the '
    "European Commission.\n"
)
# near miss, right on both: the occasion after the name ends the speaker phrase already
NAME_AT_THE_BRIEFING = (
    "Beijing rejects report\n\n"
    "BEIJING, March 12 (Wire) - China dismissed a report on its military budget. "
    '"The report is groundless," said the ministry\'s spokeswoman, Mao Ning at a regular '
    "news briefing on Tuesday.\n"
)
# near miss, right on both: a comma after the name
NAME_THEN_COMMA = (
    "Manila protests over shoal\n\n"
    "MANILA, March 12 (Wire) - The Philippines lodged a protest with Beijing over the "
    'blockade of the shoal. "We will not be intimidated," said a senior diplomat, Teresita '
    "Daza, of the Department of Foreign Affairs.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NAME_OF_THE_BODY, [("Teresita Daza", "We will not be intimidated", "2025-03-12")]),
        (NAME_FROM_THE_BODY, [("Olof Gill", "All options remain", "2025-03-12")]),
        (NAME_AT_THE_BRIEFING, [("Mao Ning", "The report is groundless", "2025-03-11")]),
        (NAME_THEN_COMMA, [("Teresita Daza", "We will not be intimidated", "2025-03-12")]),
    ],
)
def test_name_after_the_description_speaks(text: str, expected: list) -> None:
    assert_statements(text, PUBLISHED, expected)
