"""A round-up of the week (round 50): a page whose title or standfirst says it looks back on
the week ("This week at the Foreign Office", "The week in review", "Weekly round-up: ...",
"A look at ... this week") tells items said on some day of that week; one with no day of
its own was said in the week up to the page's day, not on that day. A story whose headline
only mentions "this week" is no round-up. Pages written here in the manner of British,
Canadian and Australian government sites."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 11, 22)  # a Friday
WEEK = "2019-11-18/2019-11-22"

_TITLE = (
    "This week at the Department of External Affairs\n\n"
    "Minister for Trade Helen Carter launched the new export strategy in Perth.\n\n"
    "Minister for the Pacific Tom Ashby said that the region's security was a shared "
    "responsibility.\n"
)

_REVIEW = (
    "The week in review\n\n"
    "Foreign Minister Claire Dubois met her Japanese counterpart on Tuesday.\n\n"
    "Deputy Minister Paul Okafor told a conference in Ottawa that aid to the Sahel "
    "would rise next year.\n"
)

_STANDFIRST = (
    "Foreign Office news\n\n"
    "A look back at the work of the ministry and its embassies this week.\n\n"
    "Ambassador Rachel Hume said in Nairobi that the partnership would be renewed.\n"
)

# near miss: a story whose headline tells one thing done this week
_HEADLINE = (
    "Minister to visit Delhi this week\n\n"
    "Foreign Minister Claire Dubois said that the visit would deepen ties with India.\n"
)


def test_title_of_the_week_dates_an_undated_item_in_the_week() -> None:
    assert_statements(
        _TITLE, PUBLISHED, [("Tom Ashby", "the region's security was a shared", WEEK)]
    )


def test_week_in_review_dates_an_undated_item_in_the_week() -> None:
    assert_statements(_REVIEW, PUBLISHED, [("Paul Okafor", "aid to the Sahel", WEEK)])


def test_standfirst_looking_at_the_week_dates_an_undated_item() -> None:
    assert_statements(
        _STANDFIRST, PUBLISHED, [("Rachel Hume", "the partnership would be renewed", WEEK)]
    )


def test_headline_mentioning_this_week_is_no_round_up() -> None:
    assert_statements(
        _HEADLINE, PUBLISHED, [("Claire Dubois", "the visit would deepen ties", "2019-11-22")]
    )
