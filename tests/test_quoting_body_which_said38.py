"""Wire copy (round 30): "X's account contradicts the findings of the Joint Chiefs of Staff,
which said Thursday that ...": the body the relative pronoun stands for speaks, not "findings
of" it; and a body written in lower case ("rejected by the defense ministry, which said on
Friday that ...", as Yonhap and PTI write it) speaks too. Each test in new words written
here."""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

OCT_3 = datetime.date(2025, 10, 3)
_LEAD = (
    "Seoul disputes North's account of border shooting\n\n"
    "SEOUL, Oct. 3 (Yonhap) -- North Korea's military claimed on Friday that its guards had "
    "fired warning shots only after the man ignored repeated orders to stop.\n\n"
)


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        (
            "That account contradicts the findings of the Defense Ministry",
            "South Korean Defense Ministry",
        ),
        (
            "That account contradicts the findings of the defense ministry",
            "South Korean Defense Ministry",
        ),
        ("The claim was swiftly rejected by the defense ministry", "South Korean Defense Ministry"),
        ("It runs against an assessment by the Defense Ministry", "South Korean Defense Ministry"),
        # near-miss, passes on the starting code too: the body's own name right before "which"
        ("That account contradicts the Joint Chiefs of Staff", "Joint Chiefs of Staff"),
    ],
)
def test_the_body_before_which_said_speaks(clause: str, body: str) -> None:
    text = (
        _LEAD + f"{clause}, which said Thursday that North Korean soldiers had fired directly at "
        "the man without warning.\n"
    )
    got = [(s.speaker, s.text, s.said_on) for s in extract(text, published=OCT_3)]
    assert len(got) == 2, got
    speaker, words, day = got[1]
    assert speaker == body, got
    assert words.startswith("North Korean soldiers had fired directly"), got
    assert day == "2025-10-02", got


def test_a_lower_case_ministry_after_a_comma_speaks_in_a_list_of_reactions() -> None:
    text = (
        _LEAD + "The claim was also dismissed by the unification ministry, which said on Friday "
        "that the North should hand over the evidence.\n"
    )
    assert_statements(
        text,
        OCT_3,
        [
            ("North Korean Military", "its guards had fired warning shots", "2025-10-03"),
            ("South Korean Unification Ministry", "the North should hand over", "2025-10-03"),
        ],
    )
