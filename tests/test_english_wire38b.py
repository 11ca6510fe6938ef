"""Round thirty-eight, second wave, English wire copy: a short form with its stops ("the
U.S.", "the U.N.") in the act before "and said" / "but said" is one word and lets the
second verb keep the sentence's subject; "repeated his threat that ..." is words said
again, as "repeated his warning that ..." is. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2025, 11, 20)


def test_a_short_form_with_stops_before_and_said() -> None:
    text = (
        "DOHA, Nov 19 (Reuters) - Qatar's foreign minister thanked the U.S. delegation "
        "and said the sides had closed most of the gaps.\n\n"
        "Jordan's king praised the U.N. agencies but said aid to Gaza had to triple.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Qatar's foreign minister", "the sides had closed most of the gaps", "2025-11-20"),
            ("Jordan's king", "aid to Gaza had to triple", "2025-11-20"),
        ],
    )


def test_a_subject_that_left_the_u_s_unnamed_then_said() -> None:
    text = (
        "TEHRAN (AFP) - Iran's army chief did not name the U.S. but said any aggressor "
        "would pay a heavy price.\n\n"
        "The Venezuelan president avoided mentioning the U.S. and said his country would "
        "defend its waters.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Iran's army chief", "any aggressor would pay a heavy price", "2025-11-20"),
            ("The Venezuelan president", "his country would defend its waters", "2025-11-20"),
        ],
    )


def test_repeated_his_threat_that_is_words_said_again() -> None:
    text = (
        "ANKARA (AP) — President Recep Tayyip Erdogan on Tuesday repeated his threat that "
        "Turkish forces would cross into northern Iraq if the attacks went on.\n\n"
        "Hungary's prime minister renewed his threats that Budapest would block the "
        "sanctions package.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Recep Tayyip Erdogan", "Turkish forces would cross into northern Iraq", "2025-11-18"),
            (
                "Hungary's prime minister",
                "Budapest would block the sanctions package",
                "2025-11-20",
            ),
        ],
    )
