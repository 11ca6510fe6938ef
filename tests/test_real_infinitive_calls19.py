"""A call made in the bare infinitive (issue 8, round nineteen): "used his speech to call
for ...", "took the opportunity to appeal for ...". Probed with sentences written here in the
styles of wire copy and ministry pages. Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2023, 6, 16)


def _texts(sentence: str) -> list[tuple[str, str]]:
    found = extract(f"Port talks\n\n{sentence}", published=PUB)
    return [(s.speaker, s.text) for s in found]


def test_a_call_in_the_bare_infinitive_keeps_its_verb() -> None:
    for sentence, speaker, start in (
        (
            "Cyril Ramaphosa used his speech to call for an end to the blockade of the port.",
            "Cyril Ramaphosa",
            "call for an end to the blockade",
        ),
        (
            "Gabriel Boric took the opportunity to call for fresh talks on the lithium deal.",
            "Gabriel Boric",
            "call for fresh talks",
        ),
        (
            "Mia Mottley used her address to appeal for debt relief for island states.",
            "Mia Mottley",
            "appeal for debt relief",
        ),
        (
            "William Ruto used the summit to call on lenders to cut interest rates.",
            "William Ruto",
            "call on lenders to cut",
        ),
    ):
        found = _texts(sentence)
        assert len(found) == 1 and found[0][0] == speaker, found
        assert found[0][1].startswith(start), found


def test_a_call_as_a_noun_is_left_as_it_was() -> None:
    assert _texts("There were growing calls for an end to the blockade.") == []
    found = _texts("Cyril Ramaphosa repeated his call for calm in the port city.")
    assert [t for _, t in found] == ["repeated his call for calm in the port city"]


def test_a_point_stressed_in_the_bare_infinitive_is_said() -> None:
    for sentence, speaker in (
        (
            "Maia Sandu used her visit to stress that Moldova would not be blackmailed.",
            "Maia Sandu",
        ),
        (
            "Josep Borrell took the opportunity to reiterate that sanctions would stay.",
            "Josep Borrell",
        ),
        ("Alar Karis went on television to declare that Estonia was ready.", "Alar Karis"),
        ("Edi Rama used the forum to emphasise that the Balkans belonged in Europe.", "Edi Rama"),
    ):
        assert [s for s, _ in _texts(sentence)] == [speaker], sentence


def test_stress_as_a_noun_says_nothing() -> None:
    assert _texts("The stress of the war showed on Maia Sandu's face as she arrived.") == []
    assert _texts("Officials declined to declare a state of emergency on Friday.") == []
