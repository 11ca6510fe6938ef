"""Construction probes of the day a statement was made, round 10 (issue 8): each test varies
one construction of wire copy, releases or transcripts, written here in new words."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

SATURDAY = datetime.date(2024, 12, 7)


def run(text: str, published: datetime.date | None = SATURDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_today_opening_a_release_under_its_date_line_is_the_releases_day() -> None:
    # the line above ends in a capitalised word ("... Foreign Affairs"); "Today," opening the
    # next paragraph is no title like "USA Today", and it dates the announcement, not the
    # donors' meeting the release goes on to tell
    text = (
        "December 7, 2024 - Oslo - Ministry of Foreign Affairs\n\n"
        "Today, the Honourable Siri Lund, Minister of Foreign Affairs, announced that Norway "
        "will provide $20 million to the relief fund.\n\n"
        "The announcement follows a meeting of donors in Geneva on December 5, which Minister "
        "Lund attended.\n\n"
        "Minister Lund stressed that the aid must reach civilians first.\n"
    )
    found = run(text)
    assert found[0].speaker == "Siri Lund"
    assert found[0].said_on == "2024-12-07"


def test_today_after_a_sentence_ending_in_a_name_dates_the_words() -> None:
    text = (
        "The fund was set up in 2019 by Oslo. Today, Foreign Minister Siri Lund announced "
        "that the fund would double.\n\n"
        "The announcement follows a meeting of donors in Geneva on Thursday, which Lund "
        "attended.\n\n"
        "Lund stressed that the aid must reach civilians first.\n"
    )
    found = run(text)
    assert (found[0].speaker, found[0].said_on) == ("Siri Lund", "2024-12-07")
