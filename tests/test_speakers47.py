"""Speakers of matched statements given to the wrong person. A pronoun in a clause hung on
a sentence whose subject is a post ("The High Commissioner also opened the Mandela
lecture, during which she called ...") went to the person the lecture is named after, a
name in the possessive read as the subject of a verb; and words told inside a relative
clause ("a report by X, which claimed that ...") ran on over the sentence's own subject
and verb of saying ("..., spokesperson Y said on Friday that ..."), so that Y's words were
given to X. The near misses: a possessive name with no post leading the sentence still
lets "he" go to the one subject named; one brought in by "by" as the doer of an act is
whom "he" means though a post leads; a plural subject ("The foreign ministers") is no post;
a source set off inside the words with no "that" of its own stays inside them. Sentences
written here in the manner of a UN noon briefing and of a ministry's wire copy."""

from __future__ import annotations

import datetime

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
    got = [(s.speaker, s.text[:21]) for s in _extracted(text)]
    assert got == [("The High Commissioner", "the late president as")], got


# the lecture named after a person with no possessive ("the Nelson Mandela Annual Lecture",
# "the Dag Hammarskjold lecture"): the pronoun goes back to the post all the same
def test_pronoun_after_a_post_led_sentence_whatever_the_lectures_name() -> None:
    for lecture in ("the Nelson Mandela Annual Lecture", "the Dag Hammarskjold lecture"):
        text = (
            "Good afternoon.\n\n"
            f"The Secretary-General delivered {lecture} in Uppsala today, during which he "
            "called on member states to defend the multilateral system.\n"
        )
        got = [(s.speaker, s.text[:20]) for s in _extracted(text)]
        assert got == [("The Secretary-General", "called on member sta")], got


# near miss: a person brought in by "by" as the doer of the act ("the visit by Prime
# Minister X, during which she said") is whom the pronoun means, though a post leads
def test_pronoun_after_a_post_led_sentence_goes_to_the_one_named_by() -> None:
    text = (
        "ADDIS ABABA, March 14 - The army spokesman said on Thursday that rebels had shelled "
        "two border posts.\n\n"
        "The foreign minister held talks in Nairobi after phone calls on Wednesday by US "
        "President Donald Trump to both leaders, in which he warned that Washington would "
        "not sign trade deals with either side while the shelling went on.\n"
    )
    got = [s.speaker for s in _extracted(text)]
    assert got == ["The army spokesman", "Donald Trump"], got


# a post's modifier ("security", "foreign", "top") before a plural noun is no post leading
# the sentence: the pronoun goes to the one named by "by", not back to the last speaker
def test_a_plural_subject_is_no_post_leading_the_sentence() -> None:
    for subject in ("The security forces stood down", "The foreign ministers met in Nairobi"):
        text = (
            "ADDIS ABABA, March 14 - Army spokesman Colonel Tesfaye Alemu said on Thursday "
            "that rebels had shelled two border posts.\n\n"
            f"{subject} after phone calls on Wednesday by US President Donald Trump to both "
            "leaders, in which he warned that Washington would not sign trade deals with "
            "either side while the shelling went on.\n"
        )
        got = [s.speaker for s in _extracted(text)]
        assert got == ["Tesfaye Alemu", "Donald Trump"], (subject, got)


def test_possessive_name_is_no_subject_of_a_verb() -> None:
    # "Mandela's lecture" owns a noun: "he" goes back to the envoy, the subject named
    text = (
        "UNITED NATIONS, March 14 - Special Envoy Karim Odhiambo met delegates in Geneva on "
        "Friday. Envoy Karim Odhiambo gave the Mandela's lecture at the Palais, where he "
        "said the talks would resume next month.\n"
    )
    got = [(s.speaker, s.text) for s in _extracted(text)]
    assert [speaker for speaker, _ in got] == ["Karim Odhiambo"], got


# (the study's claim is told by "a group of lawmakers", a group and no body that spoke:
# ANNOTATION.md leaves such a speaker optional, so its speaker is not asserted here; what
# is, is that the claim ends before the spokesperson's own verb and words)
def test_relative_clause_words_end_where_the_spokesperson_says_that() -> None:
    for verb in ("said on Friday", "told reporters in Beijing", "told reporters"):
        text = (
            "BEIJING, March 14 - Asked about a study published this week by a group of "
            "lawmakers in the European Parliament, which claimed that Chinese investment had "
            "left several member states exposed to pressure, foreign ministry spokesperson "
            f"Mao Lan {verb} that the study was full of ideological bias, ignored the facts "
            "and would only harm trust between China and Europe.\n"
        )
        got = [(s.speaker, s.text, s.said_on) for s in _extracted(text)]
        assert [words for _, words, _ in got] == [
            "Chinese investment had left several member states exposed to pressure",
            "the study was full of ideological bias, ignored the facts and would only harm "
            "trust between China and Europe",
        ], (verb, got)
        assert got[1][0] == "Mao Lan" and got[1][2] == DAY, (verb, got)


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
