"""A rank's "retired" inside a title before a name ("Interior spokesman retired general X
said"), as East African and American papers write it, is no verb: the named person speaks.
A day a plan is fixed for ("welcomed talks planned for Friday", "the vote scheduled for
Tuesday") is the planned event's, never the day the words were said. Sentences written
here in the manner of agency copy."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.speakers import parse_speaker


def test_retired_rank_after_a_title_names_the_speaker() -> None:
    text = (
        "Interior Ministry spokesman retired general Peter Mwangi says the ministry has "
        "opened an inquiry into the border clashes.\n"
    )
    found = extract(text, published=datetime.date(2021, 3, 9))
    assert [s.speaker for s in found] == ["Peter Mwangi"]
    assert found[0].text.startswith("the ministry has opened an inquiry")


def test_retired_abbreviated_rank_reads_the_name() -> None:
    found = parse_speaker("Defence Secretary retired Lt. Gen. Anna Kariuki")
    assert found is not None and found.kind == "person" and found.name == "Anna Kariuki"


def test_a_planned_day_does_not_date_the_words() -> None:
    text = (
        "RABAT: The foreign minister, Leila Benali, welcomed talks scheduled for Friday in "
        "Vienna between the two sides, expressing hope they would ease tensions.\n"
    )
    published = datetime.date(2023, 5, 17)  # a Wednesday: the Friday before is May 12
    found = extract(text, published=published)
    assert len(found) == 1
    assert found[0].said_on == "2023-05-17"  # the page's day, not the Friday planned


def test_ahead_of_a_planned_day_dates_the_words_before_it() -> None:
    # the day a plan is fixed for is no speaking day, but "ahead of" it still bounds one
    text = (
        "Vote ahead\n\nAhead of the referendum scheduled for May 2, Commissioner Ines "
        "Varela said the count would be open to observers.\n"
    )
    found = extract(text, published=datetime.date(2023, 5, 17))
    assert [s.said_on for s in found] == ["../2023-05-02"]


def test_a_said_day_still_dates_the_words() -> None:
    text = "Foreign Minister Leila Benali said on Friday that the talks would resume.\n"
    found = extract(text, published=datetime.date(2023, 5, 17))
    assert [s.said_on for s in found] == ["2023-05-12"]
