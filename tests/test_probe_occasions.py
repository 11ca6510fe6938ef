"""Occasions of speaking told in a speaker's relative clause (issue 8, construction probes of
the ninth round). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2025, 5, 15)


def test_a_press_conference_the_speaker_held_dates_the_words_after_it() -> None:
    text = (
        "OSLO\n\n"
        "The Nordic ministers' chair, Maria Solberg, who held a joint news conference with "
        "her Finnish colleague on Tuesday, said the region would double its aid to Kyiv.\n\n"
        '"We will not waver," Solberg said.'
    )
    found = extract(text, published=THURSDAY)
    assert [s.said_on for s in found] == ["2025-05-13"] * 2


def test_a_journey_in_a_relative_clause_dates_nothing() -> None:
    text = "The envoy Jonas Berg, who flew to Riga on Tuesday, said the border talks had stalled."
    [found] = extract(text, published=THURSDAY)
    assert found.said_on == "2025-05-15"


def test_a_foreign_affairs_minister_speaks_at_the_foreign_ministers_meeting() -> None:
    # Canada's and New Zealand's style: "Foreign Affairs Minister", one of the foreign ministers
    text = (
        "Thursday, May 15, 2025\n\n"
        "Canada and Mexico have agreed to a new consular pact after a meeting of their foreign "
        "ministers in Ottawa on Tuesday.\n\n"
        "Foreign Affairs Minister Claire Fournier said the pact would take effect in July."
    )
    found = extract(text, published=THURSDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Claire Fournier", "2025-05-13")]


def test_a_summit_the_lead_dated_dates_a_leader_speaking_there() -> None:
    text = (
        "Thursday, May 15, 2025\n\n"
        "Chile's President Gabriel Boric took over the bloc's rotating chair at the summit in "
        "Santiago on Tuesday and called for closer trade ties.\n\n"
        "Peruvian President Dina Boluarte, who handed over the chair, said the bloc had to "
        "open new markets in Asia.\n\n"
        "A spokesman for the port workers' union said the strike would go on."
    )
    found = {s.speaker: s.said_on for s in extract(text, published=THURSDAY)}
    assert found["Dina Boluarte"] == "2025-05-13"
    assert all(day == "2025-05-15" for who, day in found.items() if "union" in who.lower())


def test_words_before_a_quote_told_to_a_dated_council_take_its_day() -> None:
    text = (
        "NEW YORK, May 15 (Reuters) - Sudan's envoy Omer Siddig said at a Security Council "
        "meeting on Tuesday that the sanctions had failed.\n\n"
        "The meeting was called by five members. Norway's ambassador Ine Dahl accused the "
        'junta of blocking aid convoys. "Food is being used as a weapon," she told the Council.'
    )
    found = extract(text, published=THURSDAY)
    assert [s.said_on for s in found] == ["2025-05-13"] * 3


def test_talks_the_speaker_joined_on_a_day_date_the_words() -> None:
    text = (
        "VIENNA, May 15 (AFP) - Moldova's foreign minister Mihai Popsoi, who joined the talks "
        "on Tuesday, said Chisinau wanted the monitors to stay."
    )
    [found] = extract(text, published=THURSDAY)
    assert found.said_on == "2025-05-13"
