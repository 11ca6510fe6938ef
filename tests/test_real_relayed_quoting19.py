"""Words with no verb of their own closed by an outlet quoting someone (issue 8, round
nineteen): "Russia would take countermeasures, Interfax quoted Ryabkov as saying." The
outlet relays, but the one it quotes is the words' only attribution, so the words are his;
where the sentence has its own verb ("Peskov said ..., TASS quoted him as saying") the relay
stays an aside, and an outlet reporting ("..., TASS reported.") quotes no one. Each test in
new words."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

THURSDAY = datetime.date(2024, 3, 14)


def _found(text: str) -> list[tuple[str | None, str, str | None]]:
    return [(s.speaker, s.text, s.said_on) for s in extract(text, published=THURSDAY)]


@pytest.mark.parametrize(
    ("relay", "speaker"),
    [
        ("Interfax quoted Grushko as saying", "Grushko"),
        ("TASS quoted Grushko as saying", "Grushko"),
        ("the Interfax news agency quoted Grushko as saying", "Grushko"),
        ("Xinhua quoted Mao as saying", "Mao"),
        ("Yonhap quoted Cho as saying", "Cho"),
        ("IRNA quoted Baghaei as saying", "Baghaei"),
    ],
)
def test_outlet_quoting_one_named_after_words_with_no_verb(relay: str, speaker: str) -> None:
    text = f"Envoy warns on missiles\n\nThe deployment would force a military reply, {relay}.\n"
    assert _found(text) == [(speaker, "The deployment would force a military reply", "2024-03-14")]


def test_outlet_quoting_him_gives_the_words_to_the_one_named_before() -> None:
    text = (
        "Moscow warns Helsinki\n\n"
        "MOSCOW, March 14 (Reuters) - Deputy Foreign Minister Alexander Grushko said on "
        "Thursday that Moscow was studying the new border rules.\n\n"
        "Finland had chosen confrontation, the RIA news agency quoted him as saying.\n"
    )
    assert ("Alexander Grushko", "Finland had chosen confrontation", "2024-03-14") in _found(text)


def test_relay_after_a_verb_of_its_own_stays_an_aside() -> None:
    text = "Kremlin on talks\n\nPeskov said the talks had stalled, Interfax quoted him as saying.\n"
    assert _found(text) == [("Peskov", "the talks had stalled", "2024-03-14")]


def test_outlet_reporting_quotes_no_one() -> None:
    text = "Convoy crosses\n\nThe convoy crossed the border late on Wednesday, TASS reported.\n"
    assert _found(text) == []
