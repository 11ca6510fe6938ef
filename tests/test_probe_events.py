"""An event named by what was done at it (issue 8, tenth round, found after the blind sets
were scored): each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2025, 6, 28)


def test_the_signing_ceremony_is_the_day_the_accord_was_signed() -> None:
    # "at the signing ceremony" had no day of its own; the lead dates the signing by its verb
    text = (
        "DOHA (Wire) - The foreign ministers of Chad and Sudan signed a border accord in Doha "
        "on Friday.\n\n"
        "Chadian Foreign Minister Abderaman Koulamallah said at the signing ceremony that the "
        "accord would reopen the crossings within a month."
    )
    [found] = extract(text, published=SATURDAY)
    assert (found.speaker, found.said_on) == ("Abderaman Koulamallah", "2025-06-27")
