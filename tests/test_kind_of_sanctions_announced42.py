"""'announced personal sanctions against X': sanctions imposed are an act (ANNOTATION.md),
whatever kind they are named as ("personal", "sectoral", "economic"); "announced that ..."
still tells words. Stories written here in the manner of Meduza's English copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2020, 10, 15)  # a Thursday


def test_personal_sanctions_announced() -> None:
    assert_statements(
        "On October 15, the European Union announced personal sanctions against six Russian "
        "officials, including the director of the FSB.\n",
        PUBLISHED,
        [],
    )


def test_sectoral_sanctions_announced() -> None:
    assert_statements(
        "The United Kingdom on Thursday announced sectoral sanctions against Russian banks "
        "and energy companies.\n",
        PUBLISHED,
        [],
    )


def test_announced_that_sanctions_follow() -> None:
    # near miss: what was announced is a clause, words told
    assert_statements(
        "The European Union announced on Thursday that personal sanctions against six "
        "officials would take effect at once.\n",
        PUBLISHED,
        [("European Union", "personal sanctions against six", "2020-10-15")],
    )
