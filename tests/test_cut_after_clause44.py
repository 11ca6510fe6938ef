"""An excerpt cut off in an adverbial clause set off after a finished clause of saying: 'X on
Wednesday called Y a "dictator", after a day earlier accusing Kyiv of having "s'. The words
before the comma are finished and are X's; the cut words after it are not. Near miss: the
verb inside a relative clause that names a thing ('The talks, which X called "useful", after
...'), where no statement was finished before the cut. Sentences written here in the manner
of wire copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 2, 19)  # a Wednesday
DAY = "2025-02-19"
LEAD = (
    "PARIS (AFP) - European leaders met in Paris.\n\n"
    "French President Emmanuel Macron said the meeting had been useful.\n"
)


def test_cut_in_clause_after_finished_saying() -> None:
    assert_statements(
        LEAD + 'Trump on Wednesday called Zelensky a "dictator", after a day earlier accusing '
        'Kyiv of having "st',
        PUBLISHED,
        [
            ("Emmanuel Macron", "the meeting had been useful", DAY),
            ("Trump", 'Zelensky a "dictator"', DAY),
        ],
    )


def test_cut_in_clause_after_a_naming_relative() -> None:
    # near miss: "which X called" names the talks; nothing X said was finished before the cut
    assert_statements(
        LEAD + 'The talks, which Lavrov called "useful", after a day of delays were descr',
        PUBLISHED,
        [("Emmanuel Macron", "the meeting had been useful", DAY)],
    )
