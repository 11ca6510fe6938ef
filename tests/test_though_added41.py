"""A verb of saying joined to an attribution by "though" or "yet" after a comma, with no
subject of its own ('"...," Kirby said, though added there are ...'), is the same speaker's,
as after "but". Sentences written here in the manner of a US broadcaster's live updates;
each expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 1, 16)

LEAD = (
    "White House National Security Council spokesperson John Kirby spoke to reporters on "
    "Thursday about the hostage talks.\n\n"
)
THOUGH_ADDED = LEAD + (
    '"We expect the first releases to begin over the weekend," Kirby said, though added there '
    'are still "a few loose ends to tie up" with the mediators in Doha.\n'
)
YET_WARNED = LEAD + (
    '"The framework is agreed and both sides have signed off on it," Kirby said, yet warned '
    "that the first phase could still be delayed by several days.\n"
)
# near miss: "though" opening a clause with a subject of its own gives that subject the verb
THOUGH_OTHERS_SAID = LEAD + (
    '"We expect the first releases to begin over the weekend," Kirby said, though Israeli '
    "officials said the timing was not yet settled.\n"
)


def test_though_added() -> None:
    assert_statements(
        THOUGH_ADDED,
        PUBLISHED,
        [
            ("John Kirby", "We expect the first releases", "2025-01-16"),
            ("John Kirby", 'there are still "a few loose ends', "2025-01-16"),
        ],
    )


def test_yet_warned() -> None:
    assert_statements(
        YET_WARNED,
        PUBLISHED,
        [
            ("John Kirby", "The framework is agreed", "2025-01-16"),
            ("John Kirby", "the first phase could still be delayed", "2025-01-16"),
        ],
    )


def test_though_with_its_own_subject() -> None:
    assert_statements(
        THOUGH_OTHERS_SAID,
        PUBLISHED,
        [("John Kirby", "We expect the first releases", "2025-01-16")],
    )
