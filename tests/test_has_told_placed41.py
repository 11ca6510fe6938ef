"""'X has told reporters outside the U.N. ...' under a photo caption 'X addresses reporters at
the United Nations, Sept. 19, 2017.' on a page of that day: the perfect of telling says no
more than "by now", and the occasion the page places the speaker at on its own day is the
day of the words (and of the words that go on with them). An occasion of an earlier day
leaves the perfect's "on or before". Pages written here in the manner of teleSUR English."""

import datetime

import pytest

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2017, 9, 19)


def _page(caption_day: str) -> str:
    return (
        "Venezuela Rejects Trump's Threats at UN\n\n"
        "  \u2022 Jorge Arreaza addresses reporters at United Nations, New York, "
        f"{caption_day}.\n\n"
        "Published 19 September 2017\n\n"
        "Venezuelan Foreign Minister Jorge Arreaza has told reporters outside the U.N. General "
        "Assembly that the U.S. threats against Caracas violate international law.\n\n"
        "He added that Venezuela would keep working with the U.N. to defend its sovereignty.\n"
    )


@pytest.mark.parametrize(
    ("caption_day", "day"),
    [
        ("Sept. 19, 2017", "2017-09-19"),
        # near miss: a photo of an earlier occasion does not date today's perfect
        ("Sept. 12, 2017", "../2017-09-19"),
    ],
)
def test_has_told_at_the_occasion_of_the_day(caption_day: str, day: str) -> None:
    assert_statements(
        _page(caption_day),
        PUBLISHED,
        [
            ("Jorge Arreaza", "the U.S. threats against Caracas", day),
            ("Jorge Arreaza", "Venezuela would keep working", day),
        ],
    )
