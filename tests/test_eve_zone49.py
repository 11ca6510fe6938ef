"""Words said the day before the page's date: "on the eve of" an event whose own day the
phrase tells ("Thursday's summit", "the summit, which opens in the capital on Saturday") are
said the day before that day, also when the page comes out the day before the event; and a
second zone's clock told between commas after the verb ("said late Monday Washington time,
early Tuesday in Japan, that ...") belongs to the attribution, not to the words. Stories
written here in the manner of wires and papers of several regions."""

from __future__ import annotations

import datetime

from tracker.extract import extract

EVE_POSSESSIVE = (
    "Summit preview\n\n"
    "BRUSSELS - The chair of the bloc's leaders said on the eve of Thursday's summit that "
    "the meeting would take up new funding for the reconstruction fund.\n\n"
    "Council President Anna Lindqvist said on the eve of Thursday's summit that leaders "
    "would agree a new package for the region.\n\n"
    '"We must deliver this time," Lindqvist said in a letter to the leaders.\n'
)

EVE_RELATIVE = (
    "Leaders gather for regional summit\n\n"
    "NEW DELHI: Speaking on the eve of the regional summit, which opens in the capital on "
    "Saturday, Foreign Minister Rajan Mehta said the hosts would push for a joint "
    "declaration.\n\n"
    '"We are confident of an outcome," Mehta said.\n'
)

ZONES = (
    "TOKYO, Nov. 7 (Kyodo) -- U.S. envoy Daniel Brooks said late Monday Washington time, "
    "early Tuesday in Japan, that the allies would coordinate closely on the missile "
    "launches.\n\n"
    "Japan's foreign minister said Tuesday that Tokyo welcomed the remarks.\n"
)


def _read(text: str, day: datetime.date) -> list[tuple[str | None, str | None, str]]:
    return [
        (s.speaker, s.said_on, " ".join(s.text.split()[:3])) for s in extract(text, published=day)
    ]


def test_eve_of_a_days_possessive_event_on_the_events_day():
    got = _read(EVE_POSSESSIVE, datetime.date(2023, 12, 14))  # a Thursday
    assert ("Anna Lindqvist", "2023-12-13", "leaders would agree") in got


def test_eve_of_tomorrows_event_in_the_day_befores_paper():
    got = _read(EVE_POSSESSIVE, datetime.date(2023, 12, 13))  # a Wednesday
    assert ("Anna Lindqvist", "2023-12-13", "leaders would agree") in got


def test_eve_of_an_event_whose_opening_day_a_relative_clause_tells():
    got = _read(EVE_RELATIVE, datetime.date(2023, 9, 9))  # a Saturday
    assert ("Rajan Mehta", "2023-09-08", "the hosts would") in got
    assert ("Rajan Mehta", "2023-09-08", "We are confident") in got


def test_second_zones_day_between_commas_is_not_the_words():
    got = _read(ZONES, datetime.date(2023, 11, 7))
    assert ("Daniel Brooks", "2023-11-06", "the allies would") in got


EVE_DATED_CLAUSE = (
    "Ministers prepare for the forum\n\n"
    "Speaking on the eve of the forum, which opens on April 11, Trade Minister Paula Reyes "
    "said the region needed more open markets.\n"
)

EVE_WEEKDAY_AHEAD = (
    "Ministers prepare for the forum\n\n"
    "Speaking on the eve of Thursday's forum, Trade Minister Paula Reyes said the region "
    "needed more open markets.\n"
)


def test_eve_of_an_event_with_a_calendar_day_is_not_moved_a_week():
    got = _read(EVE_DATED_CLAUSE, datetime.date(2024, 4, 25))  # two weeks after
    assert ("Paula Reyes", "2024-04-10", "the region needed") in got


def test_eve_of_a_weekday_is_never_moved_past_the_page():
    got = _read(EVE_WEEKDAY_AHEAD, datetime.date(2024, 4, 16))  # a Tuesday
    assert all(said != "2024-04-17" for _, said, _ in got)
