"""A sentence opening on "Her" or "His" after a subject named in full with its title
("Foreign Minister Lusia Tora said ... Her ministry ...") tells that person's gender even
when another person of the story bears the same family name: the title-led full name is
no bare "Tora"."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements


def test_her_after_a_titled_full_name_genders_it_beside_a_namesake() -> None:
    text = (
        "Minister backs new port deal\n\n"
        "SUVA (AFP) - Foreign Minister Lusia Tora said on Tuesday that the port agreement "
        "would be signed next month. Her ministry released a short outline of its terms.\n\n"
        "Former minister Sam Tora said the lease ran for far too long.\n\n"
        "She told the parliament that the lease could be reviewed after ten years."
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 4),
        [
            ("Lusia Tora", "the port agreement would be signed", "2025-03-04"),
            ("Sam Tora", "the lease ran for far too long", "2025-03-04"),
            ("Lusia Tora", "the lease could be reviewed", "2025-03-04"),
        ],
    )


def test_her_office_after_a_titled_full_name_beside_a_namesake_named_later() -> None:
    # (a near miss: passes on the earlier code too, the namesake's own name telling him apart)
    text = (
        "Nuku'alofa weighs fisheries pact\n\n"
        "NUKU'ALOFA (RNZ Pacific) - Fisheries Minister Ana Kalo said on Friday that the "
        "licences would be cut by a third. Her office will publish the quotas in May.\n\n"
        "Opposition MP Tevita Kalo said the cut would ruin small boat owners.\n\n"
        "She told reporters that the quotas would be reviewed every year."
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 7),
        [
            ("Ana Kalo", "the licences would be cut", "2025-03-07"),
            ("Tevita Kalo", "the cut would ruin small boat owners", "2025-03-07"),
            ("Ana Kalo", "the quotas would be reviewed", "2025-03-07"),
        ],
    )
