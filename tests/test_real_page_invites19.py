"""Detection on unseen real text (issue 8, nineteenth round): below a broadcast interview's
last turn, the page points to the recording ("Listen to the full interview on Sunday
Edition.", "Watch the whole conversation above."): that line is the page's, not the guest's,
and the guest's closing thanks stay a pleasantry. Each test in new words written here."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

FRIDAY = datetime.date(2023, 6, 16)

_INTERVIEW = (
    "Minister defends aid cut\n\n"
    "Development Minister Karin Holm spoke to host Peter Lind on Friday.\n\n"
    "Peter Lind: Minister, why cut aid now?\n\n"
    "Karin Holm: We have not cut it. We have moved the money to the countries where it does "
    "the most good, and every partner was told in advance.\n\n"
    "Peter Lind: Minister Holm, thank you.\n\n"
    "Karin Holm: Thank you, Peter.\n\n"
)


@pytest.mark.parametrize(
    "footer",
    [
        "Listen to the full interview on Sunday Edition.",
        "Watch the whole conversation above.",
        "Click here to listen to the complete episode.",
        "You can hear the full interview on our podcast feed.",
        "Read the full transcript here.",
    ],
)
def test_the_page_pointing_to_the_recording_is_no_turn(footer: str) -> None:
    found = extract(_INTERVIEW + footer + "\n", published=FRIDAY)
    assert [(s.speaker, s.text[:20]) for s in found] == [("Karin Holm", "We have not cut it. ")]


def test_a_guest_who_invites_to_read_a_report_in_a_long_answer_keeps_the_turn() -> None:
    found = extract(
        _INTERVIEW.replace(
            "Karin Holm: Thank you, Peter.",
            "Karin Holm: Read the full report, Peter, and you will see that the money now goes "
            "further than it ever did before, in every one of the partner countries.",
        ),
        published=FRIDAY,
    )
    assert [s.text[:28] for s in found] == [
        "We have not cut it. We have ",
        "Read the full report, Peter,",
    ]
