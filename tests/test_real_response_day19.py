"""Days of words given in response (issue 8, round nineteen). A response to what came on a
day ("Responding to Biden's remarks on Tuesday, X said") was said between that day and the
article's; but a question or query put to the speaker is answered at the same sitting
("Responding to a question on Thursday, X said", "In response to a query from PTI on
Thursday"), and a day told with the verb after the response clause ("Responding to a
question, X said on Thursday") is the words' own. Each test in new words."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2024, 3, 15)


def _days(sentence: str) -> list[tuple[str | None, str | None]]:
    text = f"Minister on border talks\n\n{sentence}\n"
    return [(s.speaker, s.said_on) for s in extract(text, published=FRIDAY)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Responding to a question on Thursday, Halvorsen said the border would stay shut.",
        "Responding to reporters' questions on Thursday, Halvorsen said the border would stay "
        "shut.",
        "In response to a query from the NTB agency on Thursday, Halvorsen said the border would "
        "stay shut.",
        "Responding to questions from journalists in Oslo on Thursday, Halvorsen said the border "
        "would stay shut.",
        "Responding to a question, Halvorsen said on Thursday the border would stay shut.",
        "In reaction to the vote, Halvorsen said on Thursday that the border would stay shut.",
    ],
)
def test_answer_given_on_the_day_told(sentence: str) -> None:
    assert _days(sentence) == [("Halvorsen", "2024-03-14")]


def test_response_to_what_came_on_a_day_is_said_after_it() -> None:
    sentence = (
        "Reacting to the vote in parliament on Tuesday, Halvorsen said the border would stay shut."
    )
    assert _days(sentence) == [("Halvorsen", "2024-03-12/2024-03-15")]


def test_question_about_a_thing_dated_by_the_thing() -> None:
    sentence = (
        "Responding to a question about the attack in Bergen on Tuesday, Halvorsen said the "
        "border would stay shut."
    )
    assert _days(sentence) == [("Halvorsen", "2024-03-12/2024-03-15")]
