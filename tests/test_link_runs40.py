"""A list of the site's other stories set into the body with no heading over it (four
headlines in a row, one a line, no full stop) names those stories' people: a "he said"
below it goes back to the story's own speaker, not to a person one of the headlines names.
Three lines under a title (headline, standfirst, a caption) are no such list. Stories
written here, in the manner of an Irish paper's copied page."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PAPER_PUBLISHED = datetime.date(2024, 10, 3)

LINKED_STORIES_IN_THE_BODY = (
    "Taoiseach Simon Harris said on Thursday that Ireland would keep pressing for a "
    "ceasefire in Lebanon and for the return of the hostages held in Gaza.\n"
    "\u201cThe people of Lebanon cannot be left to pay the price of this war. Ireland will "
    "say so at every table in Brussels and in New York,\u201d he said on Thursday.\n"
    "Irish peacekeepers in south Lebanon safe after overnight strikes near their base\n"
    "EU foreign ministers to meet in Luxembourg on Middle East crisis\n"
    "Opposition calls for Dail debate on neutrality and the triple lock\n"
    "Tanaiste Micheal Martin defends Government record on overseas development aid\n"
    "\u201cWe have troops on the ground there, and their safety comes first. I spoke to the "
    "Chief of Staff this morning about it,\u201d he said.\n"
)
# near miss: three title lines (headline, standfirst, a caption line) over the story are no
# list of other stories, and the name in them is the speaker's own
THREE_TITLE_LINES = (
    "Harris says Ireland will keep pressing for Lebanon ceasefire\n"
    "Taoiseach tells reporters in Brussels that peacekeepers must be protected\n"
    "Tanaiste Micheal Martin arriving for the European Council meeting\n"
    "Tanaiste Micheal Martin said on Thursday that Ireland would keep pressing for a "
    "ceasefire in Lebanon and for the return of the hostages held in Gaza.\n"
    "\u201cWe have troops on the ground there, and their safety comes first. I spoke to the "
    "Chief of Staff this morning about it,\u201d he said.\n"
)


def test_linked_stories_in_the_body() -> None:
    assert_statements(
        LINKED_STORIES_IN_THE_BODY,
        PAPER_PUBLISHED,
        [
            ("Simon Harris", "Ireland would keep pressing", "2024-10-03"),
            ("Simon Harris", "The people of Lebanon", "2024-10-03"),
            ("Simon Harris", "We have troops on the ground", "2024-10-03"),
        ],
    )


def test_three_title_lines() -> None:
    got = [(s.speaker, s.text[:20]) for s in extract(THREE_TITLE_LINES, published=PAPER_PUBLISHED)]
    assert ("Micheal Martin", "We have troops on th") in got, got
