"""Dates on unseen real text (issue 8, nineteenth round): a month and day without a year
that lies nearer ahead of the article than behind it is read as a plan ("talks are set to
resume on November 30"), but told with a verb of a thing that already happened ("The
crisis began on November 20", "The decisive moment came on December 14", "the accord was
signed on October 3") it is the past one, and words "that same evening" take it. Each test
in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

JUNE = datetime.date(2024, 6, 15)


def _days(text: str) -> list[str | None]:
    return [s.said_on for s in extract(text, published=JUNE)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Coalition crisis\n\nThe crisis began on November 20, when the coalition collapsed. "
            'Finance Minister Petra Holm called the collapse "avoidable" that same evening.\n',
            "2023-11-20",
        ),
        (
            "Coalition crisis\n\nThe turning point came on December 14, when the party walked "
            'out. Its leader, Anton Berg, said that night the party "had no choice".\n',
            "2023-12-14",
        ),
        (
            "Border accord\n\nThe accord was signed on October 3 in Geneva. Foreign Minister "
            'Lea Moser said the same day that it "ends a long dispute".\n',
            "2023-10-03",
        ),
    ],
)
def test_a_thing_that_happened_on_a_month_day_is_past(text: str, day: str) -> None:
    assert _days(text)[-1] == day


def test_a_plan_on_a_month_day_ahead_stays_a_plan() -> None:
    text = (
        "Talks to resume\n\nTalks are set to resume on November 30, mediator Jan Roos said on "
        "Friday.\n\nThe final hearing will be held on December 2, the court's spokesman, Kees "
        "Wit, said.\n"
    )
    assert _days(text) == ["2024-06-14", "2024-06-15"]
