"""An act recalled in an aside on the subject is background, not a statement.

Wire and newspaper copy introduce a speaker with a relative clause that recalls what they did
before: "X, who announced the sanctions on Monday, said ...", "Y, who has long warned against
any such move, did not comment". With a thing for its object (a measure announced, a step
warned against, a clause pressed for) the aside tells no words of the speaker's; the
statement is the sentence's own verb. An aside that reports words ("who said the vote was
rigged", "who called the plan 'reckless'", "who dismissed the claims as baseless") still is
one.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2024, 6, 12)

# the aside announces a measure, the main verb says something: only the latter is said
ANNOUNCED = (
    "Australia widens sanctions on Moscow\n\n"
    "CANBERRA, June 12 (Reuters) - Australia added more Russian firms to its sanctions list "
    "on Wednesday.\n\n"
    "Foreign Minister Penny Wong, who announced the new listings on Tuesday, said Canberra "
    'would keep "every option" open to raise the cost of the war.\n'
)

# the aside warns against a step; the main verb is no saying at all
WARNED_AGAINST = (
    "Allies split over long-range strikes\n\n"
    "BRUSSELS, June 12 (Reuters) - NATO defence ministers failed on Wednesday to agree on "
    "whether Kyiv may hit targets inside Russia with Western arms.\n\n"
    "Hungarian Foreign Minister Peter Szijjarto, who has repeatedly warned against any "
    "decision that could widen the war, did not attend the meeting. Defence Minister Kajsa "
    "Ollongren of the Netherlands said her government had set no limits on its F-16s.\n"
)

# the aside presses for a clause, before the speaker's own verdict
PRESSED_FOR = (
    "EU and Chile close in on trade pact\n\n"
    "BRUSSELS, June 12 (Reuters) - Negotiators from the European Union and Chile wrapped up "
    "a final round of talks on Wednesday.\n\n"
    "EU trade chief Valdis Dombrovskis, who pressed for a review clause that lets either side "
    "suspend tariff cuts, said the text was balanced and fair.\n"
)

# near misses (also so before the change): asides that report words stay statements
ASIDES_WITH_WORDS = (
    "Seoul weighs response to balloons\n\n"
    "SEOUL, June 12 (Yonhap) - South Korea is weighing its response to a new wave of "
    "balloons sent across the border.\n\n"
    "Unification Minister Kim Yung-ho, who said last week that the launches were a "
    "provocation, told lawmakers on Wednesday that talks remained possible.\n\n"
    "Defence Minister Shin Won-sik, who dismissed Pyongyang's threats as empty, said the "
    "military was ready.\n"
)


def test_an_announcement_recalled_in_an_aside_is_no_statement() -> None:
    assert_statements(
        ANNOUNCED, DAY, [("Penny Wong", 'Canberra would keep "every option"', "2024-06-12")]
    )


def test_a_warning_against_a_step_recalled_in_an_aside_is_no_statement() -> None:
    assert_statements(
        WARNED_AGAINST,
        DAY,
        [("Kajsa Ollongren", "her government had set no limits", "2024-06-12")],
    )


def test_a_clause_pressed_for_in_an_aside_is_no_statement() -> None:
    assert_statements(
        PRESSED_FOR, DAY, [("Valdis Dombrovskis", "the text was balanced and fair", "2024-06-12")]
    )


def test_asides_that_report_words_stay_statements() -> None:
    assert_statements(
        ASIDES_WITH_WORDS,
        DAY,
        [
            ("Kim Yung-ho", "the launches were a provocation", "2024-06-03/2024-06-09"),
            ("Kim Yung-ho", "talks remained possible", "2024-06-12"),
            ("Shin Won-sik", "Pyongyang's threats as empty", "../2024-06-12"),
            ("Shin Won-sik", "the military was ready", "2024-06-12"),
        ],
    )
