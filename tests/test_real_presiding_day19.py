"""Dates on unseen real text (issue 8, nineteenth round): a speaker presiding over an
occasion the story dates by a possessive day ("Opening Thursday's debate, X called ...",
"Closing Tuesday's summit, X said ...", "Chairing Sunday's meeting, ...", "Hosting
Saturday's talks, ...") was there on its day, as one "addressing Monday's session" was; the
words are of that day. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

SATURDAY = datetime.date(2023, 6, 17)


def _days(text: str) -> list[str | None]:
    return [s.said_on for s in extract(text, published=SATURDAY)]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Opening Thursday's debate, Council President Mirela Dan called the plan \"late but "
            'welcome".',
            "2023-06-15",
        ),
        (
            "Closing Tuesday's summit, host Prime Minister Joao Alves said the accord \"will "
            'hold".',
            "2023-06-13",
        ),
        (
            "Chairing Wednesday's ministerial meeting, Foreign Minister Rosa Lim said the bloc "
            '"speaks with one voice".',
            "2023-06-14",
        ),
        (
            "Hosting Friday's talks, Omani mediator Said Harthy told reporters that progress had "
            "been made.",
            "2023-06-16",
        ),
        # near-miss: a day of the speaker's own after presiding
        (
            "Health Minister Ola Berg, who opened Monday's forum, said on Thursday that the "
            'forum had been "a success".',
            "2023-06-15",
        ),
    ],
)
def test_presiding_over_a_dated_occasion_dates_the_words(sentence: str, day: str) -> None:
    assert _days(f"Assembly meets\n\n{sentence}\n") == [day]
