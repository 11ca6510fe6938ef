"""A subject, then its weekday and the date in day-first order set off by a comma, then the
verb ("X on Sunday, 7 April claimed that ...", as Indian web copy writes it): the date is an
adverbial between the subject and its verb, not the end of a clause. Sentences written here in
the manner of The Quint."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2019, 4, 8)

DAY_FIRST = (
    "Pakistan says India planning new strike\n\n"
    "Pakistan Foreign Minister Shah Mahmood Qureshi on Sunday, 7 April alleged that New Delhi "
    "was preparing a fresh military operation along the border.\n\n"
    "The Ministry of External Affairs on Sunday, 7 April, said that the remarks were meant to "
    "stir up tension in the region.\n"
)
# near miss: the date is the object's, after the verb; the day told is still the weekday's
OBJECT_DATE = (
    "Pakistan says India planning new strike\n\n"
    "Pakistan Foreign Minister Shah Mahmood Qureshi said on Saturday that talks set for "
    "Sunday, 14 April would not go ahead.\n"
)


def _statements(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(s.speaker, s.said_on, s.text) for s in extract(text, published=PUBLISHED)]


def test_weekday_then_day_first_date_before_verb() -> None:
    got = _statements(DAY_FIRST)
    assert len(got) == 2, got
    assert got[0][0] == "Shah Mahmood Qureshi", got
    assert got[0][2].startswith("New Delhi was preparing"), got
    assert got[1][0] == "Ministry of External Affairs", got
    assert got[1][2].startswith("the remarks were meant"), got
    assert all(d == "2019-04-07" for _, d, _ in got), got


def test_date_after_verb_is_not_the_saying_day() -> None:
    got = _statements(OBJECT_DATE)
    assert len(got) == 1, got
    assert got[0][1] == "2019-04-06", got
