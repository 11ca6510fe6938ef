"""Once a story has named an armed force ("The IDF says", "The Nigerian Army said"), a
later bare "the military" or "the army" is that force speaking again: "According to the
military, ...", "The army says ...". Pages written here, in the manner of a Times of Israel
live blog and of Premium Times; each expected statement is checked for its speaker, first
words and day."""

import datetime

from tests.statement_checks import assert_statements

LIVE_ENTRIES = (
    "Live updates: Second group of hostages crosses into Israel\n\n"
    "By Times of Israel staff 13 October 2025, 11:20 am\n\n"
    "The IDF says seven hostages have been handed over by the Red Cross to its troops "
    "near Khan Younis.\n\n"
    "According to the military, the freed captives will be flown by helicopter to "
    "hospitals in central Israel after a first check at the border.\n\n"
    "The army says its forces will keep to the agreed line until the last bodies are "
    "returned.\n"
)


def test_the_military_after_the_idf_in_a_live_blog() -> None:
    assert_statements(
        LIVE_ENTRIES,
        datetime.date(2025, 10, 13),
        [
            ("IDF", "seven hostages have been handed over", "2025-10-13"),
            ("IDF", "the freed captives will be flown", "2025-10-13"),
            ("IDF", "its forces will keep to the agreed line", "2025-10-13"),
        ],
    )


ABUJA_REPORT = (
    "Troops free 12 abducted farmers in Zamfara\n\n"
    "Premium Times, November 2, 2025\n\n"
    "The Nigerian Army said its troops had freed 12 farmers abducted by bandits from "
    "their fields in Zamfara State.\n\n"
    "According to the army, two suspects were arrested and several rifles recovered "
    "during the operation.\n"
)


def test_the_army_after_the_nigerian_army() -> None:
    # (a near miss: "the army" after a force whose name holds the word passes on the
    # starting code as now)
    assert_statements(
        ABUJA_REPORT,
        datetime.date(2025, 11, 2),
        [
            ("Nigerian Army", "its troops had freed 12 farmers", "2025-11-02"),
            ("Nigerian Army", "two suspects were arrested", "2025-11-02"),
        ],
    )
