"""Days of statements in real copy (issue 8, round eleven, third wave: classes taken from the
dating errors left on the round's open blind sets). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 6, 15)


def test_a_question_about_a_dated_thing_with_initials_keeps_the_days_of_asking() -> None:
    # "On Thursday, X was asked about the U.S. strike on Tuesday ... X said": the dots of
    # "U.S." do not end what was asked about; the strike's day is not the day of the answer
    text = (
        "Fishermen in Puerto Cortes stayed in harbour.\n\n"
        "On Friday, Premier Lucia Arbenz was asked about the U.N. report on Wednesday on "
        "fishing quotas in the gulf.\n\n"
        "The premier said her government rejects the findings and that the quotas will stay. "
        '"We will not be lectured on our own waters," she said.\n\n'
        "The report is due to be debated next month."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Lucia Arbenz", "2024-06-14"),
        ("Lucia Arbenz", "2024-06-14"),
    ]


def test_a_day_in_a_clause_of_another_deed_does_not_date_the_gathering() -> None:
    # "The summit was convened after the rebels seized the town late last month. ... Opening
    # the summit, X said": the month is the seizure's, not the summit's
    text = (
        "Coastal states met in Mombasa to discuss piracy.\n\n"
        "The emergency summit was called after the pirates seized a tanker early last month.\n\n"
        "Opening the summit, President Halima Okoth said the region could not wait any longer.\n\n"
        "Delegates are expected to adopt a plan by Sunday."
    )
    found = extract(text, published=SATURDAY)
    assert [s.speaker for s in found] == ["Halima Okoth"]
    assert found[0].said_on != "2024-05"


def test_the_day_before_opening_a_sentence_before_a_prepositional_phrase() -> None:
    # "Накануне в видеообращении X заявил": "в" opens a phrase of its own, so "накануне" is
    # the day before, not a preposition ("накануне визита")
    text = (
        "В Ереван прибыла делегация Евросоюза.\n\n"
        "Накануне в интервью телеканалу Анна Ковалева заявила, что переговоры «идут трудно»."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Анна Ковалева", "2024-06-14")]


def test_a_day_closing_a_fronted_question_dates_the_asking() -> None:
    # guard for the fix above: "Asked about the U.S. position on Monday, X said" (the day
    # closes the fronted question, no participle of its own) is the day of the answer
    text = (
        "Grain prices rose again in Odesa.\n\n"
        "Asked about the E.U. tariff plan on Thursday, trade minister Olga Demchenko said "
        "her country would answer in kind.\n\n"
        "Talks resume next week."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Olga Demchenko", "2024-06-13")]


def test_a_summit_takes_the_day_of_the_leaders_meeting_the_lead_told() -> None:
    # "Leaders meeting in X yesterday agreed ... Opening the summit, Y said": the summit is the
    # meeting the lead dated
    text = (
        "Pacific leaders meeting in Suva yesterday agreed to pool their coastguard patrols.\n\n"
        "The summit, the first since the cyclone season, was called after a trawler sank off "
        "Tonga.\n\n"
        "In a declaration read at the close of the meeting, the leaders asked donors for patrol "
        "boats.\n\n"
        "Opening the summit, Prime Minister Tevita Lolohea said no island could police its "
        "waters alone.\n\n"
        "A communique is due next week."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Tevita Lolohea", "2024-06-14")]


def test_a_summit_does_not_take_the_day_of_another_meeting_named_or_held_between_two() -> None:
    # "since the Kazan meeting on Monday", "the meeting between X and Y on Monday": another
    # meeting, named by its place or held between two, not the summit's own day
    for lead in (
        "Officials recalled the Kazan meeting on Monday, where ministers set the agenda.",
        "Officials recalled the meeting between the two foreign ministers on Monday.",
    ):
        text = (
            f"{lead}\n\n"
            "Opening the summit, Prime Minister Tevita Lolohea said no island could police "
            "its waters alone."
        )
        found = extract(text, published=SATURDAY)
        assert [(s.speaker, s.said_on) for s in found] == [("Tevita Lolohea", "2024-06-15")], lead


def test_words_said_after_the_signing_take_the_day_the_story_gave_the_signing() -> None:
    # "said after the signing" with "the accord signed in Apia yesterday" in the lead: the
    # event named by what was done at it, dated by its verb
    text = (
        "SUVA, Fiji Sun\nMarch 12, 2025\n\n"
        "The fisheries accord signed with New Zealand in Apia yesterday will protect Fiji's "
        "tuna stocks, officials say.\n\n"
        '"This is a good day for our fishing families," Prime Minister Sitiveni Rabuka said '
        "after the signing."
    )
    found = extract(text, published=datetime.date(2025, 3, 12))
    rabuka = [s for s in found if s.speaker == "Sitiveni Rabuka"]
    assert [s.said_on for s in rabuka] == ["2025-03-11"]
