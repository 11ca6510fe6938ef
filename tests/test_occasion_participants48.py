"""Who took part in talks (round 48): "The talks included Foreign Minister X, who
denounced ..." tells what a participant said at the talks the story reports, so the words
take the talks' day; "Those negotiations involved X, who ..." points back to an earlier
round the story has just named, so its words keep no day. Stories written here in the
manner of a wire report on nuclear diplomacy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 10, 12)

_EARLIER_ROUND = (
    "OSLO (Reuters) - Envoys from Caracas and the opposition met in Oslo on Wednesday for "
    "a new round of talks.\n\n"
    "An earlier round in Mexico City broke down in 2021. Those negotiations involved "
    "then-minister Luis Arce Mendez, who dismissed the opposition's demands as unrealistic.\n"
)


def test_a_participant_of_an_earlier_round_keeps_no_day() -> None:
    # "Those negotiations" points back to the round before: the words are from then
    assert_statements(
        _EARLIER_ROUND,
        PUBLISHED,
        [("Luis Arce Mendez", "the opposition's demands as unrealistic", "../2023-10-12")],
    )
