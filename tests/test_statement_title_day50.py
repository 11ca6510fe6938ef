"""A statement page's title closing on its day (round 50): "Statement by the Spokesperson on
... (January 31, 2021)" posted the next day under a line of its posting day dates the
document's own paragraphs, as a briefing's transcript title dates its turns; a site's
section name ("Media Center", "Press Releases") may stand above that title. Pages written
here in the manner of South Asian, Latin American and European ministries' sites."""

from __future__ import annotations

import datetime

from tracker.extract.pipeline import extract

POSTED = datetime.date(2021, 2, 1)  # the day after the statement


def _said(text: str, url: str | None = None) -> list[tuple[str | None, str, str | None]]:
    return [(p.speaker, p.text, p.said_on) for p in extract(text, published=POSTED, url=url)]


# a ministry's site: its section's name above the title, the posting day below it
_UNDER_SECTION = (
    "Media Centre\n\n"
    "Statement by Official Spokesperson on the situation in Lanka Bay (January 31, 2021)\n\n"
    "February 01, 2021\n\n"
    "We have noted the reports of clashes in Lanka Bay with deep concern. We call on all "
    "sides to exercise restraint.\n\n"
    "We remain in touch with the authorities and will continue to follow events closely.\n"
)
_URL = "https://www.mea.gov.in/press-releases.htm?dtl/1/Statement_by_Official_Spokesperson"

# the title first, its day after a comma, the posting day below in another order
_COMMA_DAY = (
    "Statement by the Spokesperson of the Ministry of Foreign Affairs on the elections in "
    "Costa Verde, 31 January 2021\n\n"
    "1 February 2021\n\n"
    "We welcome the peaceful conduct of the elections in Costa Verde and congratulate its "
    "people on their civic spirit.\n"
)

# no line of the posting day at all: the page's day comes from elsewhere (its address)
_NO_DATE_LINE = (
    "Press Releases\n\n"
    "Statement by the Press Secretary of the Ministry of Foreign Affairs on the attack in "
    "Port Amara (Jan. 31, 2021)\n\n"
    "We strongly condemn the attack on civilians in Port Amara. Those responsible must be "
    "brought to justice.\n"
)

# near miss: a title with no day of its own keeps the page's day
_NO_TITLE_DAY = (
    "Media Centre\n\n"
    "Statement by Official Spokesperson on the situation in Lanka Bay\n\n"
    "February 01, 2021\n\n"
    "We have noted the reports of clashes in Lanka Bay with deep concern. We call on all "
    "sides to exercise restraint.\n"
)


def test_title_day_under_a_section_name_dates_the_statement() -> None:
    got = _said(_UNDER_SECTION, _URL)
    assert got, got
    assert all(day == "2021-01-31" for _, _, day in got), got


def test_title_day_after_a_comma_beats_the_posting_line() -> None:
    got = _said(_COMMA_DAY)
    assert [(s, day) for s, _, day in got] == [("Ministry of Foreign Affairs", "2021-01-31")], got


def test_title_day_in_brackets_with_no_posting_line() -> None:
    got = _said(_NO_DATE_LINE)
    assert [day for _, _, day in got] == ["2021-01-31"], got


def test_title_without_a_day_keeps_the_posting_day() -> None:
    got = _said(_NO_TITLE_DAY, _URL)
    assert got, got
    assert all(day == "2021-02-01" for _, _, day in got), got
