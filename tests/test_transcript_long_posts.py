"""Joint press conferences whose header gives a long post and a long name, and labels by post.

Gulf ministries print "His Excellency Prime Minister and Minister of Foreign Affairs Sheikh
X bin Y bin Z Al-Thani and Foreign Minister W held a joint press conference", then label
the turns by post alone ("HIS EXCELLENCY THE PRIME MINISTER AND MINISTER OF FOREIGN
AFFAIRS:", "THE PRIME MINISTER:"). The post joined by "and" belongs to the name after it,
the courtesy is no part of either, and a label whose rank ("PRIME") no named person holds
is not given to the one minister the page does name.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

_HEADER = (
    "Ministry of Foreign Affairs\nMedia Center > News\n\n"
    "Joint Press Conference in Doha\n\nDoha, February 9, 2025\n\n"
)
_BOTH = (
    "His Excellency Prime Minister and Minister of Foreign Affairs Sheikh Mohammed bin "
    "Abdulrahman bin Jassim Al-Thani and Egyptian Foreign Minister Badr Abdelatty held a joint "
    "press conference today after their talks. The following is an unofficial transcript.\n\n"
)


def _turns(label: str) -> str:
    return (
        f"{label}: Good evening. Our talks today covered the second phase of the ceasefire "
        "and the return of the displaced to the north of the Strip.\n\n"
        "FOREIGN MINISTER ABDELATTY: Thank you. Egypt will host the reconstruction "
        "conference as soon as the guns fall silent for good.\n\n"
        "QUESTION (QNA): Are the negotiating teams still in Doha?\n\n"
        f"{label}: They are, and we expect the technical talks to continue through the week.\n"
    )


@pytest.mark.parametrize(
    "label",
    [
        "HIS EXCELLENCY THE PRIME MINISTER AND MINISTER OF FOREIGN AFFAIRS",
        "THE PRIME MINISTER AND MINISTER OF FOREIGN AFFAIRS",
        "THE PRIME MINISTER",
        "PRIME MINISTER",
    ],
)
def test_post_label_is_the_sheikh_the_header_names(label: str) -> None:
    found = extract(_HEADER + _BOTH + _turns(label), published=datetime.date(2025, 2, 9))
    assert [(s.speaker, s.text.split(".")[0]) for s in found] == [
        ("Mohammed bin Abdulrahman bin Jassim Al-Thani", "Good evening"),
        ("Badr Abdelatty", "Thank you"),
        (
            "Mohammed bin Abdulrahman bin Jassim Al-Thani",
            "They are, and we expect the technical talks to continue through the week",
        ),
    ]
    assert found[0].role == "Prime Minister and Minister of Foreign Affairs"


def test_a_rank_nobody_named_holds_is_not_the_one_minister_named() -> None:
    only_one = (
        "Qatar's prime minister and Egyptian Foreign Minister Badr Abdelatty held a joint press "
        "conference today after their talks. The following is an unofficial transcript.\n\n"
    )
    found = extract(
        _HEADER + only_one + _turns("PRIME MINISTER"), published=datetime.date(2025, 2, 9)
    )
    assert [s.speaker for s in found if s.text.startswith("Thank you")] == ["Badr Abdelatty"]
    assert all(s.speaker != "Badr Abdelatty" for s in found if not s.text.startswith("Thank"))


def test_a_post_label_without_a_rank_still_finds_the_foreign_minister() -> None:
    one_minister = (
        "Foreign Minister Badr Abdelatty held a press conference today after his talks. The "
        "following is an unofficial transcript.\n\n"
        "MINISTER OF FOREIGN AFFAIRS: Egypt will host the reconstruction conference as soon "
        "as the guns fall silent for good.\n\n"
        "QUESTION (QNA): When will it meet?\n\n"
        "MINISTER OF FOREIGN AFFAIRS: In the spring, if the ceasefire holds until then.\n"
    )
    found = extract(_HEADER + one_minister, published=datetime.date(2025, 2, 9))
    assert [s.speaker for s in found] == ["Badr Abdelatty", "Badr Abdelatty"]
