"""Dates as people type them become day intervals, and intervals are written as EDTF."""

from __future__ import annotations

from datetime import date

import pytest

from tracker.dates import DateSpan, parse_date, parse_edtf
from tracker.errors import InvalidInput


@pytest.mark.parametrize(
    ("typed", "start", "end", "precision", "edtf"),
    [
        ("2021-12-17", date(2021, 12, 17), date(2021, 12, 17), "day", "2021-12-17"),
        ("2021-12", date(2021, 12, 1), date(2021, 12, 31), "month", "2021-12"),
        ("2021", date(2021, 1, 1), date(2021, 12, 31), "year", "2021"),
        ("17 December 2021", date(2021, 12, 17), date(2021, 12, 17), "day", "2021-12-17"),
        ("Dec 17, 2021", date(2021, 12, 17), date(2021, 12, 17), "day", "2021-12-17"),
        ("February 2022", date(2022, 2, 1), date(2022, 2, 28), "month", "2022-02"),
        (
            "2021-12-01/2021-12-31",
            date(2021, 12, 1),
            date(2021, 12, 31),
            "interval",
            "2021-12-01/2021-12-31",
        ),
        ("../2021-12-17", None, date(2021, 12, 17), "interval", "../2021-12-17"),
        ("2021-12-17/..", date(2021, 12, 17), None, "interval", "2021-12-17/.."),
    ],
)
def test_accepted_forms(typed, start, end, precision, edtf):
    span = parse_date(typed)
    assert (span.start, span.end, span.precision) == (start, end, precision)
    assert span.edtf() == edtf
    assert parse_edtf(span.edtf()) == span


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("2021-02-30", "no such date"),
        ("31.12.2021", "cannot read date"),
        ("yesterday", "cannot read date"),
        ("2021-13", "month must be"),
        ("", "empty date"),
        ("../..", "open on both sides"),
        ("2021-12-31/2021-12-01", "ends before it starts"),
        ("17 Decembre 2021", "unknown month"),
    ],
)
def test_rejected_forms_say_why(typed, message):
    with pytest.raises(InvalidInput, match=message):
        parse_date(typed)


def test_display_says_how_uncertain_a_date_is():
    assert parse_date("2021-12-17").display() == "17 Dec 2021"
    assert parse_date("2021-12").display() == "December 2021"
    assert parse_date("../2021-12-17").display() == "on or before 17 Dec 2021"
    assert DateSpan.unknown().display() == "date unknown"
    assert DateSpan.unknown().edtf() is None


def test_overlap_of_open_and_closed_intervals():
    december = parse_date("2021-12")
    assert parse_date("../2021-12-17").overlaps(december)
    assert not parse_date("../2021-11-30").overlaps(december)
    assert parse_date("2021-12-31/..").overlaps(december)
    assert not parse_date("2022-01-01/..").overlaps(december)
