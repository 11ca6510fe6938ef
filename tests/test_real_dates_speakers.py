"""Dates and speakers of statements in real wire copy (issue 8, round eleven: classes taken
from errors left on open real articles). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

FRIDAY = datetime.date(2024, 6, 14)


def test_the_day_after_an_announced_thing_dates_the_participle_words() -> None:
    # "X announced the deal on Truth Social late Wednesday, saying ...": the day stands after
    # the thing acted on, before ", saying"; it is the attribution's day, not the article's
    text = (
        "Harbour workers in Valparaiso stayed home for a third day.\n\n"
        "Labour Minister Ines Carvajal announced the settlement on Telegram late Thursday, "
        'saying that the dockers would return to work "within hours".\n\n'
        "The port authority has not said when the first ships will dock."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Ines Carvajal", "2024-06-13")]
    assert "late Thursday" not in found[0].text
    assert "on Telegram" not in found[0].text  # the channel is the attribution's too


def test_a_bare_weekday_after_a_declared_thing_dates_the_words() -> None:
    text = (
        "Counting went on through the night in the northern provinces.\n\n"
        "Opposition leader Tomas Vrba declared victory Wednesday, saying the result showed "
        "voters wanted a change of course.\n\n"
        "Officials expect final figures next week."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Tomas Vrba", "2024-06-12")]


def test_a_clause_said_before_an_added_point_keeps_its_own_day_words() -> None:
    # "said the strike ended late Tuesday, adding ...": the time is in the reported clause,
    # which stays whole
    text = (
        "Harbour workers in Valparaiso stayed home for a third day.\n\n"
        "Union chief Rosa Pinto said the talks broke down late Tuesday, adding that the "
        "dockers would stay out.\n\n"
        "The port authority has not said when the first ships will dock."
    )
    found = extract(text, published=FRIDAY)
    assert len(found) == 1
    assert found[0].text.startswith("the talks broke down late Tuesday")


def test_a_date_closing_a_longer_object_dates_the_participle_words() -> None:
    # "had announced X's intention to join the group at the summit in Kazan on Oct. 24 last
    # year, saying at the time ...": however long the thing acted on, the date after it is
    # the act's, and "at the time" points back at it
    text = (
        "Lisbon will host the first meeting of the new trade club next month.\n\n"
        "Economy Minister Rui Tavares had announced Portugal's plan to join the club at a "
        "forum in Porto on March 3, saying at the time that membership would open new "
        'markets "in Africa and beyond".\n\n'
        "The club's charter is still being drafted."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Rui Tavares", "2024-03-03")]


def test_a_body_named_for_two_fields_joined_by_and_is_one_speaker() -> None:
    # "The Department of Housing and Urban Development said": one body, not "Urban
    # Development" after a first half
    text = (
        "Rents rose again in the spring.\n\n"
        "The Department of Fisheries and Coastal Management said on Friday that quotas would "
        "be cut."
    )
    found = extract(text, published=FRIDAY)
    assert [s.speaker for s in found] == ["Department of Fisheries and Coastal Management"]


def test_a_person_of_a_body_whose_name_has_and_is_that_person() -> None:
    # "Economist X of the Center of Economic and Law Studies (Celios) said": the economist
    # speaks, from that body; "and" inside the body's name joins no second speaker
    text = (
        "Two new members joined the bloc this year.\n\n"
        "Analyst Marta Kowalczyk of the Institute for Trade and Regional Studies (ITRS) said "
        "the gains from membership were still unclear."
    )
    found = extract(text, published=FRIDAY)
    assert [(s.speaker, s.institution) for s in found] == [
        ("Marta Kowalczyk", "Institute for Trade and Regional Studies")
    ]
    # guard: a post after the "and" is no field of the body's name (whoever else speaks)
    text = (
        "Two new members joined the bloc this year.\n\n"
        "Analyst Marta Kowalczyk of the Department of State and Secretary Laura Finch said "
        "the gains from membership were still unclear."
    )
    found = extract(text, published=FRIDAY)
    assert found and all("Secretary" not in (s.institution or "") for s in found), found


def test_a_thing_acted_on_keeps_a_noun_in_ly_before_the_participle() -> None:
    # only words that name a time, a place or a channel are read off the thing acted on
    text = (
        "Harbour workers in Valparaiso stayed home for a third day.\n\n"
        "Labour Minister Ines Carvajal announced a new grain supply, saying that ships would "
        "dock within days.\n\n"
        "The port authority has not said when the first ships will dock."
    )
    found = extract(text, published=FRIDAY)
    assert len(found) == 1
    assert found[0].text.startswith("a new grain supply")
