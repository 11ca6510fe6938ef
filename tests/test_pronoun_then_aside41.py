"""A pronoun subject with an aside set off by commas before its verb ("She, speaking in
Kabul, said", "Ahead of her visit, she, according to Reuters, said"): the aside (a source, a
participle, an occasion) is no subject; the pronoun speaks, as a name in its place does.
Stories written here in the manner of Dawn's copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2018, 7, 6)  # a Friday


def test_source_set_off_after_the_pronoun() -> None:
    assert_statements(
        "ISLAMABAD: US diplomat Alice Wells held talks with Pakistani officials this week. "
        "In Kabul, she, according to Reuters, said on Thursday that Washington wanted "
        "quicker progress on the peace process.\n",
        PUBLISHED,
        [("Alice Wells", "Washington wanted quicker progress", "2018-07-05")],
    )


def test_participle_set_off_after_a_pronoun_opening_the_sentence() -> None:
    assert_statements(
        "ISLAMABAD: Foreign Office spokesman Mohammad Faisal held his weekly briefing on "
        "Thursday. He, speaking to reporters after the briefing, said that Pakistan backed "
        "an Afghan-led process.\n",
        PUBLISHED,
        [("Mohammad Faisal", "Pakistan backed", "2018-07-05")],
    )


def test_a_noun_before_the_aside_is_not_a_pronoun() -> None:
    # near miss: "Officials who met her, speaking in Kabul, said": "her" is an object inside
    # the subject's relative clause, never the one who speaks
    assert_statements(
        "ISLAMABAD: US diplomat Alice Wells held talks with Pakistani officials this week. "
        "Officials who met her, speaking in Kabul, said that the talks went well.\n",
        PUBLISHED,
        [],
    )
