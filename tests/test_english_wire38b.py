"""Round thirty-eight, second wave, English wire copy: a short form with its stops ("the
U.S.", "the U.N.") in the act before "and said" / "but said" is one word and lets the
second verb keep the sentence's subject; "repeated his threat that ..." is words said
again, as "repeated his warning that ..." is; "Ghana rejected the audit, X said, and ..."
is X's whole sentence even with a verb of saying before the attribution; "X, asked about
it by reporters in September, said" is dated to the asking (the askers named before the
day); 'the ban, which the Chamber called "a blow"' is the body's naming, dated before the
name. Each test in new words."""

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


def test_an_attribution_set_off_inside_the_words_after_a_verb_of_their_own() -> None:
    text = (
        "PRETORIA (Reuters) - Namibia condemned the shelling of the camp, Foreign Minister "
        "Selma Ashipala-Musavyi said, but Windhoek would keep its mission in Khartoum "
        "open.\n\n"
        "Ghana rejected the audit, Ablakwa said, and Accra would ask for a second one.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Selma Ashipala-Musavyi", "Namibia condemned the shelling of the camp", "2025-11-20"),
            ("Ablakwa", "Ghana rejected the audit", "2025-11-20"),
        ],
    )


def test_the_day_after_the_askers_named_in_an_aside_is_the_asking() -> None:
    text = (
        "ABUJA (Reuters) - Budget Minister Atiku Bagudu, asked about the shortfall by "
        "reporters in September, said the gap would be closed by new borrowing.\n\n"
        "Bagudu, asked about the customs levy by journalists in August, said it would not "
        "be raised.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Atiku Bagudu", "the gap would be closed by new borrowing", "2025-09"),
            ("Atiku Bagudu", "it would not be raised", "2025-08"),
        ],
    )


def test_a_body_names_a_thing_in_quotation_marks_in_a_which_clause() -> None:
    text = (
        "LAGOS (Reuters) - The new import ban, which the Lagos Chamber of Commerce called "
        '"a blow to thousands of traders", is due to take effect on Monday.\n\n'
        'The levy, which the Nigeria Labour Congress has termed "daylight robbery", was '
        "passed by the Senate on Thursday.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Lagos Chamber of Commerce", "a blow to thousands of traders", "2025-11-20"),
            ("Nigeria Labour Congress", "daylight robbery", "../2025-11-20"),
        ],
    )
