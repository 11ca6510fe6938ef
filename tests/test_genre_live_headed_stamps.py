"""Live pages copied with each entry's time and heading on one line ("17:05 Sánchez: 'a
good day for Spain'", "16.20 – Orbán leaves the room"): every such line opens an entry,
and an entry's opening "X has told reporters ..." is news of the entry's day, not words
from before the page. A heading that quotes its speaker on a line of its own, below a
bare time, is no paragraph of the entry either. Pages written here, in the manner of live
pages; each expected statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

HEADED_STAMPS = (
    "Climate summit live: deal on loss and damage fund as talks run over\n\n"
    "Sat 18 Nov 2023 21.10 GMT\n\n"
    "19:45 Guterres urges 'no backsliding'\n\n"
    "UN Secretary-General António Guterres has told delegates in the closing plenary that "
    "the fund must be filled within a year.\n\n"
    "18:30 \u2013 Kerry on coal\n\n"
    "US climate envoy John Kerry has said the text on coal is weaker than Washington wanted "
    "but still a step forward.\n\n"
    "17:05 Mottley: 'the small islands held the line'\n\n"
    "Barbados Prime Minister Mia Mottley told reporters that the small island states had "
    "refused to accept a deal without the fund.\n"
)

# the time alone on its line, the heading quoting its speaker below it
QUOTED_HEADING_BELOW = (
    "Climate summit live: deal on loss and damage fund\n\n"
    "Sat 18 Nov 2023 21.10 GMT\n\n"
    "19:45\n\n"
    'Guterres: "We cannot leave this room empty-handed"\n\n'
    "UN Secretary-General António Guterres has told delegates in the closing plenary that "
    "the fund must be filled within a year.\n\n"
    "18:30\n\n"
    "Kerry on coal\n\n"
    "US climate envoy John Kerry has said the text on coal is weaker than Washington wanted "
    "but still a step forward.\n"
)


def test_entries_with_time_and_heading_on_one_line() -> None:
    assert_statements(
        HEADED_STAMPS,
        datetime.date(2023, 11, 18),
        [
            ("António Guterres", "the fund must be filled", "2023-11-18"),
            ("John Kerry", "the text on coal is weaker", "2023-11-18"),
            ("Mia Mottley", "the small island states", "2023-11-18"),
        ],
    )


def test_quoted_heading_below_a_bare_time() -> None:
    assert_statements(
        QUOTED_HEADING_BELOW,
        datetime.date(2023, 11, 18),
        [
            ("António Guterres", "We cannot leave this room", "2023-11-18"),
            ("António Guterres", "the fund must be filled", "2023-11-18"),
            ("John Kerry", "the text on coal is weaker", "2023-11-18"),
        ],
    )
