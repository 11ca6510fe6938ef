"""A Ukrainian agency's roundup of another outlet's report (UNN, as Ukrinform and UNIAN): the
page's first line is its lead, glued to the crawl's date line, and closes on two relays
(", The Guardian reports, UNN writes."). The body that confirmed speaks, by its own name,
not "UNN" (an outlet relaying), nor "date 2025-05-14 The German Foreign Office"; and both
relays are taken off the words ("..., Politico reports, UNN writes.").
Stories written here, in the manner of that outlet."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

RELAYED_LEAD = (
    " date 2025-05-14 The German Foreign Office has confirmed that the meeting of foreign "
    "ministers on Ukraine in Berlin, which was due to take place today, has been postponed, "
    "The Guardian reports, UNN writes.\n\n"
    "Details\n\n"
    "Ukrainian Foreign Minister Andrii Sybiha said on Tuesday that Kyiv was ready to send its "
    "delegation, UNN writes.\n\n"
    '"We are ready for any format that brings a just peace," Sybiha said.\n'
)

# the crawl's date line glued to a lead with one relay, by an outlet the lists knew before
ONE_RELAY = (
    " date 2025-05-14 The Polish Foreign Ministry has confirmed that the talks on grain "
    "transit will resume next week, Reuters reports.\n\n"
    "Details\n\n"
    "The talks were suspended in April.\n"
)


def test_the_crawl_date_line_is_no_part_of_the_name():
    assert_statements(
        ONE_RELAY,
        datetime.date(2025, 5, 14),
        [("Polish Foreign Ministry", "the talks on grain transit will resume", "../2025-05-14")],
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
    " date 2025-06-03 Polish Foreign Minister Radoslaw Sikorski has said that Warsaw will host "
    "the next round of talks, Politico reports, UNN writes.\n\n"
    "Details\n\n"
    "The talks were first held in Geneva.\n"
)


def test_two_relays_are_no_part_of_the_words():
    found = extract(TWO_RELAYS, published=datetime.date(2025, 6, 3))
    assert [(s.speaker, s.text, s.said_on) for s in found] == [
        ("Radoslaw Sikorski", "Warsaw will host the next round of talks", "../2025-06-03")
    ]
