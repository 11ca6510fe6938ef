"""A Ukrainian agency's roundup of another outlet's report (UNN, as Ukrinform and UNIAN):
the lead closes on two relays (", The Guardian reports, UNN writes."). The body that
confirmed speaks, by its own name, not "UNN" (an outlet relaying); and both relays are
taken off the words ("..., Politico reports, UNN writes.").
Stories written here, in the manner of that outlet."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

RELAYED_LEAD = (
    "The German Foreign Office has confirmed that the meeting of foreign "
    "ministers on Ukraine in Berlin, which was due to take place today, has been postponed, "
    "The Guardian reports, UNN writes.\n\n"
    "Details\n\n"
    "Ukrainian Foreign Minister Andrii Sybiha said on Tuesday that Kyiv was ready to send its "
    "delegation, UNN writes.\n\n"
    '"We are ready for any format that brings a just peace," Sybiha said.\n'
)


def test_the_body_speaks_in_a_relayed_lead():
    assert_statements(
        RELAYED_LEAD,
        datetime.date(2025, 5, 14),
        [
            ("German Foreign Office", "the meeting of foreign ministers", "../2025-05-14"),
            ("Andrii Sybiha", "Kyiv was ready to send its delegation", "2025-05-13"),
            ("Andrii Sybiha", "We are ready for any format", "2025-05-13"),
        ],
    )


# both relays taken off the words: what the minister said ends before "Politico reports"
TWO_RELAYS = (
    "Polish Foreign Minister Radoslaw Sikorski has said that Warsaw will host "
    "the next round of talks, Politico reports, UNN writes.\n\n"
    "Details\n\n"
    "The talks were first held in Geneva.\n"
)


def test_two_relays_are_no_part_of_the_words():
    found = extract(TWO_RELAYS, published=datetime.date(2025, 6, 3))
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        ("Radoslaw Sikorski", "Warsaw will host the next round of talks", "../2025-06-03")
    ]
