"""English wire copy (Reuters, AP, Bloomberg, dpa) in what it tells beside the saying: a
party named with a lower-case label after the speaker ("X of the conservative Y"), a
relative clause on the subject holding another message and its day, a flashback in the
pluperfect one paragraph before the speaker's next words, "earlier" made exact by the
same sentence's month, and an hour of the story's day on a live page. Pages and sentences
written here; each expected statement is checked for its speaker, its first words and
its day."""

import datetime

from tests.statement_checks import assert_statements

DPA_PARTY_LABEL = (
    "Vienna (dpa) - Austria's parliament approved the new asylum rules on Thursday after a "
    "heated debate.\n\n"
    "Opposition leader Herbert Kickl of the far-right Freedom Party said the rules would "
    'change "nothing at all," accusing the coalition of staging a show.\n\n'
    "Lawmaker Beate Meinl-Reisinger of the liberal NEOS party said the vote was overdue.\n"
)


def test_party_named_with_a_lower_case_label_after_the_speaker():
    assert_statements(
        DPA_PARTY_LABEL,
        datetime.date(2025, 3, 20),
        [
            ("Herbert Kickl", 'the rules would change "nothing at all,"', "2025-03-20"),
            ("Beate Meinl-Reisinger", "the vote was overdue", "2025-03-20"),
        ],
    )


REUTERS_BODY_DESCRIBED_THEN_NAMED = (
    "SARAJEVO, May 12 (Reuters) - Bosnian Serb leaders met in Banja Luka on Monday.\n\n"
    "The EU-led peacekeeping force in Bosnia, EUFOR, said in a statement that it was "
    "watching the situation closely.\n\n"
    "The U.N. mission in Lebanon, UNIFIL, said its patrols had come under fire.\n"
)


def test_body_told_by_a_description_then_named_in_the_appositive():
    assert_statements(
        REUTERS_BODY_DESCRIBED_THEN_NAMED,
        datetime.date(2025, 5, 12),
        [
            ("EUFOR", "it was watching the situation", "2025-05-12"),
            ("UNIFIL", "its patrols had come under fire", "2025-05-12"),
        ],
    )
