"""Speakers on unseen real text (issue 8, nineteenth round): a post's field opened past "for"
or "of" by an adjective that titles use too ("Foreign", "International", "External") runs on
to its nouns ("Trade", "Investment", "Commerce", "Development Cooperation"); the name is what
follows them, not "Trade Olivier Becht". Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Belgian Minister for Foreign Trade Hadja Lahbib", "Hadja Lahbib"),
        ("Chile's Minister of Foreign Trade Rodrigo Yanez", "Rodrigo Yanez"),
        ("Canadian Minister for International Trade Carla Dunn", "Carla Dunn"),
        ("Ghana's Minister for External Commerce Kofi Mensah", "Kofi Mensah"),
        ("Portugal's Secretary of State for Foreign Investment Ana Lemos", "Ana Lemos"),
        ("Swedish Minister for Foreign Trade and Development Cooperation Erik Lund", "Erik Lund"),
        (
            "Norwegian Minister of International Development Anne Beathe Tvinnereim",
            "Anne Beathe Tvinnereim",
        ),
        ("Ukraine's Minister of Defence Industry Oleksandr Kamyshin", "Oleksandr Kamyshin"),
        ("Minister for Water Resources Tanvi Rao", "Tanvi Rao"),
        ("Deputy Minister of Foreign Trade Ling Hao", "Ling Hao"),
    ],
)
def test_the_field_runs_on_past_its_adjective(title: str, name: str) -> None:
    found = extract(
        f"Trade pact stalls\n\n{title} said on Thursday the text needed more work.\n",
        published=FRIDAY,
    )
    assert [(s.speaker, s.text) for s in found] == [(name, "the text needed more work")]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        # the field named after "for" alone, or by an adjective no title uses, as before
        ("Minister for Trade Damien Walsh", "Damien Walsh"),
        ("Minister for Overseas Development Andrew Mitchell", "Andrew Mitchell"),
        ("Minister of Foreign Affairs Olivia Becker", "Olivia Becker"),
        ("Minister of Justice Marco Weber", "Marco Weber"),
        ("Secretary of State Antony Blinken", "Antony Blinken"),
        ("Minister for Home Affairs Mira Costa", "Mira Costa"),
        ("Minister of Trade and Industry Tan Wei Ming", "Tan Wei Ming"),
    ],
)
def test_near_misses_keep_their_names(title: str, name: str) -> None:
    found = extract(
        f"Trade pact stalls\n\n{title} said on Thursday the text needed more work.\n",
        published=FRIDAY,
    )
    assert [(s.speaker, s.text) for s in found] == [(name, "the text needed more work")]
