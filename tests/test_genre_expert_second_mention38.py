"""Global Times and China Daily style (round 30): a scholar quoted by name and affiliation is
"the expert" or "the analyst" in the next sentence of the same paragraph ("X, a professor at Y
University, said ... The expert noted that ..."): that one, not a speaker named "The expert".
An official just quoted is no expert. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

JUNE_16 = datetime.date(2024, 6, 16)


# ("scholar" passes on the starting code too)
@pytest.mark.parametrize("noun", ["expert", "analyst", "scholar"])
def test_the_expert_is_the_scholar_just_quoted(noun: str) -> None:
    text = (
        "Manila's patrols a provocation, say experts\n\n"
        "Li Haidong, a professor at the China Foreign Affairs University, said Manila was being "
        f"used by outside powers to stir up trouble in the region. The {noun} noted that such "
        "moves would only harm the Philippines' own interests.\n"
    )
    assert_statements(
        text,
        JUNE_16,
        [
            ("Li Haidong", "Manila was being used", "2024-06-16"),
            ("Li Haidong", "such moves would only harm", "2024-06-16"),
        ],
    )


def test_the_director_of_an_institute_is_the_expert() -> None:
    text = (
        "EU urged not to be dragged into row\n\n"
        "Cui Hongjian, director of the Department for European Studies at the China Institute "
        "of International Studies, said the bloc should not let one member set its China "
        "policy. The expert said Brussels had so far kept its distance.\n"
    )
    assert_statements(
        text,
        JUNE_16,
        [
            ("Cui Hongjian", "the bloc should not let", "2024-06-16"),
            ("Cui Hongjian", "Brussels had so far kept", "2024-06-16"),
        ],
    )


def test_the_expert_is_not_the_minister_just_quoted() -> None:
    # near-miss, passes on the starting code too: the minister is no expert
    text = (
        "Beijing warns Manila\n\n"
        "Foreign Minister Wang Yi said Manila was being used by outside powers to stir up "
        "trouble. The expert noted that such moves would only harm the Philippines.\n"
    )
    got = [s.speaker for s in extract(text, published=JUNE_16)]
    assert "Wang Yi" in got
    assert got.count("Wang Yi") == 1, got
