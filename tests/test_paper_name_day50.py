"""A paper's name is no time of day (round 50): "in the Evening Standard", "in the Sydney
Morning Herald", "in the Morning Star" name a paper, its time word capitalised before another
capitalised word, and give the words written there no day; "in the morning" (or "In the
Morning," opening a sentence) still tells the story's day. Stories written here in the
manner of British and Australian papers."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 6, 9)  # a Friday
BEFORE = "../2023-06-09"

_STANDARD = (
    "Foreign Secretary Mark Hollis has written in the Evening Standard that the treaty "
    "must be honoured.\n"
)

_HERALD = (
    "Ambassador Karen Wells has argued in the Sydney Morning Herald that the talks had stalled.\n"
)

_STAR = (
    "Former minister Alan Pike previously said in the Morning Star that the deal had been a "
    "mistake.\n"
)

# near miss: the time of day itself, as a sentence opens on it
_MORNING = (
    "Foreign Minister Anna Berg met her Danish counterpart on Thursday.\n\n"
    "In the Morning, Berg told reporters that the border would stay open.\n"
)


def test_evening_paper_gives_no_day() -> None:
    assert_statements(_STANDARD, PUBLISHED, [("Mark Hollis", "the treaty must be", BEFORE)])


def test_morning_paper_gives_no_day() -> None:
    assert_statements(_HERALD, PUBLISHED, [("Karen Wells", "the talks had stalled", BEFORE)])


def test_morning_star_is_no_morning() -> None:
    assert_statements(_STAR, PUBLISHED, [("Alan Pike", "the deal had been", BEFORE)])


def test_in_the_morning_opening_a_sentence_is_the_days_time() -> None:
    assert_statements(
        _MORNING, PUBLISHED, [("Anna Berg", "the border would stay open", "2023-06-08")]
    )
