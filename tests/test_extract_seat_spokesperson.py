"""An unnamed spokesperson of one government's seat is no spokesman of another's named next.

"A Downing Street spokesperson said ..." followed by "Kremlin spokesman Dmitry Peskov told
..." names two spokespeople of two states' seats of government; the first, left unnamed, is
not the second (the words are then the seat's own: "Downing Street"). When the one named
next speaks for the same seat ("A White House spokesperson said ... White House press
spokesman X later told ..."), the story named the unnamed one just after, as before.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2025, 8, 14)

# a live page: London's unnamed spokesperson, then the Kremlin's, by name
TWO_SEATS = (
    "Alaska summit: latest\n\n"
    "Posted at 17:20 BST 14 August\n\n"
    "UK Prime Minister Keir Starmer says the summit could be a first step towards ending "
    "the war, provided Kyiv has a seat at the table.\n\n"
    "A Downing Street spokesperson said the prime minister had called Zelensky on Thursday "
    'morning to assure him of Britain\'s "steadfast" backing.\n\n'
    "Meanwhile Kremlin spokesman Dmitry Peskov told state media that no final document "
    "would be signed in Anchorage.\n"
)

# near miss (also so before the change): the same seat, its spokesperson named just after
ONE_SEAT = (
    "Washington weighs new aid request\n\n"
    "WASHINGTON, Aug 14 (Reuters) - The United States is studying a new request for air "
    "defence systems from Kyiv.\n\n"
    "A White House spokesperson said the request would be answered within days.\n\n"
    "White House spokesman Kush Desai later told reporters that the president had not yet "
    "decided.\n"
)


def test_a_seat_spokesperson_is_not_another_seats_named_next() -> None:
    assert_statements(
        TWO_SEATS,
        DAY,
        [
            ("Keir Starmer", "the summit could be a first step", "2025-08-14"),
            # (the seat's own words: round 34's test_real_spokesperson_body34)
            ("Downing Street", "the prime minister had called Zelensky", "2025-08-14"),
            ("Dmitry Peskov", "no final document would be signed", "2025-08-14"),
        ],
    )


def test_a_seat_spokesperson_named_next_for_the_same_seat_is_that_one() -> None:
    assert_statements(
        ONE_SEAT,
        DAY,
        [
            ("Kush Desai", "the request would be answered within days", "2025-08-14"),
            ("Kush Desai", "the president had not yet decided", "2025-08-14"),
        ],
    )
