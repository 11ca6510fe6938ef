"""The printed record of a congressional hearing names each turn as Congress prints it.

The Government Publishing Office sets a hearing's turns as the member's title and surname in
capitals, closed by a full stop ("Senator CARDIN.", "Mr. KIM.", "The CHAIRMAN."), the page
naming the members in full only in its headings ("STATEMENT OF HON. ANDY KIM, ...") and its
opening line ("Hon. Benjamin L. Cardin, chairman of the committee, presiding"). Such turns
were read as no one's, and a record whose labels all began "Senator" gave no statement.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.transcript_labels import formal_text

DAY = datetime.date(2024, 2, 6)

SENATE = (
    "THE FUTURE OF AMERICAN ASSISTANCE TO THE PACIFIC ISLANDS\n\n"
    "TUESDAY, FEBRUARY 6, 2024\n\n"
    "U.S. Senate,\nCommittee on Foreign Relations,\nWashington, DC.\n\n"
    "The committee met, pursuant to notice, at 9:45 a.m., in room SD-419, Dirksen Senate "
    "Office Building, Hon. Benjamin L. Cardin, chairman of the committee, presiding.\n\n"
    "OPENING STATEMENT OF HON. BENJAMIN L. CARDIN, U.S. SENATOR FROM MARYLAND\n\n"
    "The CHAIRMAN. Good morning to all of you. The hearing is now in order.\n\n"
    "Small island states have told us plainly that they will look elsewhere for roads and "
    "ports if we keep arriving late with less.\n\n"
    "STATEMENT OF HON. PETE RICKETTS, U.S. SENATOR FROM NEBRASKA\n\n"
    "Senator RICKETTS. Thank you, Mr. Chairman. Beijing has signed security deals in the "
    "region while our compact funding sat in limbo for months.\n\n"
    "Senator CARDIN. Senator Ricketts, would a longer compact term help?\n\n"
    "Senator RICKETTS. A twenty-year term would give our partners the certainty they keep "
    "asking for.\n"
)


def test_the_members_of_a_senate_record_speak_under_their_full_names() -> None:
    assert_statements(
        SENATE,
        DAY,
        [
            ("Benjamin L. Cardin", "Good morning to all of you.", "2024-02-06"),
            ("Pete Ricketts", "Thank you, Mr. Chairman. Beijing", "2024-02-06"),
            ("Pete Ricketts", "A twenty-year term would give", "2024-02-06"),
        ],
    )


HOUSE = (
    "SECURITY ASSISTANCE TO TAIWAN\n\n"
    "WEDNESDAY, FEBRUARY 7, 2024\n\n"
    "House of Representatives,\nSubcommittee on the Indo-Pacific,\n"
    "Committee on Foreign Affairs,\nWashington, DC.\n\n"
    "The subcommittee met, pursuant to notice, at 1:30 p.m., in room 2255, Rayburn House "
    "Office Building, Hon. Young Kim (chairwoman of the subcommittee) presiding.\n\n"
    "Mrs. KIM. The subcommittee will come to order. Deliveries of arms already paid for are "
    "running years behind, and Taipei cannot defend itself with promises.\n\n"
    "Mr. BERA. Thank you, Madam Chair. I share the concern about the backlog, and I think "
    "the fix lies with our own industrial base.\n\n"
    "Mrs. KIM. Thank you. I now recognize the gentleman from Texas.\n"
)


def test_a_house_record_names_the_chair_from_its_opening_line() -> None:
    assert_statements(
        HOUSE,
        DAY + datetime.timedelta(days=1),
        [
            ("Young Kim", "The subcommittee will come to order.", "2024-02-07"),
            # no forename on the page: the surname, as names are written
            ("Bera", "Thank you, Madam Chair.", "2024-02-07"),
            ("Young Kim", "Thank you. I now recognize", "2024-02-07"),
        ],
    )


def test_one_such_line_in_a_story_opens_no_turn() -> None:
    story = (
        "WASHINGTON (Reuters) - Senator Chris Coons said on Tuesday that aid to Kyiv could "
        "pass within weeks.\n\n"
        "Senator COONS. The Delaware Democrat, a close ally of the president, spoke after a "
        "closed briefing.\n"
    )
    found = [(s.speaker, s.text[:20]) for s in extract(story, published=DAY)]
    assert found == [("Chris Coons", "aid to Kyiv could pa")]


@pytest.mark.parametrize(
    ("label", "formal"),
    [
        ("Senator SHAHEEN", True),
        ("Mr. McGOVERN", True),
        ("The CHAIRWOMAN", True),
        ("Senator Shaheen", False),  # a title and a name as prose writes them
    ],
)
def test_a_record_label_is_formal(label: str, formal: bool) -> None:
    assert formal_text(label) is formal
