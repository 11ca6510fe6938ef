"""A counted day ("a day later", "the day before") told after a stretch of days the story
named since its last day ("last week"): counted from that stretch, so some day of it moved by
one, never from the story's own day (which put the words after the article). Sentences
written here in the manner of The Hill's and the wires' copy."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2018, 5, 31)  # a Thursday


def _dated(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=PUBLISHED)]


STORY = (
    "Secretary of State Mike Pompeo said Thursday that talks with North Korea were making "
    "progress.\n\n"
    "The summit had been planned for June 12, but last week, President Donald Trump wrote "
    "to Kim Jong Un calling it off.\n\n"
    "A day later, Trump said the meeting could still go ahead as planned.\n"
)


def test_day_later_counts_from_last_week() -> None:
    got = _dated(STORY)
    assert got[0] == ("Mike Pompeo", "2018-05-31"), got
    assert got[-1][0] in ("Trump", "Donald Trump"), got
    # last week (21-27 May) moved by a day; not 1 June, the day after the article's
    assert got[-1][1] == "2018-05-22/2018-05-28", got


def test_day_later_counts_from_a_day_told_after_the_week() -> None:
    # near miss: a day named after the stretch is the one counted from
    got = _dated(
        "The summit had been planned for June 12, but last week, President Donald Trump "
        "called it off.\n\n"
        "On Monday, Pompeo met Kim Yong Chol in New York.\n\n"
        "A day later, Trump said the meeting could still go ahead as planned.\n"
    )
    assert got[-1][0] in ("Trump", "Donald Trump"), got
    assert got[-1][1] == "2018-05-29", got
