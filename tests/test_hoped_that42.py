"""A readout's "He hoped that ...": a wish voiced at the meeting is a reported statement of
the one who voiced it, as "expressed hope that ..." is. Only the past tense with its clause is
a cue ("the hope that", "hopes that" are not). Sentences written here in the manner of a UN
spokesperson's readout; each expected statement is checked for its speaker, its first words
and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 12)

READOUT = (
    "Secretary-General António Guterres met today with Foreign Minister Penny Wong of "
    "Australia.\n\n"
    "In the meeting, Mr. Guterres thanked Australia for its support to the humanitarian "
    "appeal for Gaza. He hoped that before the donors' conference in Brussels next month, "
    "Member States would be able to announce new pledges.\n"
)
# near miss: the hope as a noun, no verb of its own, tells no words
THE_HOPE = (
    "Secretary-General António Guterres met today with Foreign Minister Penny Wong of "
    "Australia.\n\n"
    "In the meeting, Mr. Guterres thanked Australia for its support to the humanitarian "
    "appeal for Gaza. The meeting ended with the hope that Member States would announce new "
    "pledges.\n"
)


def test_hoped_that_in_a_readout() -> None:
    assert_statements(
        READOUT,
        PUBLISHED,
        [
            ("António Guterres", "thanked Australia for its support", "2024-03-12"),
            ("António Guterres", "before the donors' conference in Brussels", "2024-03-12"),
        ],
    )


def test_the_hope_as_a_noun() -> None:
    assert_statements(
        THE_HOPE,
        PUBLISHED,
        [("António Guterres", "thanked Australia for its support", "2024-03-12")],
    )
