"""Two date classes from real Asian outlets in English.

A readout relayed by an official ("Motegi told Rubio that ..., while Rubio said ..., the
official said") names the meeting in its lead ("in a meeting with"); words told there with
no day of their own yet carry only the page's date as a stand-in, which is no day told at
that meeting: the other party's words are not dated by it (Kyodo via The Japan Times).

A paragraph that steps back in the pluperfect to words told before the story's time ("In a
recent interview, X had said that ...") goes on there: other speakers' reactions told after
them in the same paragraph, with no day of their own, were said then too, on or before the
page's day (Dawn's Foreign Office briefing copy). Stories written here in those manners."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

PUBLISHED = datetime.date(2025, 3, 13)

READOUT = (
    "Foreign Minister Toshimitsu Motegi discussed regional security in a meeting with "
    "Secretary of State Marco Rubio, saying Tokyo sees stability in the Taiwan Strait as "
    '"vital," a Japanese official said.\n\n'
    "Motegi's remarks during the bilateral talks Wednesday in Washington come as Chinese "
    "Foreign Minister Wang Yi reportedly warned Tokyo against meddling in the Taiwan issue.\n\n"
    "Motegi told Rubio that Japan will keep raising its defense spending, while Rubio said he "
    "valued the commitment, the official said.\n"
)
# near miss: a day the lead's own words were told places the other party there too
READOUT_DAY_TOLD = (
    "Foreign Minister Toshimitsu Motegi discussed regional security at a news conference with "
    "Secretary of State Marco Rubio on Tuesday, saying Tokyo sees stability in the Taiwan "
    'Strait as "vital."\n\n'
    "Rubio said he valued the commitment.\n"
)

FLASHBACK = (
    "Islamabad rejects remarks on militancy: FO\n\n"
    "Foreign Office Spokesperson Shafqat Ali Khan said at the weekly briefing on Thursday that "
    "Pakistan had acted against all militant groups.\n\n"
    "In a recent television interview, Afghan Interior Minister Sirajuddin Haqqani had said "
    'that Pakistan "shelters those who attack us". The remarks angered officials in '
    'Islamabad, with Defence Minister Khawaja Asif saying Kabul "should look at its own '
    'failures". Former ambassador Maleeha Lodhi reminded Kabul that Pakistan hosted millions '
    "of Afghan refugees for decades.\n\n"
    "Mr Khan said Pakistan wanted good relations with all its neighbours.\n"
)
# near miss: a reaction in a paragraph of its own is back in the story's time
FLASHBACK_LEFT = (
    "Islamabad rejects remarks on militancy: FO\n\n"
    "Foreign Office Spokesperson Shafqat Ali Khan said at the weekly briefing on Thursday that "
    "Pakistan had acted against all militant groups.\n\n"
    "In a recent television interview, Afghan Interior Minister Sirajuddin Haqqani had said "
    'that Pakistan "shelters those who attack us".\n\n'
    'Defence Minister Khawaja Asif said Kabul "should look at its own failures".\n'
)
# near miss: a day of its own keeps the reaction's day
FLASHBACK_OWN_DAY = (
    "Islamabad rejects remarks on militancy: FO\n\n"
    "Foreign Office Spokesperson Shafqat Ali Khan said at the weekly briefing on Thursday that "
    "Pakistan had acted against all militant groups.\n\n"
    "In a recent television interview, Afghan Interior Minister Sirajuddin Haqqani had said "
    'that Pakistan "shelters those who attack us". Defence Minister Khawaja Asif on Tuesday '
    'said Kabul "should look at its own failures".\n'
)


def test_other_party_of_a_relayed_readout() -> None:
    got = {s.speaker: s.said_on for s in extract(READOUT, published=PUBLISHED)}
    assert got["Marco Rubio"] == "2025-03-12", got
    assert got["Toshimitsu Motegi"] == "2025-03-12", got


def test_other_party_of_a_day_told() -> None:
    assert_statements(
        READOUT_DAY_TOLD,
        PUBLISHED,
        [
            ("Toshimitsu Motegi", "Tokyo sees stability", "2025-03-11"),
            ("Marco Rubio", "he valued the commitment", "2025-03-11"),
        ],
    )


def test_reactions_in_a_flashback() -> None:
    assert_statements(
        FLASHBACK,
        PUBLISHED,
        [
            ("Shafqat Ali Khan", "Pakistan had acted", "2025-03-13"),
            ("Sirajuddin Haqqani", 'Pakistan "shelters', "../2025-03-13"),
            ("Khawaja Asif", 'Kabul "should look', "../2025-03-13"),
            ("Maleeha Lodhi", "Pakistan hosted millions", "../2025-03-13"),
            ("Shafqat Ali Khan", "Pakistan wanted good relations", "2025-03-13"),
        ],
    )


def test_reaction_after_the_flashback() -> None:
    assert_statements(
        FLASHBACK_LEFT,
        PUBLISHED,
        [
            ("Shafqat Ali Khan", "Pakistan had acted", "2025-03-13"),
            ("Sirajuddin Haqqani", 'Pakistan "shelters', "../2025-03-13"),
            ("Khawaja Asif", 'Kabul "should look', "2025-03-13"),
        ],
    )


def test_reaction_with_its_own_day() -> None:
    assert_statements(
        FLASHBACK_OWN_DAY,
        PUBLISHED,
        [
            ("Shafqat Ali Khan", "Pakistan had acted", "2025-03-13"),
            ("Sirajuddin Haqqani", 'Pakistan "shelters', "../2025-03-13"),
            ("Khawaja Asif", 'Kabul "should look', "2025-03-11"),
        ],
    )
