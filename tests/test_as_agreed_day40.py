"""A day in an "as agreed upon at ..." clause is the day of the agreement the words recall
("..., as agreed upon at the Japan-China Summit Meeting on November 16"), not a day that places
the counterpart named in those words at an occasion: the counterpart's reply takes the day of
the meeting the readout tells. Readouts written here, in the manner of a foreign ministry's
meeting summaries; each expected statement is checked for its speaker, its first words and
its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 9)

LEAD = (
    "Japan-China Foreign Ministers' Meeting\n\n"
    "On March 7, Ms. KAMIKAWA Yoko, Minister for Foreign Affairs of Japan, held a meeting "
    "with Mr. Wang Yi, Foreign Minister of the People's Republic of China. The summary of the "
    "meeting is as follows.\n\n"
)
AS_AGREED_UPON = LEAD + (
    "Minister Kamikawa stated that she would like to work with Minister Wang to build "
    "constructive and stable relations, as agreed upon at the Japan-China Summit Meeting on "
    "February 20. Minister Wang stated that China was ready to strengthen dialogue at all "
    "levels.\n"
)
# near miss: "As agreed," set off by its comma, opens no clause holding the day of the
# speaker's own words
AS_AGREED_COMMA = LEAD + (
    "Minister Kamikawa stated that she would like to work with Minister Wang to build "
    "constructive and stable relations. As agreed, Minister Wang met the press on March 8 and "
    "stated that China was ready to strengthen dialogue at all levels.\n"
)


def test_as_agreed_upon() -> None:
    assert_statements(
        AS_AGREED_UPON,
        PUBLISHED,
        [
            ("Yoko Kamikawa", "she would like to work with Minister Wang", "2024-03-07"),
            ("Wang Yi", "China was ready to strengthen dialogue", "2024-03-07"),
        ],
    )


def test_as_agreed_comma() -> None:
    assert_statements(
        AS_AGREED_COMMA,
        PUBLISHED,
        [
            ("Yoko Kamikawa", "she would like to work with Minister Wang", "2024-03-07"),
            ("Wang Yi", "China was ready to strengthen dialogue", "2024-03-08"),
        ],
    )
