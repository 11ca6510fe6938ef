"""Speakers of matched statements given to the wrong person. A pronoun in a clause hung on
a sentence whose subject is a post ("The High Commissioner also opened the Mandela
lecture, during which she called ...") went to the person the lecture is named after, a
name in the possessive read as the subject of a verb; and words told inside a relative
clause ("a report by X, which claimed that ...") ran on over the sentence's own subject
and verb of saying ("..., spokesperson Y said on Friday that ..."), so that Y's words were
given to X. The near misses: a possessive name with no post leading the sentence still
lets "he" go to the one subject named; a source set off inside the words with no "that" of
its own stays inside them. Sentences written here in the manner of a UN noon briefing and
of a ministry's wire copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 3, 14)  # a Friday
DAY = "2025-03-14"


def test_pronoun_after_a_post_led_sentence_is_not_the_lecture_namesake() -> None:
    text = (
        "Good afternoon.\n\n"
        "The High Commissioner is travelling in southern Africa this week. On Thursday, "
        "the High Commissioner visited the former home of the late President Nelson "
        "Mandela in Johannesburg. The High Commissioner also opened the Nelson Mandela's "
        "annual lecture in Pretoria today, during which she described the late president "
        "as a model of patient courage for all who defend rights.\n"
    )
    got = [(s.speaker, s.text) for s in _extracted(text)]
    assert got, got
    assert all(speaker != "Nelson Mandela" for speaker, _ in got), got


def test_possessive_name_is_no_subject_of_a_verb() -> None:
    # "Mandela's lecture" owns a noun: "he" goes back to the envoy, the subject named
    text = (
        "UNITED NATIONS, March 14 - Special Envoy Karim Odhiambo met delegates in Geneva on "
        "Friday. Envoy Karim Odhiambo gave the Mandela's lecture at the Palais, where he "
        "said the talks would resume next month.\n"
    )
    got = [(s.speaker, s.text) for s in _extracted(text)]
    assert [speaker for speaker, _ in got] == ["Karim Odhiambo"], got


def test_relative_clause_words_end_where_the_spokesperson_says_that() -> None:
    assert_statements(
        "BEIJING, March 14 - Asked about a study published this week by a group of "
        "lawmakers in the European Parliament, which claimed that Chinese investment had "
        "left several member states exposed to pressure, foreign ministry spokesperson Mao "
        "Lan said on Friday that the study was full of ideological bias, ignored the facts "
        "and would only harm trust between China and Europe.\n",
        PUBLISHED,
        [
            ("European Parliament", "Chinese investment had left several member", DAY),
            ("Mao Lan", "the study was full of ideological bias", DAY),
        ],
    )


def test_source_set_off_inside_the_words_stays_inside() -> None:
    # no "that" after the verb: a source set off within the words, not the main clause back
    text = (
        "BEIJING, March 14 - The ministry issued a note, which said that the agreement, the "
        "spokesperson Mao Lan said, would be signed in April.\n"
    )
    got = [(s.speaker, s.text) for s in _extracted(text)]
    assert all("would be signed in April" in words for _, words in got), got


def _extracted(text: str) -> list:
    from tracker.extract import extract

    return extract(text, published=PUBLISHED)
