"""A wire lead that gives "a Chinese Foreign Ministry spokesperson" before anyone has spoken,
then the background, then the spokesperson by name paragraphs on: the one named is the
spokesperson of the lead, though the name comes further on than a spokesperson named in the
next sentence would. Sentences written here in the manner of Xinhua and Global Times briefing
stories; each expected statement is checked for its speaker, first words and day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2021, 5, 25)

HEADLINE = "China slams US, South Korea over Taiwan mention\n\n"
DATELINE = "BEIJING, May 24 (Xinhua) -- "
LEAD = (
    "A Chinese Foreign Ministry spokesperson has voiced Beijing's firm opposition to the "
    "mention of Taiwan in the joint statement.\n\n"
)
BACKGROUND = (
    "US President Joe Biden and his South Korean counterpart Moon Jae-in held talks at the "
    "White House last Friday, their first meeting in person.\n\n"
    "The two leaders discussed North Korea, vaccines and supply chains over a long lunch in "
    "the residence.\n\n"
    "Moon flew home on Sunday after a visit to a battery plant in the state of Georgia and a "
    "stop in Atlanta, where he met business leaders.\n\n"
)
ZHAO = (
    '"Taiwan affairs are purely China\'s internal affairs," foreign ministry spokesperson '
    "Zhao Lijian told a regular briefing on Monday.\n"
)
# near miss: the minister has spoken before the spokesperson is brought in; a spokesperson
# named so far on is no longer the lead's
AFTER_THE_MINISTER = (
    "Chinese Foreign Minister Wang Yi said on Monday that no one should underestimate "
    "China's resolve.\n\n"
)
# near miss: the spokesperson named further on is another state's
PRICE = (
    '"We stand by every word of it," US State Department spokesman Ned Price told reporters '
    "on Monday.\n"
)


def test_lead_spokesperson_named_paragraphs_on() -> None:
    assert_statements(
        HEADLINE + DATELINE + LEAD + BACKGROUND + ZHAO,
        PUBLISHED,
        [
            ("Zhao Lijian", "voiced Beijing's firm opposition", "2021-05-24"),
            ("Zhao Lijian", "Taiwan affairs are purely", "2021-05-24"),
        ],
    )


def test_spokesperson_after_another_speaker_stays_the_ministry() -> None:
    assert_statements(
        HEADLINE + DATELINE + AFTER_THE_MINISTER + LEAD + BACKGROUND + ZHAO,
        PUBLISHED,
        [
            ("Wang Yi", "no one should underestimate", "2021-05-24"),
            ("Chinese Foreign Ministry", "voiced Beijing's firm opposition", "../2021-05-25"),
            ("Zhao Lijian", "Taiwan affairs are purely", "2021-05-24"),
        ],
    )


def test_another_states_spokesperson_is_not_the_lead() -> None:
    assert_statements(
        HEADLINE + DATELINE + LEAD + BACKGROUND + PRICE,
        PUBLISHED,
        [
            ("Chinese Foreign Ministry", "voiced Beijing's firm opposition", "../2021-05-25"),
            ("Ned Price", "We stand by every word", "2021-05-24"),
        ],
    )
