""" "Claimed the assault", "who claimed the bombing": an attack owned, as "claimed
responsibility" is, no words told; but "claimed the strikes had hit ..." says that. Stories
written here, in the manner of Gulf and Levant English-language outlets."""

import datetime

import pytest

from tests.statement_checks import assert_statements

WHO_CLAIMED_THE_ASSAULT = (
    "Rebels threaten new strikes\n\n"
    "SANAA, 9 June\n\n"
    "Houthi spokesman Mohammed Abdulsalam, who claimed the assault on the Ras Tanura "
    "terminal, told Al Masirah on Sunday that more drones were ready.\n"
)
CLAIMED_THE_RAID_IN_A_STATEMENT = (
    "Rebels threaten new strikes\n\n"
    "SANAA, 9 June\n\n"
    "The Houthis claimed the raid in a statement on Sunday.\n"
)
# near miss, right on both: a clause after the noun is what was claimed
CLAIMED_THE_STRIKES_HAD_HIT = (
    "Rebels threaten new strikes\n\n"
    "SANAA, 9 June\n\n"
    "Houthi military spokesman Yahya Saree claimed on Sunday the strikes had hit two tankers.\n"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            WHO_CLAIMED_THE_ASSAULT,
            [("Mohammed Abdulsalam", "more drones were ready", "2026-06-07")],
        ),
        (CLAIMED_THE_RAID_IN_A_STATEMENT, []),
        (CLAIMED_THE_STRIKES_HAD_HIT, [("Yahya Saree", "the strikes had hit", "2026-06-07")]),
    ],
)
def test_an_attack_claimed_is_no_statement(page, want):
    assert_statements(page, datetime.date(2026, 6, 9), want)
