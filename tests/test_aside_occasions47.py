"""A person named only in a relative aside on the sentence's subject ("X, who was picked by
Y to head the ministry, met Z on Monday") was not at X's meeting: the day is X's, and Y's
words told after it keep no day from it (regional wire copy on incoming cabinets)."""

import datetime

from tracker.extract.pipeline import extract

PUBLISHED = datetime.date(2024, 5, 15)  # a Wednesday

STORY = (
    "Banker Laura Quintero, who has been picked by President-elect Tomas Arrieta to head "
    "the Foreign Ministry of Chile, met in Santiago Monday with Peruvian Ambassador Rafael "
    "Soto to discuss trade across their border.\n\n"
    "Arrieta acknowledged he had spoken by phone with the Peruvian president, who invited "
    "him to Lima, but he declined because of a trip to Europe.\n"
)


def _said_on(words: str) -> str | None:
    for s in extract(STORY, published=PUBLISHED):
        if STORY[s.span[0] : s.span[1]].startswith(words):
            return s.said_on
    raise AssertionError(f"no statement starts with {words!r}")


def test_one_named_in_an_aside_keeps_no_day_of_the_subjects_meeting():
    assert _said_on("he had spoken by phone") != "2024-05-13"
