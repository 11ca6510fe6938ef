"""Review rv46d: a verb of informing after "kept his promise and", a short clause of content
that ends "this way", and a place name with "del" or "de" after "the governor of"; each
with the near miss the earlier rule was written for. Sentences written here in the manner
of agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2021, 4, 14)  # a Wednesday
DAY = "2021-04-14"


def test_kept_a_promise_and_informed_still_tells() -> None:
    # "kept his promise and": a verb phrase of its own, then a verb of informing
    assert_statements(
        "KYIV, April 14 (Reuters) - Foreign Minister Dmytro Kuleba kept his promise and "
        "informed lawmakers on Wednesday that the first jets would arrive in the summer.\n",
        PUBLISHED,
        [("Dmytro Kuleba", "the first jets would arrive in the summer", DAY)],
    )


def test_stayed_on_message_and_apprised_still_tells() -> None:
    assert_statements(
        "ISLAMABAD, April 14 (Reuters) - Foreign Minister Ishaq Dar stayed on message and "
        "apprised the Senate on Wednesday that Pakistan had raised the issue with Kabul.\n",
        PUBLISHED,
        [("Ishaq Dar", "Pakistan had raised the issue with Kabul", DAY)],
    )


def test_kept_the_allies_fully_informed_of_strikes_tells_nothing() -> None:
    # near miss: the state kept, its "of" the news kept up with, no hearer told
    assert_statements(
        "KYIV, April 14 (Reuters) - Foreign Minister Dmytro Kuleba kept the allies fully "
        "informed of every strike on the plant.\n",
        PUBLISHED,
        [],
    )


def test_explained_that_a_short_clause_ends_this_way_keeps_its_words() -> None:
    assert_statements(
        "WASHINGTON, April 14 (Reuters) - Secretary of State Antony Blinken explained that "
        "the sanctions had been built this way.\n",
        PUBLISHED,
        [("Antony Blinken", "the sanctions had been built this way", DAY)],
    )


def test_explained_a_clause_with_no_that_keeps_its_words() -> None:
    assert_statements(
        "BERLIN, April 14 (Reuters) - Chancellor Olaf Scholz explained on Wednesday that "
        "Germany had always acted this way.\n",
        PUBLISHED,
        [("Olaf Scholz", "Germany had always acted this way", DAY)],
    )


def test_described_an_object_as_follows_is_a_lead_in() -> None:
    # near miss: an object phrase, then the pointer to words still to come
    assert_statements(
        "BRUSSELS, April 14 (Reuters) - EU foreign policy chief Josep Borrell described the "
        "situation in Gaza as follows.\n",
        PUBLISHED,
        [],
    )


def test_the_governor_of_valle_del_cauca_is_no_person() -> None:
    assert_statements(
        "BOGOTA, April 14 (Reuters) - The governor of Valle del Cauca said on Wednesday that "
        "the army had retaken the town.\n",
        PUBLISHED,
        [],
    )


def test_the_mayor_of_mar_del_plata_is_no_person() -> None:
    assert_statements(
        "BUENOS AIRES, April 14 (Reuters) - The mayor of Mar del Plata told reporters on "
        "Wednesday that the port would reopen on Friday.\n",
        PUBLISHED,
        [],
    )


def test_the_mayor_of_san_vicente_del_caguan_is_no_person() -> None:
    assert_statements(
        "BOGOTA, April 14 (Reuters) - The mayor of San Vicente del Caguan said on Wednesday "
        "that the army had retaken the town.\n",
        PUBLISHED,
        [],
    )


def test_the_governor_of_rio_de_janeiro_is_no_person() -> None:
    assert_statements(
        "RIO DE JANEIRO, April 14 (Reuters) - The governor of Rio de Janeiro said on "
        "Wednesday that the police had retaken the favela.\n",
        PUBLISHED,
        [],
    )


def test_a_name_with_del_after_a_post_of_a_field_is_still_a_person() -> None:
    # near miss: "Secretary of Foreign Affairs" is a field, then the name with its particle
    assert_statements(
        "MANILA, April 14 (Reuters) - Former Secretary of Foreign Affairs Albert del Rosario "
        "said on Wednesday that the ruling was final.\n",
        PUBLISHED,
        [("Albert del Rosario", "the ruling was final", DAY)],
    )
