"""Classes of attribution read from PolNeAR train (real US political news, every attribution
annotated by hand) that occur as well in diplomatic copy (issue 8). Each test is in new words
written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2025, 10, 15)


def run(text: str) -> list[ProposedStatement]:
    return extract(text, published=WEDNESDAY)


def test_said_of_a_topic_after_a_quote_keeps_the_quote() -> None:
    # '"Out of the question," she said of the proposal.': what follows "said" names what the
    # words were about; the quote before the speaker is what was said, however short, and a
    # question closing its own sentence before "X said about ..." is still X's
    text = (
        "VIENNA, Oct. 15 - Negotiators ended a second round of talks on Wednesday.\n\n"
        "\u201cOut of the question,\u201d Deputy Foreign Minister Ilse Moravec said of the "
        "request for a new deadline.\n\n"
        "\u201cWho could accept terms like these?\u201d Senator Paolo Ruggeri said about the "
        "draft circulated by the mediators.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ilse Moravec", "Out of the question"),
        ("Paolo Ruggeri", "Who could accept terms like these?"),
    ]


def test_said_of_a_topic_after_a_clause_keeps_the_clause() -> None:
    # "The visit was overdue, X said of the trip.": the clause before the attribution is the
    # words (but "warned of sanctions" is what was warned, checked beside it)
    text = (
        "VIENNA, Oct. 15 - Negotiators ended a second round of talks on Wednesday.\n\n"
        "The round had cleared away most of the mistrust, Ilse Moravec said of the talks.\n\n"
        "Paolo Ruggeri warned of further delays if the mediators changed the agenda.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ilse Moravec", "The round had cleared away most of the mistrust"),
        ("Paolo Ruggeri", "of further delays if the mediators changed the agenda"),
    ]


def test_said_about_a_topic_that_starts_the_words_at_that() -> None:
    # "said about the crossings that they would reopen": the topic, then the words
    text = (
        "VIENNA, Oct. 15 - Negotiators ended a second round of talks on Wednesday.\n\n"
        "Ilse Moravec said about the frozen accounts that they would be released by March.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ilse Moravec", "they would be released by March"),
    ]


def test_told_hearers_then_when_leaves_the_words_before() -> None:
    # "The offer stands, X told his negotiators as he left.": the ones told and when close the
    # sentence; the clause before the speaker is what was said (a capitalised word may only
    # qualify the ones told: "told Western ambassadors after ...")
    text = (
        "VIENNA, Oct. 15 - Negotiators ended a second round of talks on Wednesday.\n\n"
        "The offer still stands, Ilse Moravec told her negotiators as she left the hall.\n\n"
        "Nothing has been settled yet, Paolo Ruggeri told Nordic diplomats after a late dinner "
        "at the embassy.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ilse Moravec", "The offer still stands"),
        ("Paolo Ruggeri", "Nothing has been settled yet"),
    ]


def test_question_then_said_to_hearers_is_the_askers() -> None:
    # '"Who pays for this?" X said to a crowd of 300.': the question closes its own
    # sentence; the attribution after it names who heard it, not words, and the question is
    # the speaker's (not the one quoted before)
    text = (
        "VIENNA, Oct. 15 - Negotiators ended a second round of talks on Wednesday.\n\n"
        "\u201cWe came here in good faith,\u201d Ilse Moravec said.\n\n"
        "\u201cWho will pay for another year of delay?\u201d Paolo Ruggeri said to a hall of "
        "about 300 farmers.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ilse Moravec", "We came here in good faith"),
        ("Paolo Ruggeri", "Who will pay for another year of delay?"),
    ]


def test_that_pointing_at_a_time_does_not_open_the_words() -> None:
    # "told reporters that evening that ...": the first "that" names when; the words open at
    # the second
    text = (
        "VIENNA, Oct. 15 - Negotiators ended a second round of talks on Wednesday.\n\n"
        "Ilse Moravec told the delegations that afternoon that the deadline would not move.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ilse Moravec", "the deadline would not move"),
    ]


def test_wrote_a_text_named_tells_no_words() -> None:
    # "wrote the preface to ...", "wrote her thesis on ...": a text the speaker wrote, none of
    # its words given (but "wrote that ..." tells them)
    text = (
        "VIENNA, Oct. 15 - Negotiators ended a second round of talks on Wednesday.\n\n"
        "Ilse Moravec wrote the preface to a new history of the Danube commission.\n\n"
        "Paolo Ruggeri, who wrote his thesis on river law, joined the talks in 2019.\n\n"
        "Moravec wrote on Tuesday that the commission had outlived its founders.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ilse Moravec", "the commission had outlived its founders"),
    ]


def test_question_then_asked_whom_is_the_askers() -> None:
    # '"Is this a partnership?" X asked the council in Geneva.': the ones asked and where close
    # the attribution; the question before is the asker's, not the last speaker's
    text = (
        "VIENNA, Oct. 15 - Negotiators ended a second round of talks on Wednesday.\n\n"
        "\u201cWe came here in good faith,\u201d Ilse Moravec said.\n\n"
        "\u201cWhere is the good faith in a new deadline?\u201d Paolo Ruggeri asked the "
        "delegations in the main hall.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Ilse Moravec", "We came here in good faith"),
        ("Paolo Ruggeri", "Where is the good faith in a new deadline?"),
    ]
