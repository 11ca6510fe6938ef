"""A story's opening may sum up the news in two voices: a standfirst's, then the lead's.

"Ceasefire due on Sunday; Netanyahu's office says last details are still being worked out" over
"Israel and Hamas have agreed a ceasefire, the prime minister of Qatar has announced." The
lead's "has announced" is told again below with its day ("Speaking in Doha on Wednesday,
Sheikh Mohammed said ..."), which is the lead's. Once the standfirst's office became a
speaker of its own, the lead was no longer the story's opening and kept "on or before".
And a headline's future with its "is" left out ("Ceasefire to take effect on Sunday; ...")
dated the words after it to the Sunday before. Stories written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2025, 1, 15)
PAGE = (
    "Israel and Hamas reach Gaza truce and hostage deal, Qatar says\n\n"
    "{standfirst}; Netanyahu's office says last details are still being worked out\n\n"
    "Middle East crisis \u2013 live updates\n\n"
    "Anna Berg in Jerusalem and Tom Hale in Washington\n\n"
    "Wed 15 Jan 2025 20.10 GMT\n\n"
    "Israel and Hamas have agreed a ceasefire that will halt the fighting and free dozens "
    "of hostages, the prime minister of Qatar has announced.\n\n"
    "Speaking in Doha on Wednesday evening, Sheikh Mohammed bin Abdulrahman Al Thani said "
    "the truce would begin on Sunday and that mediators would monitor it.\n\n"
    "Benjamin Netanyahu's office said in a statement late on Wednesday that some clauses "
    "were still open.\n"
)


def test_the_leads_perfect_takes_the_day_told_below_after_a_standfirst_of_another() -> None:
    text = PAGE.format(standfirst="Ceasefire due to start on Sunday after 15 months of fighting")
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.text[:16], s.said_on) for s in found] == [
        ("Netanyahu's office", "last details are", "2025-01-15"),
        ("Mohammed bin Abdulrahman Al Thani", "Israel and Hamas", "2025-01-15"),
        ("Mohammed bin Abdulrahman Al Thani", "the truce would ", "2025-01-15"),
        ("Benjamin Netanyahu's office", "some clauses wer", "2025-01-15"),
    ]


def test_a_headlines_future_without_is_dates_no_words() -> None:
    text = PAGE.format(standfirst="Ceasefire to take effect on Sunday after 15 months of fighting")
    found = extract(text, published=WEDNESDAY)
    assert (found[0].speaker, found[0].said_on) == ("Netanyahu's office", "2025-01-15")
