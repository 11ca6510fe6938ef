"""A photo caption written as the agencies write them, the photo's day, a stop and the credit
in brackets closing the line ("X speaks in Jerusalem, June 12, 2023. (Jane Doe/Flash90)",
"... in Vilnius, Lithuania July 10, 2023. (Jane Doe/Reuters)"), shows an older occasion than the
story's: its day is the photo's, not that of the words told below it. Pages written here in
the manner of the Times of Israel's live blog and of Al Arabiya."""

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2023, 8, 28)

CAPTIONED = (
    "The Times of Israel liveblogged Monday\u2019s events as they unfolded.\n\n"
    "Cohen says critics are wrong about Rome trip\n\n"
    "Foreign Minister Eli Cohen seen during an interview at his office in Jerusalem, "
    "May 3, 2023. (Jane Doe/Flash90)\n\n"
    "Foreign Minister Eli Cohen rejects the criticism of his planned trip to Rome, saying "
    "the visit was prepared for months with the Italian government.\n\n"
    "\u201cThose who attack the trip do not know the facts,\u201d he says.\n"
)
# near miss: a line of the story's own ending on a day, with no credit after it
TOLD = (
    "Foreign Minister Eli Cohen spoke to reporters in Jerusalem on August 24, 2023.\n\n"
    "\u201cThose who attack the trip do not know the facts,\u201d he said.\n"
)


def _statements(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=PUBLISHED)]


def test_caption_day_before_bracketed_credit_dates_no_words() -> None:
    got = _statements(CAPTIONED)
    assert got and all(g[0] == "Eli Cohen" for g in got), got
    assert all(g[2] != "2023-05-03" for g in got), got


def test_day_told_in_the_story_dates_the_words() -> None:
    got = _statements(TOLD)
    assert got and all(g[0] == "Eli Cohen" for g in got), got
    assert all(g[2] == "2023-08-24" for g in got), got
