"""Construction probes of the day a statement was made, second pass of round 10 (issue 8):
each test varies one construction of wire copy, releases or transcripts, in new words."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

SATURDAY = datetime.date(2024, 12, 7)


def run(text: str, published: datetime.date | None = SATURDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_words_told_in_a_relative_clause_on_the_subject_end_where_its_verb_comes_back() -> None:
    # "X, who said on Monday that ..., met Y": the relative clause is a statement with its
    # own day; the sentence's verb after its closing comma is the reporter's
    text = (
        "Fisheries Minister Tove Aas, who said on Monday that the cod quota was too low, "
        "met trawler owners in Tromso.\n\n"
        "Senator Lars Moe, who has said the tunnel toll will go, declined to comment on the "
        "vote.\n\n"
        "Health Minister Nils Sand, who last week said clinics would stay open, arrived in "
        "Bodo on Friday.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on, s.text) for s in found] == [
        ("Tove Aas", "2024-12-02", "the cod quota was too low"),
        ("Lars Moe", "../2024-12-07", "the tunnel toll will go"),
        ("Nils Sand", "2024-11-25/2024-12-01", "clinics would stay open"),
    ]


def test_words_after_a_relative_clause_already_closed_keep_their_commas() -> None:
    # "X, who met Y on Tuesday, said the talks, held in Z, had gone well": the relative
    # clause closed before the verb; the words' own participle is no verb of the sentence
    text = (
        "Harbour levy vote\n\n"
        "Mayor Petra Vik, who met the dockers on Tuesday, said the levy, approved in May, "
        "was fair.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Petra Vik", "the levy, approved in May, was fair"),
    ]


def test_a_relative_clause_ending_the_sentence_keeps_its_words_whole() -> None:
    # the sentence's own verb comes before the relative pronoun: nothing to cut
    text = (
        "The envoy cited remarks by Fisheries Minister Tove Aas, who said on Monday that the "
        "quota, agreed in May, was too low.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on, s.text) for s in found] == [
        ("Tove Aas", "2024-12-02", "the quota, agreed in May, was too low"),
    ]


def test_a_day_between_the_joining_word_and_the_verb_dates_the_joined_words() -> None:
    # "opposed the bill but on Tuesday said ...": the subject's second verb, with its own day
    text = (
        "Harbour levy vote\n\n"
        "Mayor Petra Vik opposed the harbour levy but on Tuesday said she would not veto it.\n\n"
        "Councillor Odd Lie backed the levy and on Thursday evening told reporters that it "
        "would fund the quay.\n\n"
        "Councillor Rune Dal met the dockers on Monday and the next day said their pay would "
        "rise.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on, s.text) for s in found] == [
        ("Petra Vik", "2024-12-03", "she would not veto it"),
        ("Odd Lie", "2024-12-05", "it would fund the quay"),
        ("Rune Dal", "2024-12-03", "their pay would rise"),
    ]


def test_told_as_she_arrived_then_that_starts_the_words_after_that() -> None:
    # "as she arrived for the meeting" tells when; the day inside it is the day of the words
    text = (
        "Harbour levy vote\n\n"
        "Mayor Petra Vik told reporters as she arrived at the council that the levy would "
        "pass.\n\n"
        "Councillor Odd Lie told the press as he left the chamber on Thursday that the quay "
        "would be rebuilt.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on, s.text) for s in found] == [
        ("Petra Vik", "2024-12-07", "the levy would pass"),
        ("Odd Lie", "2024-12-05", "the quay would be rebuilt"),
    ]


def test_a_year_naming_the_interview_or_speech_dates_the_words_recalled() -> None:
    # "in a 2019 interview", "in a March 2023 speech": words recalled from an occasion the
    # year (and month) names, not said on the article's day
    text = (
        "Harbour levy vote\n\n"
        "In a 2018 interview, Mayor Petra Vik said the levy would never rise.\n\n"
        "Councillor Odd Lie said in a May 2022 speech that the quay was unsafe.\n\n"
        "In her 2020 memoir, former Mayor Anne Bakke wrote that the port had been neglected.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Petra Vik", "2018"),
        ("Odd Lie", "2022-05"),
        ("Anne Bakke", "2020"),
    ]


def test_said_at_the_time_with_no_day_told_before_is_before_the_articles_day() -> None:
    # words recalled from an earlier moment the story does not date: on or before its day;
    # "at the time" inside the words is no time of the saying
    text = (
        "Harbour levy vote\n\n"
        'Mayor Petra Vik said at the time that the levy was "a fair price".\n\n'
        "Councillor Odd Lie said a new quay was not affordable at the time.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Petra Vik", "../2024-12-07"),
        ("Odd Lie", "2024-12-07"),
    ]


def test_the_day_of_the_subjects_own_verb_does_not_date_its_relative_clause() -> None:
    # "X, who also said ..., met Y on Friday": the day is the meeting's; the words told in
    # passing were said before, on no day the story gives
    text = (
        "Harbour levy vote\n\n"
        "Mayor Petra Vik, who also said the levy was fair, met the dockers on Friday.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on, s.text) for s in found] == [
        ("Petra Vik", "../2024-12-07", "the levy was fair"),
    ]


def test_a_long_named_hearer_before_that_leaves_the_month_of_the_call_to_the_words() -> None:
    # "had told <country>'s <body> <post> <full name> in a phone call in May that ...": the one
    # told may run to a dozen words; the month dates the call, the words start after "that"
    text = (
        "Harbour levy vote\n\n"
        "Mayor Petra Vik had told Denmark's Harbour Authority board chair Karen Sofie "
        "van der Berg in a phone call in May that the quay would be rebuilt.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on, s.text) for s in found] == [
        ("Petra Vik", "2024-05", "the quay would be rebuilt"),
    ]
