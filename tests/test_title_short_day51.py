"""A title that closes on two bare numbers in brackets, "Minister X's Interview with the Y
Daily (4.26.)", dates the occasion (month first as East Asian ministries write it, day first
as European ones do): the reading that falls on or shortly before the page's posting day.
Pages written here, in the manner of foreign ministries' interview transcripts."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from tests.statement_checks import ingested_statements

BODY = (
    "\n\nQ: Minister, how do you see the talks with your counterpart?\n\n"
    "Minister Lee: The talks were constructive. We agreed to meet again in autumn.\n"
)


@pytest.mark.parametrize(
    ("title", "published", "day"),
    [
        (
            "Foreign Minister Lee Jae-won's Interview with the Korea Herald (4.26.)",
            datetime.date(2024, 4, 27),
            "2024-04-26",
        ),
        (
            "Minister Lee Jae-won's Remarks at the Press Conference (11.3)",
            datetime.date(2024, 11, 4),
            "2024-11-03",
        ),
        (
            "Interview of Minister Lee Jae-won with Le Soir (28.2.)",
            datetime.date(2024, 3, 1),
            "2024-02-28",
        ),
        (
            "Minister Lee Jae-won's Interview with NHK (12.30.)",
            datetime.date(2025, 1, 2),
            "2024-12-30",
        ),
    ],
)
def test_a_titles_short_day_dates_the_words(
    tmp_path: Path, title: str, published: datetime.date, day: str
) -> None:
    said = ingested_statements(tmp_path, title + BODY, published)
    assert said
    assert all(s["said_on"] == day for s in said)


def test_numbers_no_day_before_posting_leave_the_page_day(tmp_path: Path) -> None:
    """Near miss: numbers that read as no day within the month before posting (a section,
    a version) date nothing."""
    title = "Minister Lee Jae-won's Interview with NHK (3.4.)"
    said = ingested_statements(tmp_path, title + BODY, datetime.date(2024, 9, 20))
    assert said
    assert all(s["said_on"] != "2024-03-04" and s["said_on"] != "2024-04-03" for s in said)
