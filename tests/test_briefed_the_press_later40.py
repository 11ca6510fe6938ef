"""A lead places the speaker before the press on a day ("Foreign Minister Wang Yi on
Saturday briefed reporters on his talks with ..."), then a sentence tells the event the
briefing was about, a day earlier ("Wang held talks with ... on Friday ..."): the words
that follow were told to the reporters on Saturday, not at Friday's talks. Near miss: with
no meeting with the press in the lead, the talks' day stays the words' occasion. Stories
written here, in the manner of Global Times copy; each expected statement is checked for
its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 7, 27)

BRIEFED_AFTER_THE_TALKS = (
    "Wang briefs media on talks with Blinken\n\n"
    "Chinese Foreign Minister Wang Yi on Saturday briefed reporters on his talks with US "
    "Secretary of State Antony Blinken in Vientiane. Wang held talks with Blinken on Friday "
    "on the sidelines of the East Asia Summit foreign ministers' meeting. Wang said that "
    "dialogue between the two countries should be candid and practical.\n"
)
# near miss: no meeting with the press, the talks' day is the occasion
NO_BRIEFING = BRIEFED_AFTER_THE_TALKS.replace(
    "on Saturday briefed reporters on his talks with US Secretary of State Antony Blinken "
    "in Vientiane",
    "arrived in Vientiane on Saturday for meetings",
)


def test_briefed_after_the_talks() -> None:
    assert_statements(
        BRIEFED_AFTER_THE_TALKS,
        PUBLISHED,
        [("Wang Yi", "dialogue between the two countries", "2024-07-27")],
    )


def test_no_briefing() -> None:
    assert_statements(
        NO_BRIEFING,
        PUBLISHED,
        [("Wang Yi", "dialogue between the two countries", "2024-07-26")],
    )
