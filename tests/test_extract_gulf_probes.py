"""Failure classes found on real English copy of Gulf state agencies (KUNA, WAM, SPA) and
their relays, issue 8; each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker

SUNDAY = datetime.date(2024, 5, 12)


def test_a_style_of_address_is_no_part_of_the_name() -> None:
    # "His Excellency Mohammed bin Ahmed Al Bawardi" was recorded as "Excellency Mohammed
    # bin Ahmed Al Bawardi"
    for phrase, name in (
        ("His Excellency Saeed bin Rashid Al Marri", "Saeed bin Rashid Al Marri"),
        ("Her Excellency Noura bint Khalid Al Saadi", "Noura bint Khalid Al Saadi"),
        ("His Highness Sheikh Hamdan bin Saif Al Qasimi", "Hamdan bin Saif Al Qasimi"),
    ):
        found = parse_speaker(phrase)
        assert found is not None and found.name == name, phrase


def test_bint_joins_a_womans_name_as_bin_does() -> None:
    # "Reem bint Ibrahim Al Hashemy said": the speaker came out as "Ibrahim Al Hashemy"
    text = "Minister of State Noura bint Khalid Al Saadi said the forum had been a success."
    found = extract(text, published=SUNDAY)
    assert [s.speaker for s in found] == ["Noura bint Khalid Al Saadi"]


def test_a_states_name_before_a_title_is_its_state() -> None:
    # "Kuwait Minister of Foreign Affairs X met ... the Advisor to the US Secretary of State,
    # Y ... the US official expressed ...": X was of no known state, so "the US official"
    # fell to him
    text = (
        "Kuwait Minister of Foreign Affairs Sheikh Fahad Al-Mutairi met on Monday with the "
        "Adviser to the US Secretary of State, Daniel Roe, in New York.\n\n"
        "For his part, the US official expressed his understanding of Kuwait's position on "
        "the ruling."
    )
    found = extract(text, published=SUNDAY)
    assert [s.speaker for s in found] == ["Daniel Roe"]
    assert parse_speaker("Kuwait Foreign Minister Fahad Al-Mutairi").country == "Kuwait"


def test_an_american_states_governor_is_of_no_country() -> None:
    # guard: "Georgia Governor X" is the American state's, not the country's
    assert parse_speaker("Georgia Governor Brian Kemp").country is None


def test_carriers_are_bodies_and_strikes_no_one() -> None:
    # "Qatar Airways" and "Turkish Airlines" were read as people (recorded as officials), and
    # a headline's "Deadly Kyiv Strike" as a person too
    for phrase in ("Qatar Airways", "Turkish Airlines", "Gulf Air Airline"):
        found = parse_speaker(phrase)
        assert found is not None and found.kind == "institution", phrase
    assert parse_speaker("Deadly Harbour Strike") is None
