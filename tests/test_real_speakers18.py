"""Who said it in real copy (issue 8, round eighteen): descriptions the article resolves to
exactly one person, and phrases that are no speaker's name. Each test in new words written
here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

TUESDAY = datetime.date(2024, 3, 12)


def _speakers(text: str) -> list[str]:
    return [s.speaker for s in extract(text, published=TUESDAY)]


@pytest.mark.parametrize(
    "described",
    [
        "the head of government",
        "the head of the government",
        "the Slovak head of government",
        "Slovakia's head of government",
        "the government chief",
    ],
)
def test_the_head_of_government_is_the_prime_minister_named(described: str) -> None:
    # "the head of government": the cabinet's head, whom the story named as prime minister
    # (or premier), not the president named with him nor a body called "government"
    text = (
        "BRATISLAVA, March 12 - President Anna Vrbova said on Tuesday that the border "
        "checks would stay in place.\n\n"
        "Prime Minister Pavol Hruby met party leaders in the afternoon. Later, "
        f"{described} said the cabinet would review the measures within a week."
    )
    assert _speakers(text)[-1] == "Pavol Hruby"


def test_the_head_of_government_is_a_chancellor_where_the_post_has_that_name() -> None:
    text = (
        "VIENNA, March 12 - Chancellor Markus Leitner spoke to reporters after a cabinet "
        "meeting on Tuesday. The head of government said Austria would not block the deal."
    )
    assert _speakers(text)[-1] == "Markus Leitner"


def test_the_head_of_state_stays_the_president() -> None:
    # near miss: the head of state is not the head of government
    text = (
        "Prime Minister Pavol Hruby met party leaders on Tuesday. President Anna Vrbova "
        "received the ambassadors. The head of state said the border checks would stay."
    )
    assert _speakers(text)[-1] == "Anna Vrbova"
