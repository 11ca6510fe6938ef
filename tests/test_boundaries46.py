"""Statements missed at their boundaries: a name with the particle "del" ("Albert del
Rosario said ...") read as no one's name, so the clause it opens gave nothing, and after a
quotation, a participle of adding with its comma left out ('"...," X said adding that
...'), whose point was dropped. The near misses: a delegate's "Del." stays a title, the
clause-first form with no comma stays one statement (as the corpus keeps 'X said A,
adding that B'). Sentences written here in the manner of agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 5, 29)  # a Wednesday
DAY = "2024-05-29"


def test_a_name_with_del_opens_the_clause() -> None:
    assert_statements(
        "MANILA, May 29 (Reuters) - Former foreign secretary Albert del Rosario said on "
        "Wednesday that Manila should bring the dispute before an international court.\n",
        PUBLISHED,
        [("Albert del Rosario", "Manila should bring the dispute before", DAY)],
    )


def test_a_name_with_del_after_while_is_a_second_speaker() -> None:
    assert_statements(
        "MANILA, May 29 (Reuters) - \u201cWe have to keep filing our complaints, however "
        "long it takes,\u201d Senator Ralph Recto told reporters on Wednesday, while Albert "
        "del Rosario said the government should seek support from its allies.\n",
        PUBLISHED,
        [
            ("Ralph Recto", "We have to keep filing our complaints", DAY),
            ("Albert del Rosario", "the government should seek support", DAY),
        ],
    )


def test_other_particles_still_name() -> None:
    # near miss: the particles read before keep their names
    assert_statements(
        "THE HAGUE, May 29 (Reuters) - Dutch minister Frans van Berg said on Wednesday "
        "that the navy would send a frigate to the region.\n",
        PUBLISHED,
        [("Frans van Berg", "the navy would send a frigate", DAY)],
    )


def test_adding_with_no_comma_after_a_quotation_is_its_own_point() -> None:
    assert_statements(
        "BERLIN, May 29 (Reuters) - \u201cOn Tuesday, the Ukrainian foreign minister will "
        "be in Berlin for talks,\u201d foreign ministry spokeswoman Maria Adebahr said on "
        "Wednesday. \u201cThe talks will cover air defence,\u201d Adebahr said adding that "
        "Germany would announce a new package of aid within days.\n",
        PUBLISHED,
        [
            ("Maria Adebahr", "On Tuesday, the Ukrainian foreign minister", DAY),
            ("Maria Adebahr", "The talks will cover air defence", DAY),
            ("Maria Adebahr", "Germany would announce a new package", DAY),
        ],
    )


def test_adding_with_no_comma_after_a_clause_stays_one_statement() -> None:
    # near miss: with no quotation before it, the participle goes on with the same words
    assert_statements(
        "BERLIN, May 29 (Reuters) - Foreign ministry spokeswoman Maria Adebahr said on "
        "Wednesday the visit had been planned for weeks adding that both ministers would "
        "meet the press.\n",
        PUBLISHED,
        [("Maria Adebahr", "the visit had been planned for weeks adding that", DAY)],
    )


def test_a_delegates_del_stays_a_title() -> None:
    # near miss: "Del." with its dot is a state delegate's title, no part of the name
    assert_statements(
        "RICHMOND, Va., May 29 (Reuters) - Del. Maria Lopez said on Wednesday that the "
        "state would review its contracts with Chinese suppliers.\n",
        PUBLISHED,
        [("Maria Lopez", "the state would review its contracts", DAY)],
    )
