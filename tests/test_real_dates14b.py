"""Days of statements in real copy (issue 8, round fourteen, second wave: the gold gives a
day where the tool gave an interval, "../day", a range or a month). Each test in new words
written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_a_perfect_with_earlier_in_the_day_takes_the_day_the_story_reached() -> None:
    # "had said earlier in the day": the perfect only sets the words before the deed just
    # told; "earlier in the day" gives them that deed's day (yesterday, in a morning paper)
    text = (
        "Nairobi. President Ruto yesterday signed the housing levy into law, brushing aside "
        "a petition by the Law Society.\n\n"
        "The President signed the Bill at State House in the presence of governors and MPs, "
        "a move his spokesman Hussein Mohamed had said earlier in the day was a signal to the "
        "courts and to the levy's critics.\n\n"
        "Opposition leaders said they would return to court."
    )
    assert _days(text, datetime.date(2024, 3, 20))[0] == ("Hussein Mohamed", "2024-03-19")


def test_a_leads_span_is_narrowed_by_the_day_the_body_tells_the_words() -> None:
    # "..., X confirmed over the weekend": the body tells the same words at Saturday's press
    # conference; the lead's words are of that day, inside its weekend
    text = (
        "Chile to seek UN inquiry into border shooting\n\n"
        "By Ana Lagos\n\n"
        "Chile will ask the United Nations to investigate the shooting of two of its border "
        "guards, Foreign Minister Rosa Villalobos confirmed over the weekend.\n\n"
        "At a press conference in Santiago on Saturday, Villalobos said that Chile would ask "
        "the UN human rights office to send investigators to the border.\n\n"
        "Bolivia has denied that its troops fired first."
    )
    assert _days(text, datetime.date(2023, 5, 8))[:2] == [
        ("Rosa Villalobos", "2023-05-06"),
        ("Rosa Villalobos", "2023-05-06"),
    ]


def test_a_pluperfect_after_the_speakers_dated_occasion_takes_its_day() -> None:
    # Wednesday's copy: the story places the envoy at Monday's briefing, then quotes him
    # with "had said" (before the story's Wednesday, at that briefing); "had previously
    # said" is background, and "had warned" after another speaker's words no longer at
    # that briefing: both keep "on or before"
    text = (
        "NEW DELHI\n\n"
        "Nepal on Wednesday welcomed the reopening of the border crossing, two days after "
        "India announced it.\n\n"
        "The decision on Monday was announced by Foreign Secretary Arun Mehta at a briefing "
        "in New Delhi.\n\n"
        "\u201cTrade across the crossing will resume within a week,\u201d Mr. Mehta had said.\n\n"
        "Nepal's trade minister, Sita Karki, had previously said the closure cost traders "
        "millions.\n\n"
        "Mr. Mehta had warned that smuggling across the border would not be tolerated."
    )
    assert _days(text, datetime.date(2024, 6, 12)) == [
        ("Arun Mehta", "2024-06-10"),
        ("Sita Karki", "../2024-06-12"),
        ("Arun Mehta", "../2024-06-12"),
    ]


def test_a_headlines_quote_of_no_known_speaker_opens_no_story() -> None:
    # 'Border row: "..." - Hichilema' above the lead: the lead's "has defended" still opens
    # the story, and the press briefing the body dates is its occasion
    text = (
        "Lusaka Times\n"
        "News of Wednesday, 8 March 2023\n\n"
        'Border row: "We will not be bullied by anyone" - Hichilema\n\n'
        "President Hakainde Hichilema has defended the closure of the Kasumbalesa crossing, "
        "insisting that the measure was temporary.\n\n"
        "Speaking at a press briefing at State House on Wednesday, the President said the "
        "decision followed reports of smuggling and would be reviewed within a month.\n\n"
        "Opposition leaders said the closure was hurting traders."
    )
    assert _days(text, datetime.date(2023, 3, 8))[:2] == [
        ("Hakainde Hichilema", "2023-03-08"),
        ("Hakainde Hichilema", "2023-03-08"),
    ]
