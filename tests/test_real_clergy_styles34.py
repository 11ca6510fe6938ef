"""A clergyman's style of address before his name ("the Rev. X, the pastor, said"): the name
with its "the" and a post set off after it was read as a description, and the quote before
lost (round 34, second wave). Each test in new words written here, in the style of a US
wire's local story."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

SUNDAY = datetime.date(2025, 3, 9)
DAY = "2025-03-09"  # no day of its own: the publication day
LEAD = (
    "Flood town gathers to pray\n\nDAVENPORT, Iowa (AP) — Hundreds filled the pews on Sunday.\n\n"
)


def test_the_reverend_then_a_post_set_off_after_the_name() -> None:
    assert_statements(
        LEAD + '"The river took our homes, not our hope," the Rev. Daniel Okafor, the '
        "pastor, said as the hymn ended.\n\n"
        '"We will rebuild every house on this street," the Rev. Ruth Lindqvist, the '
        "parish's deacon, told the crowd.\n",
        SUNDAY,
        [
            ("Daniel Okafor", "The river took our homes, not our hope", DAY),
            ("Ruth Lindqvist", "We will rebuild every house on this street", DAY),
        ],
    )


def test_the_very_reverend_and_the_honourable() -> None:
    assert_statements(
        LEAD + '"No family will be left to sleep in a car," the Very Rev. Paul Mbeki, dean '
        "of the cathedral, said.\n\n"
        '"The county will pay for the first month," the Hon. Carla Diaz, the county judge, '
        "said.\n",
        SUNDAY,
        [
            ("Paul Mbeki", "No family will be left to sleep in a car", DAY),
            ("Carla Diaz", "The county will pay for the first month", DAY),
        ],
    )


def test_monsignor_written_short_ends_no_sentence() -> None:
    # "Msgr." is an abbreviation, as "Rev." is: the sentence goes on to the verb
    assert_statements(
        LEAD + '"Grief is not the last word," Msgr. Thomas Keane, the rector, said.\n',
        SUNDAY,
        [("Thomas Keane", "Grief is not the last word", DAY)],
    )


def test_the_reverend_without_a_post_near_miss() -> None:
    # near miss, the same on the starting code: no post set off after the name
    assert_statements(
        LEAD + '"We pray for the rescuers," the Rev. Daniel Okafor said.\n',
        SUNDAY,
        [("Daniel Okafor", "We pray for the rescuers", DAY)],
    )


def test_a_description_before_the_reverend_and_his_name() -> None:
    # "the rector, the Rev. X, said": the name set off after the post was read as a
    # description too, and the quote lost
    assert_statements(
        LEAD + '"Come as you are," the rector, the Rev. Daniel Okafor, said.\n',
        SUNDAY,
        [("Daniel Okafor", "Come as you are", DAY)],
    )


def test_the_reverend_written_british_style_without_a_full_stop() -> None:
    # "the Rev X", "the Revd X": the style is no part of the name
    assert_statements(
        "Parish holds vigil\n\nLEEDS (PA) - Candles were lit outside the church on Sunday.\n\n"
        '"Nobody here will forget them," the Rev Helen Ashworth, the vicar, said.\n\n'
        '"The doors stay open all night," said the Revd Tom Bright.\n',
        SUNDAY,
        [
            ("Helen Ashworth", "Nobody here will forget them", DAY),
            ("Tom Bright", "The doors stay open all night", DAY),
        ],
    )
