"""Dates on unseen real text (issue 8, nineteenth round): a verb that names what its object
was, the object, then a day, then the name ("called the meeting yesterday \\"useful\\"",
"described the talks on Wednesday as ...", "hailed the vote late Thursday as ...", "hailed
the decision that night as ..."): the day is the naming's, though the words begin at the
object; a day of a thing done ("the talks held on Monday as ...") is not. Each test in new
words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

SATURDAY = datetime.date(2023, 6, 17)


def _days(text: str) -> list[str | None]:
    return [s.said_on for s in extract(text, published=SATURDAY)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Talks end in Vienna\n\nThe ministers met on Monday.\n\nRussia's envoy Pavel Orlov "
            'called the meeting yesterday "useful".\n',
            "2023-06-16",
        ),
        (
            "Talks end in Vienna\n\nThe ministers met on Monday.\n\nIran's negotiator Reza Bagheri "
            'described the talks on Wednesday as "serious".\n',
            "2023-06-14",
        ),
        (
            "Vote in Skopje\n\nParliament voted on June 8 after a long debate.\n\nPrime Minister "
            'Ivan Petrov hailed the result that night as "a new start".\n',
            "2023-06-08",
        ),
        # near-miss: the day of a thing done, by its participle
        (
            "Talks end in Vienna\n\nThe ministers met on Monday.\n\nIsrael's foreign minister, "
            'Eli Barak, described the talks held on Monday as "a charade".\n',
            "2023-06-17",
        ),
    ],
)
def test_a_day_between_the_object_and_its_name_is_the_namings(text: str, day: str) -> None:
    assert _days(text)[-1] == day
