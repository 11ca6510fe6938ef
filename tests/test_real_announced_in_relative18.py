"""Detection on unseen real text (issue 8, eighteenth round): "X, who announced the accord in
Vilnius on Monday, said ...": announcing a thing the story names, with nothing of it told,
is an act and no statement, in a relative clause before the main verb of saying as much as
in a sentence of its own. Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2024, 3, 4)


def test_an_announcement_in_a_relative_clause_is_no_statement() -> None:
    found = extract(
        "RIGA, March 4 (Wire) - Foreign Minister Ilze Kalnina, who announced the agreement with "
        "her Estonian counterpart Mart Tamm at a joint news conference in Riga on Monday, said "
        'it opened "a new chapter" for the Baltic states.',
        published=MONDAY,
    )
    assert [s.text for s in found] == ['it opened "a new chapter" for the Baltic states']


def test_an_announced_decision_that_tells_what_it_is_stays() -> None:
    found = extract(
        "RIGA, March 4 (Wire) - Foreign Minister Ilze Kalnina, who announced the decision to "
        "recall the ambassador, said the step was overdue.",
        published=MONDAY,
    )
    assert [s.text for s in found] == [
        "the decision to recall the ambassador",
        "the step was overdue",
    ]
