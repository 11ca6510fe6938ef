"""A second verb of saying on another occasion, joined to the first by "and" (read set
w29a): "... and later wrote on Truth Social that ...", "..., and on Tuesday he said ...".
Each is a statement of its own, with its own day, not the tail of the first one's words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_WIRE = (
    "Warsaw rejects the corridor plan\n\nBy Staff Reporter\nMarch 4, 2024\n\n"
    "Polish President Andrzej Duda told the broadcaster TVN that the plan was "
    '"unrealistic" and later posted on Facebook that Warsaw would not sign it.\n'
)

_BROADSHEET = (
    "Senators press the White House over the accord\n\n"
    'WASHINGTON - Senator Lindsey Graham said in January that Congress must "have a say," '
    "and on Monday he said the White House had ignored that demand.\n"
)

_LIVE = (
    "Leaders react to the Riyadh talks\n\n"
    'Italian Prime Minister Giorgia Meloni told reporters she was "cautiously hopeful" and '
    "later wrote on X that Rome would send a delegation to Riyadh.\n\n"
    'Chancellor Olaf Scholz said the talks were "useful" and later told the Bundestag that '
    "Germany would raise its aid.\n"
)


def test_a_post_later_on_a_platform_is_a_statement_of_its_own() -> None:
    assert_statements(
        _WIRE,
        datetime.date(2024, 3, 4),
        [
            ("Andrzej Duda", "the plan was", "2024-03-04"),
            ("Andrzej Duda", "Warsaw would not sign it", "2024-03-04"),
        ],
    )


def test_a_day_before_the_pronoun_opens_a_second_occasion() -> None:
    assert_statements(
        _BROADSHEET,
        datetime.date(2024, 3, 6),
        [
            ("Lindsey Graham", "Congress must", "2024-01"),
            ("Lindsey Graham", "the White House had ignored", "2024-03-04"),
        ],
    )


def test_words_told_later_to_an_audience_are_their_own() -> None:
    assert_statements(
        _LIVE,
        datetime.date(2024, 3, 4),
        [
            ("Giorgia Meloni", "she was", "2024-03-04"),
            ("Giorgia Meloni", "Rome would send", "2024-03-04"),
            ("Olaf Scholz", "the talks were", "2024-03-04"),
            ("Olaf Scholz", "Germany would raise", "2024-03-04"),
        ],
    )


# A post of a state, described before anyone is named with it, is not the post of one the
# headline named and the story titles only further on ("Qatar's prime minister announced
# ..." under a headline naming Netanyahu, whom "Prime Minister" comes to only below)
_LEDE = (
    "Qatar announces truce deal; Netanyahu's office says details pending\n\n"
    "By Staff Reporter\n15 January 2025\n\n"
    "Qatar's prime minister announced on Wednesday that Israel and Hamas had agreed to a "
    "phased ceasefire.\n\n"
    '"The two parties have reached an agreement," Sheikh Mohammed bin Abdulrahman Al Thani '
    "told a press conference in Doha.\n\n"
    "The Qatari premier said the first phase would last 42 days.\n\n"
    "Prime Minister Benjamin Netanyahu would respond later, his office said.\n"
)

_BRIEFING = (
    "Modi to attend Tokyo summit\n\n"
    "By Staff Reporter\n3 March 2024\n\n"
    "Japan's foreign minister said on Sunday that Tokyo would host the next round of talks.\n\n"
    '"We are ready to welcome all parties," Yoko Kamikawa said at a briefing in Tokyo.\n\n'
    "The Japanese minister also said she had spoken to her Indian counterpart.\n\n"
    "Prime Minister Narendra Modi will travel to Tokyo in May, the Indian foreign ministry "
    "said.\n"
)


def test_a_state_post_in_the_lede_is_the_one_named_next() -> None:
    assert_statements(
        _LEDE,
        datetime.date(2025, 1, 15),
        [
            ("Mohammed bin Abdulrahman Al Thani", "Israel and Hamas", "2025-01-15"),
            ("Mohammed bin Abdulrahman Al Thani", "The two parties", "2025-01-15"),
            ("Mohammed bin Abdulrahman Al Thani", "the first phase", "2025-01-15"),
            ("Office of Benjamin Netanyahu", "Prime Minister Benjamin", "2025-01-15"),
        ],
    )


def test_a_title_given_further_on_is_not_the_described_minister() -> None:
    assert_statements(
        _BRIEFING,
        datetime.date(2024, 3, 3),
        [
            ("Yoko Kamikawa", "Tokyo would host", "2024-03-03"),
            ("Yoko Kamikawa", "We are ready", "2024-03-03"),
            ("Yoko Kamikawa", "she had spoken", "2024-03-03"),
            ("Indian Foreign Ministry", "Prime Minister Narendra", "2024-03-03"),
        ],
    )


# A briefing's excerpts under a title-case headline that quotes the spokesperson: the run of
# capitals inside the quotation ("Whether Russia Is'", "The Door Remains Open") is no guest
# of the page, and the report's opening paragraph is no one's turn
_BRIEFING_BODY = (
    "By Staff Reporter\nMarch 3, 2024 14:05\n\n"
    "Ministry spokesperson Maria Lind opened the briefing with a statement on the talks. "
    "Prime Minister Ulf Kristersson, who arrived in Brussels on Sunday, said earlier in the "
    'day that the summit would be "decisive" for the region.\n\n'
    "Lind: Good afternoon. Sweden has come to Brussels ready to work. We are ready.\n\n"
    "Q: Does Stockholm expect a deal this week?\n\n"
    "Lind: I will not speculate about timing. The minister will say more himself.\n"
)
_EXCERPTS = (
    "Sweden's MFA on Brussels Talks: 'We Are Ready, the Question Is Whether Russia Is'\n\n"
    "The Local publishes excerpts from the weekly briefing of Sweden's Foreign Ministry "
    "spokesperson, held in Stockholm on March 3, 2024.\n\n" + _BRIEFING_BODY
)
_SAYS_HEADLINE = (
    "Foreign Ministry Briefing: 'The Door Remains Open, Says Stockholm'\n\n" + _BRIEFING_BODY
)


def test_a_name_read_inside_a_quoted_headline_gives_no_turn() -> None:
    expected = [
        ("Ulf Kristersson", "the summit would be", "2024-03-03"),
        ("Maria Lind", "Good afternoon", "2024-03-03"),
        ("Maria Lind", "I will not speculate", "2024-03-03"),
    ]
    assert_statements(_EXCERPTS, datetime.date(2024, 3, 3), expected)
    assert_statements(_SAYS_HEADLINE, datetime.date(2024, 3, 3), expected)


# "said in Washington, where she met Obama on Monday, that ...": the place the words were
# said in, set off with the day the speaker was there, dates them (a where-clause about
# something else does not); initials' dots ("U.S.", "E.U.") inside it end no phrase
_WHERE_SAID = (
    "Leaders weigh the Minsk accord\n\nBy Staff Reporter\nThursday 12 February 2015\n\n"
    "Merkel had said in Washington, where she met U.S. President Barack Obama on Monday, "
    "that she did not believe the crisis could be solved militarily.\n\n"
    "Hollande said in Kiev, where he met Petro Poroshenko on Tuesday, that France would not "
    "send weapons.\n\n"
    "Lavrov said in Geneva, where fighting resumed on Wednesday, that Moscow wanted a "
    "ceasefire.\n\n"
    "Kerry said in Munich, where he met E.U. officials, that Washington was weighing its "
    "options.\n"
)


def test_the_day_the_speaker_was_where_the_words_were_said() -> None:
    assert_statements(
        _WHERE_SAID,
        datetime.date(2015, 2, 12),
        [
            ("Merkel", "she did not believe", "2015-02-09"),
            ("Hollande", "France would not", "2015-02-10"),
            ("Lavrov", "Moscow wanted", "2015-02-12"),
            ("Kerry", "Washington was weighing", "2015-02-12"),
        ],
    )


# "On May 31 of last year, X said": the day with its year joined by "of", told against the
# article's year (not the year alone)
_OF_LAST_YEAR = (
    "Leaders recall earlier pledges\n\nBy Staff Reporter\n15 January 2025\n\n"
    'On May 31 of last year, Biden said the offer was "a roadmap to an enduring ceasefire."\n\n'
    'On 6 January of this year, Lammy said Britain would "reconnect" with Europe.\n'
)


def test_a_day_of_last_year() -> None:
    assert_statements(
        _OF_LAST_YEAR,
        datetime.date(2025, 1, 15),
        [
            ("Biden", "the offer was", "2024-05-31"),
            ("Lammy", "Britain would", "2025-01-06"),
        ],
    )
