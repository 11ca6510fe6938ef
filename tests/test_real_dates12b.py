"""Days of statements in next-day stories whose lead tells the event with its day (issue 8,
round twelve, post-blind wave). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SATURDAY = datetime.date(2024, 6, 15)


def test_words_after_hours_of_talks_take_the_day_the_lead_gave_the_deal() -> None:
    # "agreed in Oslo on Friday ... Speaking after some nine hours of talks, X said": the
    # talks are the ones that ended in the lead's deal, on the lead's day, not the page's
    text = (
        "Serbia and Kosovo agreed in Oslo on Friday on a plan to reopen two border crossings "
        "and to free detained truck drivers.\n\n"
        "Speaking after some nine hours of talks, Serbian Foreign Minister Dragan Petkovic "
        "said the plan obliged both sides to withdraw special police units.\n\n"
        "Petkovic also said the crossings would reopen within ten days."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Dragan Petkovic", "2024-06-14"),
        ("Dragan Petkovic", "2024-06-14"),
    ]


def test_words_after_marathon_talks_with_no_day_told_stay_on_the_page_day() -> None:
    # guard: a lead with no day gives the talks none
    text = (
        "Serbia and Kosovo agreed on a plan to reopen two border crossings.\n\n"
        "Speaking after marathon talks, Serbian Foreign Minister Dragan Petkovic said the "
        "plan obliged both sides to withdraw special police units."
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Dragan Petkovic", "2024-06-15")]


def test_disclosed_this_on_a_day_after_meeting_a_named_envoy_dates_what_follows() -> None:
    # "X disclosed this on Wednesday while briefing journalists after a meeting with the
    # High Commissioner, Y.": a pointer to the lead's words; its day is the briefing's, and
    # the minister's words below were said there
    text = (
        "Ghana will send a team to review visa rules for its traders in Lagos.\n\n"
        "The Minister of Trade, Kwame Asante, disclosed this on Tuesday while briefing "
        "reporters in Accra after talks with the Nigerian envoy to Ghana, Musa Bello.\n\n"
        "Mr Asante said the review would be finished before the end of the month.\n\n"
        '"Our traders deserve clear rules," the minister said.'
    )
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found if s.speaker == "Kwame Asante"][-2:] == [
        ("Kwame Asante", "2024-06-11"),
        ("Kwame Asante", "2024-06-11"),
    ]
    assert not any(s.text.startswith("this on Tuesday") for s in found)


def test_announced_the_decision_late_on_a_day_dates_the_announcers_words_below() -> None:
    # "X announced the decision late on Thursday. '...,' X wrote": the day is the
    # announcing's, no words of it; the post quoted next was made then
    text = (
        "Council President Anna Lindqvist announced the decision late on Thursday. "
        '"Albania has opened a new chapter with the Union," Lindqvist wrote on social media, '
        "adding that talks with Montenegro would also move ahead.\n\n"
        "Prime Minister Edi Rama addressed a crowd in Tirana shortly after the "
        "announcement.\n\n"
        '"This belongs to every Albanian," Rama said.'
    )
    found = extract(text, published=datetime.date(2024, 6, 14))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Anna Lindqvist", "2024-06-13"),
        ("Anna Lindqvist", "2024-06-13"),
        ("Edi Rama", "2024-06-13"),
    ]


def test_announced_a_truce_beginning_a_day_keeps_the_day_in_the_words() -> None:
    # guard: a day without "on" after the thing announced is that thing's
    text = "Army chief Omar Haddad announced a truce beginning Sunday."
    found = extract(text, published=SATURDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Omar Haddad", "2024-06-15")]


def test_a_headline_label_above_an_interview_leaves_its_day_to_the_introduction() -> None:
    # "Moreno: Talks Must Resume Soon" read as the first turn stops the header at the
    # headline; the introduction below it ("In an interview ... on Tuesday") dates the
    # answers, not the page's date line
    text = (
        "Radio Andes\n\n"
        "Moreno: Border Talks Must Resume Before the Rains\n\n"
        "June 14, 2024 09:30 AM\n"
        "Lucia Ferraz\n\n"
        "In an interview with Radio Andes on Tuesday, Foreign Minister Rafael Moreno said "
        "his government was ready to return to the table.\n\n"
        "The following is an edited transcript of the interview.\n\n"
        "Radio Andes: Why did the last round fail?\n\n"
        "Moreno: Both sides came with maps and no mandate. That has to change before the "
        "rains close the passes.\n\n"
        "Radio Andes: Who should move first?\n\n"
        "Moreno: Whoever wants a deal more. We have said we are ready."
    )
    found = extract(text, published=datetime.date(2024, 6, 14))
    turns = [s.said_on for s in found if s.text.startswith(("Both sides", "Whoever"))]
    assert turns == ["2024-06-11", "2024-06-11"]


def test_a_russian_interview_recorded_on_a_weekday_dates_its_answers() -> None:
    # "в интервью, записанном в пятницу": the participle of recording gives the answers the
    # interview's day, not the page's (a day after "записанном" is no deed's of its own)
    text = (
        "Эстонский дипломат: «Переговоры нужно начинать с границы»\n\n"
        "Иван Петров\n"
        "18 июня 2024\n\n"
        "Посол Эстонии Марта Каск считает, что переговоры имеют смысл только при доступе "
        "наблюдателей к границе. Об этом она рассказала нашему изданию в интервью, "
        "записанном в пятницу на полях форума в Таллине.\n\n"
        "– Госпожа Каск, есть ли движение после встречи в мае?\n\n"
        "– Я бы не назвала это движением. Мы передали свои предложения и ждем ответа.\n\n"
        "– Когда возможна новая встреча?\n\n"
        "– Когда будет о чем говорить. Встреча ради встречи никому не нужна."
    )
    found = extract(text, published=datetime.date(2024, 6, 18))
    answers = [s.said_on for s in found if s.text.startswith(("Я бы не", "Когда будет"))]
    assert answers == ["2024-06-14", "2024-06-14"]
