"""A transcript's title in capitals names its people as the same title written normally.

Some ministries set a transcript's title in capitals ("TRANSCRIPT OF MINISTER FOR FOREIGN
AFFAIRS DR X'S INTERVIEW WITH CNN'S Y, 20 SEPTEMBER 2023"); read as it stood, "X'S" was no
name and "WITH" no link, so the turns labelled "Minister:" went to a speaker called
"Minister". The header's line is read as if written in title case, its possessive "'s" and
its small links ("with", "on", "by") in lower case.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract
from tracker.extract.transcript_people import title_case

BODY = (
    "\n\n21 September 2023\n\n"
    "Host (CNN): Singapore sits between two powers. The minister joins me now. How do you "
    "see it?\n\n"
    "Minister: The first thing to know is that a small country must stay friends with "
    "everyone who trades with it.\n\n"
    "Host (CNN): And the summit?\n\n"
    "Minister: Even without the big leaders, the work of the assembly goes on and it "
    "matters to us.\n"
)


@pytest.mark.parametrize(
    "title",
    [
        "TRANSCRIPT OF MINISTER FOR FOREIGN AFFAIRS DR VIVIAN BALAKRISHNAN'S LIVE INTERVIEW "
        "WITH CNN'S CHRISTIANE AMANPOUR, 20 SEPTEMBER 2023",
        "Transcript of Minister for Foreign Affairs Dr Vivian Balakrishnan's Live Interview "
        "with CNN's Christiane Amanpour, 20 September 2023",
    ],
    ids=["capitals", "title case"],
)
def test_the_minister_of_a_title_in_capitals_answers(title: str) -> None:
    found = extract(title + BODY, published=datetime.date(2023, 9, 21))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Vivian Balakrishnan", "2023-09-20"),
        ("Vivian Balakrishnan", "2023-09-20"),
    ]
    assert found[0].text.startswith("The first thing to know")


@pytest.mark.parametrize(
    ("shouted", "read"),
    [
        ("MR PRICE", "Mr Price"),
        ("PRESIDENT OF THE UNITED STATES", "President of the United States"),
        ("X'S INTERVIEW WITH Y", "X's Interview with Y"),
        # a name that is also a small word keeps its capital ("To Lam")
        ("GENERAL SECRETARY TO LAM", "General Secretary To Lam"),
    ],
)
def test_capitals_read_as_written_normally(shouted: str, read: str) -> None:
    assert title_case(shouted) == read
