"""Construction probes of relative and vague time in English attributions (issue 8, round
10): "today", "last Friday", "earlier this week", "the following day", "in recent days"...
each test varies one construction and is written in new words."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

WEDNESDAY = datetime.date(2024, 5, 15)


def run(text: str, published: datetime.date | None = WEDNESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_today_opening_a_sentence_after_a_capitalised_word_is_the_articles_day() -> None:
    # a release's "Today, Minister X announced" below a heading that ends in a name, and a
    # "Today," after a sentence that ends in a weekday: the reporter's day, not "USA Today"
    text = (
        "May 15, 2024 - Lima - Ministry of Trade\n\n"
        "Today, the Honourable Rosa Quispe, Minister of Trade, announced that Peru will open "
        "two new export offices in Asia.\n\n"
        "The tender for the port closed on Monday. Today, Port Authority chief Hugo Salas said "
        "the winner would be named in June.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Rosa Quispe", "2024-05-15"),
        ("Hugo Salas", "2024-05-15"),
    ]


def test_last_and_a_weekday_opening_a_sentence_is_a_week_back_on_that_weekday() -> None:
    # "Last Wednesday," in a Wednesday story: the Wednesday before, not the article's day
    text = (
        "Last Wednesday, Chilean Foreign Minister Elena Rojas said the border crossing would "
        "reopen.\n\n"
        "This past Wednesday, Bolivian envoy Mario Cruz told reporters that lorries were "
        "still waiting.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Elena Rojas", "2024-05-08"),
        ("Mario Cruz", "2024-05-08"),
    ]


def test_this_week_in_a_monday_story_is_before_the_articles_day() -> None:
    # the week so far is the article's Monday alone: "earlier this week" names no day of it
    monday = datetime.date(2024, 5, 13)
    text = (
        "Kenyan Interior Minister Joseph Otieno said earlier this week that the curfew "
        "would be lifted.\n\n"
        "Uganda's trade envoy Grace Akello told parliament this week that exports had "
        "recovered.\n"
    )
    found = run(text, monday)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Joseph Otieno", "../2024-05-13"),
        ("Grace Akello", "../2024-05-13"),
    ]


def test_over_the_past_week_is_the_seven_days_up_to_the_articles() -> None:
    text = (
        "Nepal's Foreign Minister Sita Rai has said repeatedly over the past week that the "
        "border dispute must be settled by talks.\n"
    )
    found = run(text)
    assert [(s.speaker, s.said_on) for s in found] == [("Sita Rai", "2024-05-08/2024-05-15")]
