"""Days of statements in real copy (issue 8, round 36: date classes from the open sets
wa, wc, wf and the census of real31-35). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

MONDAY = datetime.date(2021, 6, 14)


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_words_said_ahead_of_a_meeting_first_named_keep_the_wire_day() -> None:
    # "said ahead of a meeting with ...": an event first named here, still to come; no
    # reason to put the words before the story's day (Reuters/BNS copy)
    text = (
        "BRUSSELS, June 14 (Reuters) - The alliance must answer cyber attacks together, "
        "Estonian Prime Minister Kaja Kallas said in Brussels ahead of a meeting with "
        "Joe Biden.\n\n"
        '"We cannot face this alone," Danish Foreign Minister Jeppe Kofod said ahead of a '
        "session of NATO foreign ministers."
    )
    assert _days(text, MONDAY) == [("Kaja Kallas", "2021-06-14"), ("Jeppe Kofod", "2021-06-14")]


def test_words_said_ahead_of_the_summit_told_stay_before_it() -> None:
    # near miss: "ahead of the summit", the event the story told, may be past: on or before
    text = (
        "BRUSSELS, June 14 (Reuters) - NATO leaders opened their summit in Brussels.\n\n"
        "Secretary General Jens Stoltenberg said ahead of the summit that ties with Moscow "
        "were at their lowest point in decades."
    )
    assert _days(text, MONDAY) == [("Jens Stoltenberg", "../2021-06-14")]


WEDNESDAY = datetime.date(2022, 6, 29)


def test_a_caption_over_a_photographers_line_dates_no_words() -> None:
    # NPR stations' layout: caption, photographer, agency, the caption again; the photo's
    # day is not the day of the interview below
    text = (
        "Lavrov says talks are off, Secretary of State Blinken tells NPR\n\n"
        "U.S. Secretary of State Antony Blinken in Madrid, Spain, on June 24, 2022.\n"
        "Jane Whitfield\n"
        "Getty Images\n"
        "U.S. Secretary of State Antony Blinken in Madrid, Spain, on June 24, 2022.\n\n"
        "Moscow has shown no interest in a settlement, U.S. Secretary of State Antony "
        "Blinken said in an interview with NPR.\n\n"
        '"There is no sign that the Kremlin wants a real negotiation," Blinken said.'
    )
    assert _days(text, WEDNESDAY) == [
        ("Antony Blinken", "2022-06-29"),
        ("Antony Blinken", "2022-06-29"),
    ]


def test_a_dated_paragraph_above_a_lone_credit_is_still_the_storys() -> None:
    # near miss: a paragraph of the story, a blank line above the photographer's line, is
    # no caption; its day stays the words'
    text = (
        "Antony Blinken said on June 24 that Moscow had shown no interest in a settlement.\n\n"
        "Jane Whitfield\n"
        "Getty Images\n\n"
        '"There is no sign that the Kremlin wants a real negotiation," Blinken said.'
    )
    assert _days(text, WEDNESDAY) == [
        ("Antony Blinken", "2022-06-24"),
        ("Antony Blinken", "2022-06-24"),
    ]


TUESDAY = datetime.date(2022, 6, 14)


def _korea_herald(middle: str) -> str:
    return (
        "Foreign Minister Park Jin said Sunday that Seoul was ready for any provocation.\n\n"
        f"{middle}\n\n"
        "The Korean minister also stressed that the allies would keep up joint drills.\n\n"
        '"Pyongyang should look after its people instead of firing missiles," Park said.'
    )


def test_a_meeting_the_minister_was_to_hold_does_not_date_his_words() -> None:
    # "was to hold ... on Monday": a plan as the story tells it, its day far from the verb
    # past a long title and name; the words below stay on the day told (Sunday)
    text = _korea_herald(
        "Park left for Washington on Sunday and was to hold his first face-to-face meeting "
        "with US Secretary of State Antony Blinken on Monday."
    )
    assert {day for _, day in _days(text, TUESDAY)} == {"2022-06-12"}


def test_a_meeting_the_minister_held_dates_his_words() -> None:
    # near miss: the meeting held on Monday is an occasion he was at
    text = _korea_herald(
        "Park held his first face-to-face meeting with US Secretary of State Antony Blinken "
        "on Monday."
    )
    days = [day for _, day in _days(text, TUESDAY)]
    assert days[0] == "2022-06-12" and days[-1] == "2022-06-13"


def _kazinform(frame: str) -> str:
    return (
        "ASTANA. KAZINFORM - Deputy Foreign Minister Roman Vassilenko confirmed Wednesday "
        "that the ministry had received the note.\n\n"
        f"{frame}Kazakhstan President Kassym-Jomart Tokayev spoke on the situation at the "
        "session of the National Kurultai on 1 March.\n\n"
        "According to the Akorda, President Tokayev stated: \u00abWe stand for dialogue and "
        "for the territorial integrity of every state.\u00bb"
    )


def test_a_day_told_after_it_bears_to_remind_that_dates_the_speakers_words() -> None:
    # "It bears to remind that X spoke ... on 1 March": the frame turns to the reader; the
    # clause after "that" is the story's own, and its occasion the words below are from
    days = dict(_days(_kazinform("It bears to remind that "), datetime.date(2022, 3, 2)))
    assert days["Kassym-Jomart Tokayev"] == "2022-03-01"


def test_a_day_in_a_clause_hung_on_another_verb_stays_its_own() -> None:
    # near miss: "Vassilenko recalled that X spoke ... on 1 March": a that-clause of another
    # speaker's verb still dates nothing of X's
    text = _kazinform("").replace(
        "Kazakhstan President Kassym-Jomart Tokayev spoke",
        "Vassilenko recalled that President Kassym-Jomart Tokayev spoke",
    )
    days = dict(_days(text, datetime.date(2022, 3, 2)))
    assert days["Kassym-Jomart Tokayev"] == "2022-03-02"
