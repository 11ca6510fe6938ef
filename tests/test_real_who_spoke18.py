"""Days of words told after a relative clause on the speaker that tells the speaker's own
speaking (issue 8, round eighteen): "X, who spoke after Y on Friday, tore up his script.
... X said" places X's words at that speaking, so its day is theirs; a relative clause
telling another deed ("who attended", "who was elected") or a statement issued ("who
issued a statement on Monday") keeps its day to itself. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

SUNDAY = datetime.date(2024, 6, 16)


def _days(text: str, published: datetime.date = SUNDAY) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_who_spoke_after_another_speaker_dates_the_words_told_next() -> None:
    text = (
        "Delegates on Sunday rejected the draft communique.\n\n"
        "Foreign Minister Jonas Berg, who spoke right after the US envoy on Saturday, put "
        "aside his notes. The envoy had misread the treaty, Berg said."
    )
    assert ("Jonas Berg", "2024-06-15") in _days(text)


def test_who_addressed_the_assembly_dates_the_quote_told_next() -> None:
    text = (
        "The assembly closed its session on Sunday.\n\n"
        "Prime Minister Leila Haddad, who addressed the assembly on Friday evening, drew "
        'long applause. "We will not be lectured," Haddad said.'
    )
    assert ("Leila Haddad", "2024-06-14") in _days(text)


def test_who_took_the_floor_wire_style() -> None:
    text = (
        "Talks resumed in Geneva on Sunday.\n\n"
        "Ukraine's envoy Petro Koval, who took the floor on Saturday morning, walked out "
        "minutes later. Koval said the text ignored the occupied territories."
    )
    assert ("Petro Koval", "2024-06-15") in _days(text)


def test_who_attended_keeps_its_day_to_the_ceremony() -> None:
    text = (
        "Leaders met for a second day in Rome on Sunday.\n\n"
        "President Omar Diallo, who attended the opening ceremony on Friday, flew in early. "
        "Diallo said on Sunday the fund was too small."
    )
    assert ("Omar Diallo", "2024-06-16") in _days(text)


def test_who_issued_a_statement_keeps_its_day_to_the_statement() -> None:
    text = (
        "Ministers briefed reporters in Berlin on Sunday.\n\n"
        "Interior Minister Karl Weiss, who issued a statement on Friday denying the leak, "
        "said on Sunday that the inquiry would go on."
    )
    assert ("Karl Weiss", "2024-06-16") in _days(text)
