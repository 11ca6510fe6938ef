"""Round thirty-seven, second wave, English wire copy: a body placed by a participle phrase
("the agency's team stationed at the plant") speaks; "charged that ..." is an accusation
worded (not "charged with", "was charged"); "said, in reply to a question, ..." and "said,
without elaborating, ..." then a clause with no "that" are the words after the aside; "X on
Sunday, while visiting ..., said" has X speaking (not the journalists an aside briefs); a
phrase of place or time set off before the subject ("Across the country, X conceded.") is
no one's words. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2025, 10, 9)


def test_a_body_placed_by_a_participle_phrase_speaks() -> None:
    text = (
        "VIENNA, Oct 8 (Reuters) - The IAEA team stationed at the Kursk nuclear plant "
        "said on Wednesday that shelling had cut one of its power lines.\n\n"
        "The UN mission headquartered in Bamako said on Tuesday that its convoy had been "
        "stopped at a checkpoint.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            (
                "The IAEA team stationed at the Kursk nuclear plant",
                "shelling had cut one of its power lines",
                "2025-10-08",
            ),
            ("UN mission in Bamako", "its convoy had been stopped", "2025-10-07"),
        ],
    )


def test_charged_that_is_an_accusation_worded() -> None:
    text = (
        "NAIROBI (AP) - Opposition leader Kalonzo Musyoka charged on Wednesday that the "
        "electoral commission had inflated turnout in three counties.\n\n"
        '"They are counting ghosts," Musyoka charged at a rally in Machakos.\n\n'
        "Two of his aides were charged with incitement on Tuesday, and a county official "
        "was charged that morning for holding an unlicensed meeting.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Kalonzo Musyoka", "the electoral commission had inflated turnout", "2025-10-08"),
            ("Kalonzo Musyoka", "They are counting ghosts", "2025-10-08"),
        ],
    )


def test_an_aside_after_the_comma_then_words_without_that() -> None:
    text = (
        "CANBERRA, Oct 9 (Reuters) - Defence Minister Richard Marles said, in reply to a "
        "question, no request had been received from Washington.\n\n"
        "Foreign Minister Penny Wong said, without naming them, several states were shipping "
        "parts to Moscow.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Richard Marles", "no request had been received from Washington", "2025-10-09"),
            ("Penny Wong", "several states were shipping parts to Moscow", "2025-10-09"),
        ],
    )


def test_a_day_then_a_participle_set_off_before_the_verb() -> None:
    text = (
        "MOSCOW (AP) - Russian Foreign Minister Sergei Lavrov on Tuesday, while visiting a "
        "trade fair in Kazan, said Moscow would not bow to new sanctions.\n"
    )
    assert_statements(
        text,
        _DAY,
        [("Sergei Lavrov", "Moscow would not bow to new sanctions", "2025-10-07")],
    )


def test_the_ones_an_aside_takes_are_not_the_subject() -> None:
    text = (
        "UNITED NATIONS (AP) - UN spokesman Stephane Dujarric on Wednesday, while briefing "
        "journalists at headquarters, said the Secretary-General was alarmed by the strikes.\n"
    )
    assert_statements(
        text,
        _DAY,
        [("Stephane Dujarric", "the Secretary-General was alarmed by the strikes", "2025-10-08")],
    )


def test_a_phrase_of_place_or_time_before_the_subject_is_no_one_words() -> None:
    text = (
        "QUITO (AP) - Within minutes of the first results, the ruling party's candidate had "
        "conceded.\n\n"
        "In the coastal provinces, local mayors acknowledged on Monday.\n\n"
        "In Guayaquil the count went smoothly, election chief Diana Atamaint said.\n"
    )
    assert_statements(
        text,
        _DAY,
        [("Diana Atamaint", "In Guayaquil the count went smoothly", "2025-10-09")],
    )
