"""Proposals that are no statements: "keep everyone informed" read as a verb of informing
whose subject is "keep everyone" (a site's share line, a speaker's own line about keeping
allies informed); the near misses keep the words a verb of informing does tell. Sentences
written here in the manner of agency copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2021, 4, 14)  # a Wednesday
DAY = "2021-04-14"


def test_a_share_line_keeping_everyone_informed_says_nothing() -> None:
    assert_statements(
        "MANILA, April 14 (Reuters) - The Philippines on Wednesday filed a new diplomatic "
        "protest over Chinese boats near Thitu Island.\n\n"
        "Quickly send this story to your contacts\u2014keep everyone informed with just one "
        "tap!\nSend the best of The Manila Times to friends, family, or colleagues.\n",
        PUBLISHED,
        [],
    )


def test_kept_the_allies_informed_tells_no_words() -> None:
    assert_statements(
        "MANILA, April 14 (Reuters) - The foreign ministry has kept its allies closely "
        "informed of every incident near the island, officials said on Wednesday.\n",
        PUBLISHED,
        [],
    )


def test_informed_the_council_that_still_tells() -> None:
    # near miss: the verb of informing with its hearer and its clause
    assert_statements(
        "MANILA, April 14 (Reuters) - Foreign Secretary Teodoro Locsin informed the "
        "cabinet on Wednesday that more than 200 vessels had been seen near the reef.\n",
        PUBLISHED,
        [("Teodoro Locsin", "more than 200 vessels had been seen", DAY)],
    )


def test_describes_the_approach_this_way_is_a_lead_in() -> None:
    # the words come in the next turn of the transcript; the lead-in itself says nothing
    assert_statements(
        "WASHINGTON, April 14 (Reuters) - The White House on Wednesday cancelled a summit "
        "with the Russian president.\n\n"
        "Harvard University professor Fiona Hill describes the new policy this way.\n",
        PUBLISHED,
        [],
    )


def test_said_it_cannot_go_on_this_way_keeps_its_words() -> None:
    # near miss: "this way" inside words of their own after a verb of saying
    assert_statements(
        "WASHINGTON, April 14 (Reuters) - Secretary of State Antony Blinken said on "
        "Wednesday that the talks could not go on this way.\n",
        PUBLISHED,
        [("Antony Blinken", "the talks could not go on this way", DAY)],
    )
