"""A time adverb set off by a comma before the phrase that dates the words ("Earlier, on
April 3, the ministry condemned in the strongest terms ..."): the whole opening is the
reporter's, never the words said, and its date is the statement's. Stories written here, in
the manner of Gulf and Levant agency copy."""

import datetime

import pytest

from tests.statement_checks import assert_statements

EARLIER_ON_A_DAY = (
    "Kingdom condemns strike on shelter\n\n"
    "Riyadh, May 02, 2025, SPA -- The Ministry of Foreign Affairs expressed today the "
    "Kingdom's rejection of the strike on the school.\n\n"
    "Earlier, on April 28, the Ministry of Foreign Affairs had condemned in the strongest "
    "terms the shelling of a shelter in Khan Younis, describing it as a grave breach of "
    "international law.\n"
)
PREVIOUSLY_ON_A_DAY = (
    "Ministry statement\n\n"
    "AMMAN, June 4 (Petra) - The Foreign Ministry said on Wednesday it would send aid convoys "
    "to Gaza.\n\n"
    "Previously, on June 1, the ministry denounced in the harshest terms the settler attack "
    "on the village of Turmusayya.\n"
)
# near miss, right on both: the dated phrase alone, no adverb before it
ON_A_DAY = (
    "Ministry statement\n\n"
    "AMMAN, June 4 (Petra) - The Foreign Ministry said on Wednesday it would send aid convoys "
    "to Gaza.\n\n"
    "On June 1, the ministry denounced in the harshest terms the settler attack on the "
    "village of Turmusayya.\n"
)


@pytest.mark.parametrize(
    ("page", "published", "want"),
    [
        (
            EARLIER_ON_A_DAY,
            datetime.date(2025, 5, 2),
            [
                ("The Ministry of Foreign Affairs", "expressed today the Kingdom", "2025-05-02"),
                ("The Ministry of Foreign Affairs", "condemned in the strongest", "2025-04-28"),
            ],
        ),
        (
            PREVIOUSLY_ON_A_DAY,
            datetime.date(2025, 6, 4),
            [
                ("Jordanian Foreign Ministry", "it would send aid convoys", "2025-06-04"),
                ("Jordanian Foreign Ministry", "denounced in the harshest", "2025-06-01"),
            ],
        ),
        (
            ON_A_DAY,
            datetime.date(2025, 6, 4),
            [
                ("Jordanian Foreign Ministry", "it would send aid convoys", "2025-06-04"),
                ("Jordanian Foreign Ministry", "denounced in the harshest", "2025-06-01"),
            ],
        ),
    ],
)
def test_fronted_time_adverbs(page: str, published: datetime.date, want: list) -> None:
    assert_statements(page, published, want)
