"""The day a ministry's press service put the news out ("X met with counterparts during a
working trip to New York, reported the ministry's press service on Sept. 21"): the words
the story then tells with no day of their own were said on or before it, not on it; an
occasion's own day still wins. Stories written here, in the manner of The Astana Times and
Kazinform; each expected statement is checked for its speaker, its first words and its
day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2023, 9, 21)

PUT_OUT_ON_A_DAY = (
    "Kazakh FM holds talks in New York\n\n"
    "ASTANA \u2013 Kazakh Foreign Minister Murat Nurtleu held a series of meetings during "
    "a working trip to New York, reported the ministry\u2019s press service on Sept. 21.\n\n"
    "Nurtleu underlined the role of the UN in settling regional disputes.\n\n"
    "\u201cCentral Asia needs a stronger voice in the Security Council,\u201d he said.\n"
)
PRESS_SERVICE_REPORTED_ON = (
    "Kazakh FM holds talks in New York\n\n"
    "ASTANA \u2013 The Foreign Ministry\u2019s press service reported on Sept. 21 that "
    "Kazakh Foreign Minister Murat Nurtleu had held talks in New York.\n\n"
    "Nurtleu stressed that Kazakhstan supported the reform of the Security Council.\n"
)
# near miss: the words have a day of their own
OWN_DAY_WINS = (
    "Kazakh FM holds talks in New York\n\n"
    "ASTANA \u2013 Kazakh Foreign Minister Murat Nurtleu held a series of meetings during "
    "a working trip to New York, reported the ministry\u2019s press service on Sept. 21.\n\n"
    "On Wednesday, Nurtleu said that Central Asia needed a stronger voice at the UN.\n"
)


def test_put_out_on_a_day() -> None:
    assert_statements(
        PUT_OUT_ON_A_DAY,
        PUBLISHED,
        [
            ("Murat Nurtleu", "the role of the UN", "../2023-09-21"),
            ("Murat Nurtleu", "Central Asia needs a stronger voice", "../2023-09-21"),
        ],
    )


def test_press_service_reported_on() -> None:
    assert_statements(
        PRESS_SERVICE_REPORTED_ON,
        PUBLISHED,
        [("Murat Nurtleu", "Kazakhstan supported the reform", "../2023-09-21")],
    )


def test_own_day_wins() -> None:
    assert_statements(
        OWN_DAY_WINS,
        PUBLISHED,
        [("Murat Nurtleu", "Central Asia needed a stronger voice", "2023-09-20")],
    )
