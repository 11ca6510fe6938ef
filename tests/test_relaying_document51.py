"""Words said at an occasion of their own, relayed by a document that came out on a day
(round 51).

"..., she stated, according to a statement issued by the ministry on Tuesday" after a lead
"said in her speech at the General Assembly": the day is the document's, which came out
after the speech; the words were said on or before it. The occasion's own day, when its
sentence gives one ("in his meeting with X in Brussels today"), dates them; words with no
occasion but the document itself take its day.

Fixtures written here in the manner of an Asian news agency's English page, a wire story
and a foreign ministry's release."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

TUESDAY = datetime.date(2024, 3, 12)


def test_speech_relayed_by_a_statement_issued_on_tuesday_is_bounded() -> None:
    assert_statements(
        "Dhaka: Bangladesh will press for climate finance at the summit, Foreign Minister "
        "Rafiq Alam said in his address to the regional forum.\n"
        '"We cannot wait another decade," he said, according to a statement issued by the '
        "Ministry of Foreign Affairs on Tuesday.\n"
        "Alam added that the fund must reach the poorest nations first.",
        TUESDAY,
        [
            ("Rafiq Alam", "Bangladesh will press for climate finance", "../2024-03-12"),
            ("Rafiq Alam", "We cannot wait another decade", "../2024-03-12"),
            ("Rafiq Alam", "the fund must reach the poorest nations", "../2024-03-12"),
        ],
    )


def test_interview_relayed_by_a_transcript_released_late_monday() -> None:
    assert_statements(
        "Minister Sara Lindqvist spoke of the talks during an interview with a Swedish "
        "broadcaster.\n"
        "Lindqvist said the talks would resume in April, according to a transcript "
        "released by her office late Monday.",
        TUESDAY,
        [("Sara Lindqvist", "the talks would resume in April", "../2024-03-11")],
    )


def test_forum_words_relayed_by_the_embassys_readout_published_on_sunday() -> None:
    assert_statements(
        "Ambassador Omar Haddad spoke at a business forum in Amman.\n"
        "Trade between the two countries had doubled, Haddad noted, according to the "
        "embassy's readout published on Sunday.",
        TUESDAY,
        [("Omar Haddad", "Trade between the two countries had doubled", "../2024-03-10")],
    )


def test_occasion_with_its_own_day_dates_the_relayed_words() -> None:
    assert_statements(
        "The envoy met Prime Minister Lee in Seoul on Monday during a two-day meeting of "
        "officials.\n"
        "Envoy Mark Dunn also stressed the need for calm, according to a statement released "
        "by his office on Tuesday.",
        TUESDAY,
        [("Mark Dunn", "the need for calm", "2024-03-11")],
    )


def test_near_miss_the_statement_itself_is_the_occasion() -> None:
    # no occasion of the words' own: the document's day is theirs
    assert_statements(
        "Deputy Minister Ivo Petrov said the sanctions were unlawful, according to a "
        "statement issued by the ministry on Tuesday.",
        TUESDAY,
        [("Ivo Petrov", "the sanctions were unlawful", "2024-03-12")],
    )
