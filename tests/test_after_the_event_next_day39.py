"""A lead dates the words ("Lavrov said on Monday that no progress had been made ..."),
then the next sentence of the same speaker opens on the day of the event the words came
after ("Following the talks ... on Sunday, Lavrov told a news conference that ..."): the
day the sentence opens on is the talks', the lead's Monday the words' (talks that ran late,
a news conference past midnight); the words carrying them on go with it. An event two days
before the lead is another occasion ("After his talk with Macron in Paris on Friday, Zarif
said ..." under a Sunday lead). Stories written here, in the manner of wire copy relayed
by small sites; each expected statement is checked for its speaker, its first words and
its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2014, 8, 18)

TALKS_THE_DAY_BEFORE = (
    "Lavrov: no deal on Ukraine truce\n\n"
    "MOSCOW\u2014Russian Foreign Minister Sergei Lavrov said on Monday that the sides had "
    "failed to agree on the terms of a truce in eastern Ukraine at the talks in Berlin.\n\n"
    "Following the talks between the foreign ministers of Russia, Ukraine, Germany and\n"
    "France on Sunday, Lavrov told a news conference that the talks had brought no "
    "agreement on a truce.\n\n"
    "\u201cOur partners keep changing their terms,\u201d Lavrov said.\n"
)
# near miss: the event two days before the lead's day is an occasion of its own
TALK_TWO_DAYS_BEFORE = (
    "Lavrov: no deal on Ukraine truce\n\n"
    "MOSCOW\u2014Russian Foreign Minister Sergei Lavrov said on Monday that the sides had "
    "failed to agree on the terms of a truce in eastern Ukraine at the talks in Berlin.\n\n"
    "After his talk with the French foreign minister in Paris on Saturday, Lavrov said "
    "France had offered ideas for a truce.\n"
)

# near miss: the pluperfect sets the words before the lead's
HAD_TOLD_AFTER_THE_TALKS = TALKS_THE_DAY_BEFORE.replace(
    "Lavrov told a news conference", "Lavrov had told a news conference"
)


def test_talks_the_day_before() -> None:
    assert_statements(
        TALKS_THE_DAY_BEFORE,
        PUBLISHED,
        [
            ("Sergei Lavrov", "the sides had failed", "2014-08-18"),
            ("Sergei Lavrov", "the talks had brought no", "2014-08-18"),
            ("Sergei Lavrov", "Our partners keep changing", "2014-08-18"),
        ],
    )


def test_talk_two_days_before() -> None:
    assert_statements(
        TALK_TWO_DAYS_BEFORE,
        PUBLISHED,
        [
            ("Sergei Lavrov", "the sides had failed", "2014-08-18"),
            ("Sergei Lavrov", "France had offered ideas", "2014-08-16"),
        ],
    )


def test_had_told_after_the_talks() -> None:
    assert_statements(
        HAD_TOLD_AFTER_THE_TALKS,
        PUBLISHED,
        [
            ("Sergei Lavrov", "the sides had failed", "2014-08-18"),
            ("Sergei Lavrov", "the talks had brought no", "2014-08-17"),
            ("Sergei Lavrov", "Our partners keep changing", "2014-08-17"),
        ],
    )
