"""Round thirty-eight, wave e, English wire copy: a time put first with no comma ("Last year
he said", "Two years ago she warned") is no part of the speaker; "Director of National
Intelligence X" keeps "Intelligence" in the post, not the name; a title-case headline's verb
("Moscow Blames Washington") names no one; a heading below a story's last exchange of
questions ("Reaction") resumes the page's report; "said two years ago" is dated to that year,
"six months ago" to that month; "wrote on Telegram that A, "B," because
..." has the words open at A, not at the quoted fragment. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2025, 3, 12)


def test_a_year_put_first_without_a_comma_is_no_part_of_the_speaker() -> None:
    text = (
        "MOSCOW, March 12 (Reuters) - Russian Foreign Minister Sergei Lavrov said on "
        "Wednesday that Moscow was open to talks on arms control.\n\n"
        "Lavrov has hosted his Chinese counterpart twice since 2023. Last year he said that "
        "ties with Beijing had never been closer.\n\n"
        "Kremlin spokesman Dmitry Peskov told reporters that no date had been fixed. Two "
        "years ago he warned that sanctions would only harden Moscow's stance.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Sergei Lavrov", "Moscow was open to talks", "2025-03-12"),
            ("Sergei Lavrov", "ties with Beijing had never", "2024"),
            ("Dmitry Peskov", "no date had been fixed", "2025-03-12"),
            ("Dmitry Peskov", "sanctions would only harden", "2023"),
        ],
    )


def test_intelligence_closes_the_post_before_the_name() -> None:
    text = (
        "WASHINGTON (AP) - Director of National Intelligence Tulsi Gabbard told senators on "
        "Tuesday that the agencies saw no sign of a planned offensive.\n\n"
        "Minister of Interior Ahmed Salem said the border crossings would reopen on Friday.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Tulsi Gabbard", "the agencies saw no sign", "2025-03-11"),
            ("Ahmed Salem", "the border crossings would reopen", "2025-03-12"),
        ],
    )


def test_a_title_case_headline_verb_names_no_one() -> None:
    text = (
        "Fertiliser Pact Lapses as Moscow Decries Washington Over 'Empty Pledges'\n\n"
        "World\n09:40 GMT 12.03.2025\n\n"
        "The fertiliser pact lapsed on Wednesday, a year after Washington promised it would "
        "lift curbs on Russian banks.\n\n"
        "The Russian Foreign Ministry said in a statement on Wednesday that the pact had "
        "ended because its terms were never met.\n"
    )
    assert_statements(
        text,
        _DAY,
        [("Russian Foreign Ministry", "the pact had ended because", "2025-03-12")],
    )


def test_a_heading_below_the_last_exchange_resumes_the_report() -> None:
    text = (
        "Lavrov answers questions on Gulf visit\n\n"
        "RIYADH, March 12 (TASS) - Russian Foreign Minister Sergey Lavrov on Wednesday took "
        "questions from journalists at the end of his visit to Saudi Arabia.\n\n"
        "Question: Will Russia join the new shipping corridor?\n\n"
        "Sergey Lavrov: We are studying the proposal together with our partners. No "
        "decision has been taken yet.\n\n"
        "Thank you.\n\n"
        "Reaction\n\n"
        "The visit was watched closely in Europe. EU spokesman Anitta Hipper told reporters "
        "that Brussels saw no change in Moscow's course.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Sergey Lavrov", "We are studying the proposal", "2025-03-12"),
            ("Anitta Hipper", "Brussels saw no change", "2025-03-12"),
        ],
    )


def test_a_that_clause_after_the_channel_opens_before_its_quoted_fragment() -> None:
    text = (
        "MOSCOW, March 12 (Reuters) - Leonid Slutsky, who chairs the lower house's foreign "
        'affairs committee, wrote on Telegram that no truce would hold for long, "not '
        'without guarantees," since the front was moving west.\n\n'
        "Andrei Klishas said in a statement that any text would be drafted in Moscow, "
        '"not in Brussels," and signed only after a vote.\n'
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Leonid Slutsky", "no truce would hold", "2025-03-12"),
            ("Andrei Klishas", "any text would be drafted in Moscow", "2025-03-12"),
        ],
    )


def test_years_and_months_ago_date_the_words() -> None:
    text = (
        "ANKARA, March 12 (AFP) - Turkish Foreign Minister Hakan Fidan said a year ago that "
        "Ankara would not join the sanctions.\n\n"
        "His spokesman, Oncu Keceli, said six months ago that the grain route must stay "
        "open.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Hakan Fidan", "Ankara would not join", "2024"),
            ("Oncu Keceli", "the grain route must stay open", "2024-09"),
        ],
    )
