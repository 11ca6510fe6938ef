"""Speaker names on unseen real text (round 30): North Korea's courtesy "Comrade", which
Yonhap and Xinhua quote, is a title, not a given name; the Philippines' "Ma." (Maria) after a
post written in lower case ("DFA spokesperson Ma. Teresita Daza") is part of the name, as it
is after a capitalised title. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements


@pytest.mark.parametrize("name", ["Kim Yo-jong", "Choe Son-hui"])
def test_comrade_is_a_courtesy_title(name: str) -> None:
    text = (
        "N. Korea rejects Seoul's offer of talks\n\n"
        "SEOUL, Aug. 14 (Yonhap) -- North Korea on Thursday dismissed South Korea's offer of "
        "working-level talks.\n\n"
        f"Comrade {name}, a senior official of the ruling party, said in a statement carried by "
        "state media on Thursday that Pyongyang had no interest in dialogue with Seoul.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 8, 14),
        [(name, "Pyongyang had no interest in dialogue", "2025-08-14")],
    )


@pytest.mark.parametrize(
    "post",
    [
        "Foreign Affairs spokesperson",
        "the bureau's director",
        "Justice Undersecretary",  # near-miss, passes on the starting code: a capitalised title
    ],
)
def test_ma_after_a_post_is_part_of_the_name(post: str) -> None:
    text = (
        "PH files protest over water cannon attack\n\n"
        "MANILA – The Philippines lodged a diplomatic protest against China over the latest "
        "water cannon attack near Scarborough Shoal.\n\n"
        f"{post} Ma. Angelica Escalona said on Monday that the protest had been handed to the "
        "Chinese embassy in Manila.\n"
    )
    assert_statements(
        text,
        datetime.date(2024, 6, 18),
        [("Ma. Angelica Escalona", "the protest had been handed", "2024-06-17")],
    )
