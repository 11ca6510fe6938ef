"""Round thirty-seven, English wire copy: "the minister" is a minister, not the prime
minister named since ("the 52-year-old minister" after "Prime Minister X and ..."); "X's
office said in a statement ... The statement said" stays the office's words, not X's own
(and a senator's spokesman quoted after it does not speak for that office); a time set
before the subject ("By Tuesday evening, the challenger had conceded.") is when, no one's
words; the Spanish-language wires' dateline "Rio de Janeiro (EFE).-", with a particle in
lower case or an accent in the place, opens no speaker's name. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2025, 9, 18)


def test_the_minister_is_not_the_prime_minister_named_since() -> None:
    text = (
        "Chisinau (AFP) - Moldova will not let the vote be bought, Moldovan Foreign Minister "
        "Mihai Popsoi told AFP in an interview on Wednesday.\n\n"
        "Prime Minister Dorin Recean and President Maia Sandu met EU envoys in the capital "
        "on Monday.\n\n"
        "Asked about the pro-Russian parties, the 40-year-old minister said the money "
        'behind them was "no secret to anyone."\n'
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Mihai Popsoi", "Moldova will not let the vote be bought", "2025-09-17"),
            ("Mihai Popsoi", 'the money behind them was "no secret', "2025-09-17"),
        ],
    )


def test_the_statement_of_an_office_stays_the_office_words() -> None:
    text = (
        "ROME (Reuters) - Prime Minister Giorgia Meloni's office said in a statement on "
        "Wednesday that Italy would send two more air defence units to Kyiv. The statement "
        "said the units would be delivered before the winter.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            (
                "Prime Minister Giorgia Meloni's office",
                "Italy would send two more air defence units",
                "2025-09-17",
            ),
            (
                "Prime Minister Giorgia Meloni's office",
                "the units would be delivered before the winter",
                "2025-09-17",
            ),
        ],
    )


def test_a_senators_spokesman_does_not_speak_for_the_office_that_led() -> None:
    """The senator's aide, quoted with no day after the office's dated statement, is not
    given the office's day (the statement's second line, read as the president's, hid
    this on the starting code)."""
    text = (
        "WASHINGTON (AP) — President Donald Trump's administration said in a statement on "
        "Tuesday that it would freeze the grants. The statement said the freeze would last "
        "60 days.\n\n"
        "Senator Tim Kaine's spokesman, Jonathan Fanning, said the freeze broke the law.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("President Donald Trump's administration", "it would freeze the grants", "2025-09-16"),
            ("President Donald Trump's administration", "the freeze would last", "2025-09-16"),
            ("Jonathan Fanning", "the freeze broke the law", "2025-09-18"),
        ],
    )


def test_a_day_set_before_the_subject_of_a_bare_verb_is_no_ones_words() -> None:
    text = (
        "LISBON (AP) — Portugal's Socialists lost the runoff, the electoral commission "
        "said Tuesday.\n\n"
        'By Tuesday evening, the challenger had conceded. "The people chose, and we '
        'respect it," Ana Gomes wrote on X.\n'
    )
    assert_statements(
        text,
        _DAY,
        [
            ("the electoral commission", "Portugal's Socialists lost the runoff", "2025-09-16"),
            ("Ana Gomes", "The people chose, and we respect it", "2025-09-16"),
        ],
    )


def test_a_spanish_wire_dateline_with_a_particle_opens_no_speaker() -> None:
    text = (
        "Buenos Aires (EFE).- Argentina's government on Tuesday announced new export rules "
        'and warned against "unfair practices", in a statement from the presidency.\n\n'
        "Economy Minister Luis Caputo said the rules would take effect next month.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Argentine Government", "new export rules", "2025-09-16"),
            ("Luis Caputo", "the rules would take effect next month", "2025-09-18"),
        ],
    )


def test_a_dateline_with_an_accented_place_opens_no_speaker() -> None:
    text = (
        "Bogotá (EFE).- The Colombian Foreign Ministry on Wednesday rejected the US "
        'decertification and said it was "an unjust decision".\n'
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Colombian Foreign Ministry", 'it was "an unjust decision"', "2025-09-17"),
        ],
    )
