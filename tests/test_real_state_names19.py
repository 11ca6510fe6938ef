"""How a body a two-word state owns is named (issue 8, round nineteen): "South Korea's
government" is the "South Korean Government", as "Japan's government" is the "Japanese
Government" (the real corpus's convention). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUB = datetime.date(2023, 6, 16)


def test_a_body_owned_by_a_two_word_state_is_named_by_its_adjective() -> None:
    for owner, name in (
        ("South Korea's government", "South Korean Government"),
        ("Sri Lanka's foreign ministry", "Sri Lankan Foreign Ministry"),
        ("South Africa's defence ministry", "South African Defence Ministry"),
        ("North Korea's foreign ministry", "North Korean Foreign Ministry"),
        ("Saudi Arabia's foreign ministry", "Saudi Foreign Ministry"),
    ):
        text = f"Fishing row\n\n{owner} said on Friday that the quota talks would resume in July."
        assert [s.speaker for s in extract(text, published=PUB)] == [name], owner


def test_a_one_word_state_is_named_as_before() -> None:
    text = "Fishing row\n\nPeru's government said on Friday that the quota talks would resume."
    assert [s.speaker for s in extract(text, published=PUB)] == ["Peruvian Government"]
