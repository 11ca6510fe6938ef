"""Words that end on the gathering they were said at (round 50): "X argued for ... in a
roundtable debate on 12 July", "called for ... at a forum in Geneva on Tuesday": the
reporter's tail names where the speaker spoke and its day, as "in a speech on 12 July" and
"at a press conference on Thursday" already did. A clause of its own in the words ("said
the deal was reached at a summit on Friday") dates that clause's deed, not the saying.
Stories written here in the manner of a ministry's weekly round-up and of wire copy."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2019, 10, 18)  # a Friday
DAY = "2019-10-18"

_ROUNDTABLE = (
    "This week at the ministry\n\n"
    "Minister for Trade Clara Novak argued for deeper customs cooperation with the Gulf "
    "states in a roundtable discussion at a seminar on regional trade on 15 October.\n"
)

_HEARING = (
    "Deputy Foreign Minister Tomas Berg argued for the embassy closures at a parliamentary "
    "hearing in Oslo on Wednesday.\n"
)

_SUMMIT = (
    "President Amara Diallo urged faster debt relief for the poorest countries during a "
    "regional summit in Dakar on 14 October.\n"
)

# near miss: the gathering is the reached deal's, a clause of its own in the words
_DEAL_REACHED = (
    "Foreign Minister Tomas Berg said the fishing accord was reached at a summit in Bergen "
    "on 14 October.\n\nThe accord covers the next five years.\n"
)


def test_words_ending_on_a_seminar_and_its_day_take_it() -> None:
    assert_statements(
        _ROUNDTABLE,
        PUBLISHED,
        [("Clara Novak", "for deeper customs cooperation", "2019-10-15")],
    )


def test_words_ending_on_a_hearing_and_its_weekday_take_it() -> None:
    assert_statements(
        _HEARING,
        PUBLISHED,
        [("Tomas Berg", "for the embassy closures", "2019-10-16")],
    )


def test_words_ending_on_a_summit_and_its_day_take_it() -> None:
    assert_statements(
        _SUMMIT,
        PUBLISHED,
        [("Amara Diallo", "urged faster debt relief", "2019-10-14")],
    )


def test_a_deal_reached_at_a_dated_summit_does_not_date_the_saying() -> None:
    assert_statements(
        _DEAL_REACHED,
        PUBLISHED,
        [("Tomas Berg", "the fishing accord was reached", DAY)],
    )


# near misses (review rv50a): a participle's clause in the words ("imposed by Y at a meeting
# on ..."): the gathering is the deed's inside the words, not where they were said
@pytest.mark.parametrize(
    "words",
    [
        "Trade Minister Ruth Okafor condemned the levies agreed by the bloc at a summit on "
        "14 October.",
        "Foreign Minister Omar Haddad rejected the quotas approved by the council at a "
        "session on 16 October.",
        "Minister Lena Fischer criticised the rules drafted by the commission at a forum "
        "in Vienna on 15 October.",
    ],
)
def test_a_deed_told_by_a_participle_in_the_words_does_not_date_them(words: str) -> None:
    text = "Trade news\n\n" + words + "\n"
    said = [s.said_on for s in extract(text, published=PUBLISHED)]
    assert said == [DAY], said
