"""After "said on Saturday", a clause opening with no "that" ("the upper chamber had resolved
that ...") is the words from its subject on: a noun with its adjectives is a subject as a bare
noun is, and the later "that" belongs to the clause's own verb. Stories written here, in the
manner of Nigerian and Gulf English-language dailies."""

import datetime

import pytest

from tests.statement_checks import assert_statements

ADJECTIVE_THEN_NOUN = (
    "Senate backs talks with junta\n\n"
    "ABUJA, 8 August\n\n"
    "Deputy Senate President Barau Jibrin said on Sunday the upper house had agreed that "
    "sanctions should be eased for food and medicine.\n"
)
TWO_ADJECTIVES = (
    "Gulf ministers meet in Muscat\n\n"
    "MUSCAT, 8 August\n\n"
    "Oman's Foreign Minister Badr Albusaidi said on Wednesday the two visiting delegations "
    "had accepted that a truce was the first step.\n"
)
# near miss, right on both: a bare noun after "the", then its clause
BARE_NOUN = (
    "Senate backs talks with junta\n\n"
    "ABUJA, 8 August\n\n"
    "Deputy Senate President Barau Jibrin said on Sunday the chamber had agreed that "
    "sanctions should be eased for food and medicine.\n"
)
# near miss, right on both: a relative "that" after the occasion's noun
OCCASION_THEN_THAT = (
    "Senate backs talks with junta\n\n"
    "ABUJA, 8 August\n\n"
    "Deputy Senate President Barau Jibrin said on Sunday after a meeting with the governors "
    "that sanctions should be eased for food and medicine.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (ADJECTIVE_THEN_NOUN, ("Barau Jibrin", "the upper house had agreed that", "2026-08-02")),
        (TWO_ADJECTIVES, ("Badr Albusaidi", "the two visiting delegations had", "2026-08-05")),
        (BARE_NOUN, ("Barau Jibrin", "the chamber had agreed that", "2026-08-02")),
        (OCCASION_THEN_THAT, ("Barau Jibrin", "sanctions should be eased", "2026-08-02")),
    ],
)
def test_clause_after_the_day_opens_at_its_subject(page, want):
    assert_statements(page, datetime.date(2026, 8, 8), [want])
