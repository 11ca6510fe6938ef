"""Probes of round 50 (Vietnamese, Jordanian and African readouts): "X identified A as B"
-- a thing named as what the speaker holds it to be is a description given in words, as
"classed A as B" is; only with "as" after the object and a subject who speaks (a person,
or a government or ministry speaking for its state): "police identified the attacker as
..." and "were identified as" name no one's view. Stories written here in the manner of
national news agencies."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 9, 18)
DAY = "2024-09-18"

_MINISTER_IDENTIFIED = (
    "HANOI, Sept 18 (VNA) - Deputy Prime Minister Tran Van Long on Wednesday identified "
    "digital transformation and clean energy as the pillars of the new partnership with "
    "Singapore.\n"
)

_PRONOUN_IDENTIFIES = (
    "AMMAN, Sept 18 (Petra) - Foreign Minister Khaled Nasser Obeidat met the visiting "
    "Norwegian envoy on Wednesday.\n\n"
    "He identifies the water shortage in the Jordan Valley as the gravest risk the Kingdom "
    "faces.\n"
)

_MINISTRY_IDENTIFYING = (
    "ADDIS ABABA, Sept 18 (ENA) - State Minister for Foreign Affairs Mesfin Tadesse Alemu "
    "on Wednesday addressed diplomats, identifying port access as a question of survival "
    "for the country.\n"
)

_NO_VIEW_IDENTIFIED = (
    "LAGOS, Sept 18 (NAN) - Police on Wednesday identified the driver as a 31-year-old "
    "trader from Ibadan.\n\n"
    "The two victims were identified as staff of the consulate.\n\n"
    "Interior Minister Bello Musa Adamu said the inquiry would be completed within a week.\n"
)


def test_a_minister_identifying_things_as_priorities_describes_them() -> None:
    assert_statements(
        _MINISTER_IDENTIFIED,
        PUBLISHED,
        [("Tran Van Long", "digital transformation and clean energy as the pillars", DAY)],
    )


def test_the_present_identifies_with_a_pronoun_subject() -> None:
    assert_statements(
        _PRONOUN_IDENTIFIES,
        PUBLISHED,
        [("Khaled Nasser Obeidat", "the water shortage in the Jordan Valley as", DAY)],
    )


def test_the_participle_identifying() -> None:
    assert_statements(
        _MINISTRY_IDENTIFYING,
        PUBLISHED,
        [("Mesfin Tadesse Alemu", "port access as a question of survival", DAY)],
    )


def test_an_identification_by_police_or_in_the_passive_gives_no_words() -> None:
    assert_statements(
        _NO_VIEW_IDENTIFIED,
        PUBLISHED,
        [("Bello Musa Adamu", "the inquiry would be completed", DAY)],
    )
