"""A UN noon briefing passes on the agencies' reports in the briefer's voice: "Our colleagues
at the World Health Organization tell us that ...", "our friends at UNICEF say ...", "the
International Organization for Migration reports that ...". The agency named is the one
speaking, not the briefer, though the sentence says "our" and "us"; an agency left unnamed
("our humanitarian partners say") leaves the paragraph the briefer's. Pages written here,
in the manner of the UN's transcripts; each expected statement is checked for its speaker,
its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

NOON_BRIEFING = (
    "Daily Press Briefing by the Office of the Spokesperson for the Secretary-General\n\n"
    "9 February 2024\n\n"
    "The following is a near-verbatim transcript of today's noon briefing by Stéphane "
    "Dujarric, Spokesman for the Secretary-General.\n\n"
    "**Myanmar\n\n"
    "Good afternoon. I will start with Myanmar, where fighting in Rakhine State has cut "
    "most roads into the state capital and prices have tripled in a month.\n\n"
    "Our colleagues at the World Food Programme tell us that they have reached only a "
    "fraction of the families they planned to feed this month.\n\n"
    "**Yemen\n\n"
    "Turning to Yemen, our friends at UNICEF say that one child in three in the north is "
    "now acutely malnourished.\n\n"
    "**Libya\n\n"
    "In Libya, the International Organization for Migration reports that boats leaving "
    "the western coast have doubled since January.\n\n"
    "**Sudan\n\n"
    "In Sudan, our humanitarian partners say they are still waiting for permission to "
    "send trucks across the border.\n"
)


def test_agencies_relayed_in_a_noon_briefing() -> None:
    assert_statements(
        NOON_BRIEFING,
        datetime.date(2024, 2, 9),
        [
            ("Stéphane Dujarric", "Good afternoon. I will start", "2024-02-09"),
            ("World Food Programme", "they have reached only a fraction", "2024-02-09"),
            ("UNICEF", "one child in three in the north", "2024-02-09"),
            (
                "International Organization for Migration",
                "boats leaving the western coast",
                "2024-02-09",
            ),
        ],
    )
