"""A day told with "comments made earlier by X" places the answer on that day, not X: X's
words came before it ("The ministry stated its stance Thursday in response to questions
about comments made earlier by adviser Wi Sung-lac, ... Wi suggested that ...": Wi's words
are not Thursday's). The same sentence naming the speaker before it as the one who
answers still places him there. Stories written here, in the manner of KBS World's
English pages; each expected statement is checked for its speaker, its first words and
its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2026, 1, 9)

MADE_EARLIER_BY = (
    "date 2026-01-09 Photo : KBS News\n\n"
    "The unification ministry on Thursday answered questions about comments made earlier "
    "by national security adviser Wi Sung-lac.\n"
    "Wi suggested that hasty remarks from Seoul may have hardened the North\u2019s stance.\n"
)
# the day inside the ministry's own words
SPOKEN_ON_THE_DAY = (
    "date 2026-01-09 Photo : KBS News\n\n"
    "The unification ministry said it had spoken Thursday in response to questions about "
    "comments made earlier by national security adviser Wi Sung-lac.\n"
    "Wi suggested that hasty remarks from Seoul may have hardened the North\u2019s stance.\n"
)
# near miss: the speaker answers on that day comments someone else made earlier
ANSWERS_ON_THE_DAY = (
    "date 2026-01-09 Photo : KBS News\n\n"
    "National security adviser Wi Sung-lac on Thursday answered questions about comments "
    "made earlier by the unification ministry.\n"
    "Wi suggested that hasty remarks from Seoul may have hardened the North\u2019s stance.\n"
)


def test_made_earlier_by() -> None:
    assert_statements(
        MADE_EARLIER_BY,
        PUBLISHED,
        [("Wi Sung-lac", "hasty remarks from Seoul", "../2026-01-09")],
    )


def test_spoken_on_the_day() -> None:
    assert_statements(
        SPOKEN_ON_THE_DAY,
        PUBLISHED,
        [
            ("Unification Ministry", "it had spoken Thursday", "2026-01-09"),
            ("Wi Sung-lac", "hasty remarks from Seoul", "../2026-01-09"),
        ],
    )


def test_answers_on_the_day() -> None:
    assert_statements(
        ANSWERS_ON_THE_DAY,
        PUBLISHED,
        [("Wi Sung-lac", "hasty remarks from Seoul", "2026-01-08")],
    )
