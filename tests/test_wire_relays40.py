"""Western wire copy (Reuters, AP, NPR) republished by other sites: a state outlet's
report "citing" the one whose words it carries; a leader's office named with a two-word
nationality; a scraped page's theme notice. Pages written here, in the manner of those
outlets."""

import datetime

import pytest

from tests.statement_checks import assert_statements

# state media relays the words of the one it cites, closing the sentence; that one, named
# with her brother the leader in an apposition, is whom "Kim" goes on to mean
CITED = (
    "North Korea threatens response over loudspeakers\n\n"
    'SEOUL (Reuters) - South Korea will pay a "heavy price" for resuming its border '
    "broadcasts, North Korea's state news agency KCNA said on Wednesday (Aug 7), citing Kim "
    "Yo-jong, leader Kim Jong-un's sister.\n\n"
    "The broadcasts were an act of provocation that could not be tolerated, Kim said.\n"
)
# near miss: the outlet cites no one by name; it relays, and no one is recorded
CITED_UNNAMED = (
    "North Korea fires missiles\n\n"
    "SEOUL (Reuters) - North Korea fired two ballistic missiles into the sea, Yonhap news "
    "agency said on Wednesday, citing military officials.\n"
)
# a body cited, or a person quoted by surname, the same
CITED_BODY = (
    "China warns U.S. over arms sale\n\n"
    "BEIJING (Reuters) - China firmly opposes the latest U.S. arms sale to Taiwan, Xinhua "
    "news agency said on Friday, citing the Foreign Ministry.\n\n"
    "TEHRAN (Reuters) - Iran will not negotiate under pressure, the official IRNA news agency "
    "said, quoting Araghchi.\n"
)
# "the office of South Korean President X": a two-word nationality before the post
OFFICE = (
    "Seoul seeks clarity on drills\n\n"
    "SEOUL — A statement issued by the office of South Korean President Moon Jae-in said, "
    '"We need to understand the exact meaning of the remarks."\n\n'
    "The office of South African President Cyril Ramaphosa said on Tuesday the visit would "
    "go ahead.\n"
)
# a WordPress theme's notice kept atop a scraped page is no one the story's post can mean
NOTICE = (
    "Jannah Theme License is not validated, Go to the theme options page to validate the "
    "license, You need a single license for each domain name.\n"
    "Climate talks\n\n"
    "SHARM EL SHEIKH, Egypt (AP) — Ireland's environment minister said the draft text was "
    '"a step backwards".\n\n'
    'Speaking to reporters, Eamon Ryan called the proposal "deeply disappointing."\n'
)


@pytest.mark.parametrize(
    ("page", "day", "want"),
    [
        (
            CITED,
            datetime.date(2024, 8, 7),
            [
                ("Kim Yo-jong", 'South Korea will pay a "heavy price"', "2024-08-07"),
                ("Kim Yo-jong", "The broadcasts were an act", "2024-08-07"),
            ],
        ),
        (CITED_UNNAMED, datetime.date(2024, 8, 7), []),
        (
            CITED_BODY,
            datetime.date(2024, 8, 9),
            [
                ("Chinese Foreign Ministry", "China firmly opposes", "2024-08-09"),
                ("Araghchi", "Iran will not negotiate", "2024-08-09"),
            ],
        ),
        (
            OFFICE,
            datetime.date(2018, 6, 12),
            [
                (
                    "Office of South Korean President Moon Jae-in",
                    "We need to understand",
                    "2018-06-12",
                ),
                (
                    "Office of South African President Cyril Ramaphosa",
                    "the visit would go ahead",
                    "2018-06-12",
                ),
            ],
        ),
        (
            NOTICE,
            datetime.date(2022, 11, 19),
            [
                ("Eamon Ryan", "the draft text was", "2022-11-19"),
                ("Eamon Ryan", "the proposal", "2022-11-19"),
            ],
        ),
    ],
)
def test_wire_copy_speakers(page, day, want):
    assert_statements(page, day, want)
