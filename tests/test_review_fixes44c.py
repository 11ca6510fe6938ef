"""Review fixes rv44c (round 44): the dates of words said ahead of an event with its own
day, 'what was to be', reader frames telling old background, and the photographer line.
Each test in new words written here; each fails on 9b77dd5f."""

from __future__ import annotations

import datetime

from tracker.extract import extract
from tracker.extract.captions import caption_lines

WEDNESDAY = datetime.date(2024, 6, 12)


def _days(text: str) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=WEDNESDAY)]


def test_a_weekday_inside_the_event_said_ahead_of_is_the_events() -> None:
    # F1: "said ahead of a summit ... on Friday": Friday is the summit's, still to come
    text = (
        "BRUSSELS (Reuters) - The bloc will keep its sanctions on Minsk, EU foreign policy "
        "chief Kaja Kallas said ahead of a meeting of EU defence ministers on Friday."
    )
    assert _days(text) == [("Kaja Kallas", "../2024-06-12")]


def test_words_said_ahead_of_a_new_event_with_no_day_keep_the_wire_day() -> None:
    # near miss (the rule kept): no day in the event's phrase, the words keep the lenient day
    text = (
        "VILNIUS (BNS) - Lithuanian Foreign Minister Gabrielius Landsbergis said ahead of a "
        "visit to Warsaw that the border must be defended."
    )
    assert _days(text) == [("Gabrielius Landsbergis", "2024-06-12")]


def test_what_was_to_be_his_last_briefing_is_a_past_event() -> None:
    # F2: "at what was to be his last briefing ... on Monday" tells what the event became
    text = (
        "MOSCOW, June 12 (Reuters) - Kremlin spokesman Dmitry Peskov spoke at what was to "
        "be his last briefing before the holidays in Moscow on Monday.\n\n"
        "Peskov told reporters that the Kremlin saw no grounds for a ceasefire."
    )
    assert _days(text) == [("Dmitry Peskov", "2024-06-10")]


def test_talks_which_were_to_be_held_on_monday_are_still_a_plan() -> None:
    # near miss: "which were to be held on Monday" is the plan the rule is for
    text = (
        "ANKARA, June 12 (Reuters) - Talks with Russian Foreign Minister Sergei Lavrov, "
        "which were to be held in Ankara on Monday, have been put off.\n\n"
        "Turkish Foreign Minister Hakan Fidan told reporters that a new date would be found."
    )
    assert _days(text) == [("Hakan Fidan", "2024-06-12")]


def test_old_background_after_a_reader_frame_dates_no_words() -> None:
    # F3: "It should be recalled that X paid a visit on 17 May last year": background
    text = (
        "ASTANA. KAZINFORM - Kazakh Foreign Minister Murat Nurtleu received the Turkish "
        "ambassador at the ministry.\n\n"
        "It should be recalled that Nurtleu paid an official visit to Ankara on 3 April "
        "last year.\n\n"
        "Nurtleu noted that Turkey is a strategic partner of Kazakhstan."
    )
    assert _days(text) == [("Murat Nurtleu", "2024-06-12")]


def test_a_reader_frame_telling_the_speakers_words_dates_them() -> None:
    # near miss (wf04's reason kept): the frame's clause tells the occasion the words are from
    text = (
        "ASTANA. KAZINFORM - The Foreign Ministry has summoned the ambassador.\n\n"
        "It bears to remind that Kazakh President Kassym-Jomart Tokayev commented on the "
        "situation at the session of the National Kurultai on 14 March.\n\n"
        "According to the Akorda, President Tokayev stated: \u00abWe stand for dialogue.\u00bb"
    )
    assert dict(_days(text))["Kassym-Jomart Tokayev"] == "2024-03-14"


def test_the_pictured_persons_name_over_an_agency_credit_is_no_photographer() -> None:
    # F4: a single-newline page; "Hakan Fidan" is the man pictured, the lead no caption
    text = (
        "ANKARA, June 12 (Reuters) - Turkey will host the next round of grain talks, "
        "Turkish Foreign Minister Hakan Fidan told a news conference on Monday.\n"
        "Hakan Fidan\n"
        "AFP via Getty Images\n"
        "He said both sides had accepted Istanbul as the venue."
    )
    assert _days(text) == [("Hakan Fidan", "2024-06-10"), ("Hakan Fidan", "2024-06-10")]


def test_a_name_over_a_photographers_own_credit_leaves_the_lead_alone() -> None:
    # F4: "Jane Doe/Reuters" names its photographer; the line above it is the pictured man
    text = (
        "Lavrov says Ankara talks were useful\n"
        "ANKARA, June 12 (Reuters) - Russian Foreign Minister Sergei Lavrov held talks with "
        "Turkish Foreign Minister Hakan Fidan in Ankara on Monday.\n"
        "Sergei Lavrov\n"
        "Jane Doe/Reuters\n"
        "Lavrov told reporters after the talks that Moscow would study the proposals."
    )
    assert _days(text) == [("Sergei Lavrov", "2024-06-10")]


def test_a_caption_below_the_credit_is_counted_once() -> None:
    text = "Story.\n\nGetty Images\nKaja Kallas\nMore of the story."
    assert caption_lines(text) == ((8, 20), (21, 32))
