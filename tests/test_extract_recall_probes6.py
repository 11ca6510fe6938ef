"""Recall on US political news (PolNeAR's train compartment): classes of attribution the
extractor missed, read from the attributions it did not find, that occur as well in
diplomatic copy (issue 8). Each test is in new words written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2024, 3, 7)


def run(text: str, published: datetime.date | None = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_second_verb_joined_after_a_closing_quote_says_more() -> None:
    # 'said that ... "...," and said that ...', 'said ... "..." and insisted that ...': the
    # quote closes the first reported clause; the verb joined after it is the same speaker's
    # second statement, as it is when a word rather than a quote mark comes before "and"
    text = (
        "Ankara presses Athens on maritime plan\n\n"
        "Turkish Foreign Minister Hakan Fidan said that the proposal was a \u201cgenuine "
        "offer,\u201d and said that Athens \u201cshould give its answer within a week.\u201d\n\n"
        'Australian Foreign Minister Penny Wong said Canberra would "keep every line open" '
        "and insisted that the visit was a sign of confidence, not of weakness.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Hakan Fidan", "the proposal was a \u201cgenuine offer,\u201d"),
        ("Hakan Fidan", "Athens \u201cshould give its answer within a week.\u201d"),
        ("Penny Wong", 'Canberra would "keep every line open"'),
        ("Penny Wong", "the visit was a sign of confidence, not of weakness"),
    ]


def test_a_written_occasion_between_subject_and_verb() -> None:
    # "Zakharova in a Telegram post said", "X in a letter to member states wrote": the post,
    # letter or op-ed the words were given in stands between the subject and its verb, as
    # "in a statement" or "in an interview" does
    text = (
        "Moscow keeps its mission open\n\n"
        "Maria Zakharova in a Telegram post said the embassy would stay open through the "
        "winter holidays.\n\n"
        "Ursula von der Leyen in a letter to member states wrote that the reserve would be "
        "doubled by the spring.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Maria Zakharova", "the embassy would stay open through the winter holidays"),
        ("Ursula von der Leyen", "the reserve would be doubled by the spring"),
    ]


def test_a_phrase_set_off_inside_the_words_before_said_and_a_name() -> None:
    # "..., a record since ..., said Volker Turk, the UN rights chief.": the phrase between
    # commas before the verb is an apposition inside what was said; the name (and its post)
    # closing the sentence after the verb is who spoke
    text = (
        "Truce holds in the north\n\n"
        "The truce has now held for eleven days, a record since the autumn offensive, said "
        "Volker Turk, the UN human rights chief.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        (
            "Volker Turk",
            "The truce has now held for eleven days, a record since the autumn offensive",
        )
    ]


def test_a_programme_named_after_a_networks_possessive_is_no_quote() -> None:
    # 'On Sunday on CNN's "State of the Union," Senator X said ...': the quoted words name
    # a programme after the network's possessive, as after "on"; the words follow the verb
    text = (
        "Senators split over aid bill\n\n"
        "On Sunday on CNN\u2019s \u201cState of the Union,\u201d Senator Chris Murphy said "
        "the aid package would clear the chamber before Easter.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Chris Murphy", "the aid package would clear the chamber before Easter")
    ]


def test_an_aside_holding_a_quoted_phrase_between_subject_and_verb() -> None:
    # 'Mr. Sybiha, citing "the terms agreed in Istanbul," said ...': the aside between the
    # subject and its verb may quote a phrase; the name before it still speaks, though only
    # a courtesy title and a surname give it
    text = (
        "Kyiv sets out its terms\n\n"
        'Mr. Sybiha, citing "the terms agreed in Istanbul," said Kyiv would not sign any '
        "text that left the border open to question.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Sybiha", "Kyiv would not sign any text that left the border open to question")
    ]


def test_told_about_a_topic_after_the_quote_still_tells_the_quote() -> None:
    # '"...," X told the BBC about the budget.': "told reporters about the talks" alone
    # names a topic and says nothing, but when the words stand quoted before the speaker,
    # what follows the one told is only their topic
    text = (
        "London holds the line on aid\n\n"
        '"We will not touch the aid budget this year," David Lammy told Sky News about the '
        "spending review.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("David Lammy", "We will not touch the aid budget this year")
    ]


def test_among_other_things_set_off_before_that() -> None:
    # "said, among other things, that ...": a phrase between commas after the verb, as
    # "said, however, that" is, and the words start after "that"
    text = (
        "Moscow keeps its mission open\n\n"
        "Sergey Lavrov said, among other things, that the consulate in Lyon would reopen "
        "before the end of the year.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Sergey Lavrov", "the consulate in Lyon would reopen before the end of the year")
    ]


def test_the_speaker_after_an_exclaimed_quote_said_as_he_did_something() -> None:
    # '"...!" X said as she opened the meeting.': the exclamation ends the sentence, so the
    # attribution stands alone; "as she opened ..." only tells when, and the quote before it
    # is what was said
    text = (
        "Foreign ministers gather in Berlin\n\n"
        '"Our support for Moldova does not depend on the weather!" Foreign Minister Annalena '
        "Baerbock said as she opened the conference.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Annalena Baerbock", "Our support for Moldova does not depend on the weather!")
    ]


def test_told_a_body_qualified_by_a_name() -> None:
    # "told a Senate committee Wednesday", "told the Bundestag's defence committee": the body
    # told may be qualified by a capitalised name; it is the one told, not what was said
    text = (
        "Canberra plans a larger fleet\n\n"
        "The submarine fleet will double by the end of the decade, Defence Minister Richard "
        "Marles told a Senate committee Wednesday.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Richard Marles", "The submarine fleet will double by the end of the decade")
    ]


def test_a_run_of_phrases_with_a_place_and_its_country_before_that() -> None:
    # "said Thursday during a tour of a camp in Gaziantep, Turkey, that ...": the phrases
    # after the verb run on past "of" and past a city's country set off by commas; the words
    # start after "that"
    text = (
        "Ankara says it is at capacity\n\n"
        "Mevlut Cavusoglu said Thursday during a tour of a border camp in Kilis, Turkey, that "
        "Ankara could not take in another wave of refugees.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Mevlut Cavusoglu", "Ankara could not take in another wave of refugees")
    ]


def test_a_fronted_clause_that_ends_on_a_quote_is_not_the_main_speakers_words() -> None:
    # 'Even as X insisted that "...," Y said ...': the quote closes a fronted clause with its
    # own speaker and verb (also after "But even as"); the main clause's speaker said what
    # follows the verb, and the fronted speaker said only the quote
    text = (
        "Kyiv rejects Moscow's offer\n\n"
        "But even as Sergey Lavrov insisted on Tuesday that \u201cthe way to a settlement is "
        "open,\u201d Andrii Sybiha said the proposal was a trap.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Sergey Lavrov", "the way to a settlement is open"),
        ("Andrii Sybiha", "the proposal was a trap"),
    ]


def test_told_a_panel_or_an_inquiry() -> None:
    # "told a Senate panel", "told a parliamentary inquiry": panels, hearings, inquiries and
    # courts are bodies told, as committees are
    text = (
        "Canberra extends its mission\n\n"
        "The training mission will run for another year, Defence Minister Richard Marles told "
        "a Senate panel Wednesday.\n\n"
        "Penny Wong told a parliamentary inquiry on Thursday the embassy in Kyiv would stay "
        "open.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Richard Marles", "The training mission will run for another year"),
        ("Penny Wong", "the embassy in Kyiv would stay open"),
    ]


def test_a_named_speaker_joined_by_and_without_a_comma_ends_the_question() -> None:
    # "A reporter asked about X and Sergey Lavrov said, "..."": without a comma before
    # "and", a person's full name after it still opens a clause of its own; the question
    # before it does not run on over the answer
    text = (
        "Lavrov shrugs off new measures\n\n"
        "A correspondent asked about the latest package of sanctions and Sergey Lavrov said, "
        '"We have learned to live with them for a decade."\n'
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Sergey Lavrov", "We have learned to live with them for a decade.")
    ]


def test_has_since_said() -> None:
    # "X has since said ...": "since" after an auxiliary means since then, not the
    # conjunction that opens a clause
    text = (
        "Moscow softens its tone\n\n"
        "Sergey Lavrov has since said the consultations could resume in the spring.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Sergey Lavrov", "the consultations could resume in the spring")
    ]


def test_an_aside_between_hyphens_typed_for_dashes() -> None:
    # "X - in a remark aimed at Washington - declared that ...": copy that types its dashes
    # as spaced hyphens (or double hyphens) sets off the same aside as em dashes do
    text = (
        "Moscow rejects outside terms\n\n"
        "Sergey Lavrov - in a remark plainly meant for Washington - declared that no bloc "
        "could set the terms of a settlement.\n"
    )
    found = run(text)
    assert [(s.speaker, s.text) for s in found] == [
        ("Sergey Lavrov", "no bloc could set the terms of a settlement")
    ]
