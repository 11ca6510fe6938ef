""" "Proposed to North Korea the establishment of a channel that can ...": after "proposed",
the one the proposal went to, then the thing proposed with its article; the words open at
the thing, not at its addressee nor at the "that" of the noun's relative clause. Stories
written here, in the manner of Yonhap's copy in the Korea Herald; each expected statement
is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 8, 16)

PROPOSED_TO_THEN_RELATIVE = (
    "Unification Minister Kim Yung-ho on Friday urged Pyongyang to answer Seoul's offer.\n\n"
    "Kim spoke a day after President Yoon Suk Yeol proposed to North Korea the launch of a "
    'joint consultative body that could "discuss every issue" in a speech marking Liberation '
    "Day.\n"
)
PROPOSED_TO_THE_NORTH = (
    "Unification Minister Kim Yung-ho spoke to reporters on Friday.\n\n"
    "Kim proposed to the North a meeting of Red Cross officials at the truce village.\n"
)
# near miss: "proposed to" the addressee and then a "that" clause keeps its clause
PROPOSED_TO_THAT = (
    "Unification Minister Kim Yung-ho spoke to reporters on Friday.\n\n"
    "Kim proposed to Pyongyang that the two sides meet at the truce village.\n"
)


def test_proposed_to_then_relative() -> None:
    assert_statements(
        PROPOSED_TO_THEN_RELATIVE,
        PUBLISHED,
        [
            ("Kim Yung-ho", "urged Pyongyang to answer", "2024-08-16"),
            ("Yoon Suk Yeol", "the launch of a joint consultative body that", "2024-08-15"),
        ],
    )


def test_proposed_to_the_north() -> None:
    assert_statements(
        PROPOSED_TO_THE_NORTH,
        PUBLISHED,
        [("Kim Yung-ho", "a meeting of Red Cross officials", "2024-08-16")],
    )


def test_proposed_to_that() -> None:
    assert_statements(
        PROPOSED_TO_THAT,
        PUBLISHED,
        [("Kim Yung-ho", "the two sides meet at the truce village", "2024-08-16")],
    )


PROPOSED_TO_A_SIDE = (
    "Iran offers consular talks\n\n"
    "Tehran, IRNA – Iranian Foreign Ministry spokesman Nasser Kanaani spoke to reporters on "
    "Monday.\n\n"
    "He proposed to the European side a new round of talks on consular matters.\n"
)


def test_proposed_to_a_side() -> None:
    assert_statements(
        PROPOSED_TO_A_SIDE,
        datetime.date(2024, 4, 22),
        [("Nasser Kanaani", "a new round of talks on consular matters", "2024-04-22")],
    )


SUGGESTED_TO_COUNTERPART = (
    "China urges Japan to halt water release\n\n"
    "BEIJING - Chinese Foreign Ministry spokesperson Wang Wenbin on Tuesday urged Japan to halt "
    "the release.\n\n"
    "Wang spoke a day after Japan's Foreign Minister Yoko Kamikawa suggested to her Chinese "
    "counterpart a meeting of experts from both countries.\n"
)


def test_suggested_to_counterpart() -> None:
    assert_statements(
        SUGGESTED_TO_COUNTERPART,
        datetime.date(2023, 9, 5),
        [
            ("Wang Wenbin", "urged Japan to halt the release", "2023-09-05"),
            ("Yoko Kamikawa", "a meeting of experts from both countries", "2023-09-04"),
        ],
    )
