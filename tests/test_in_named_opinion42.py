"""'In Peskov's opinion, ...', 'In Lavrov's view, ...': the judgement of the one named, told
as "In his opinion" and "In Fidan's words" are. Stories written here in the manner of
Meduza's and TASS's English copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2020, 10, 15)  # a Thursday


def test_in_the_named_ones_opinion() -> None:
    assert_statements(
        "Kremlin spokesman Dmitry Peskov spoke to journalists on Thursday, October 15.\n\n"
        "In Peskov\u2019s opinion, the new restrictions have \u201cno legal basis at all\u201d "
        "and will only harm relations with Brussels.\n",
        PUBLISHED,
        [("Dmitry Peskov", "the new restrictions have", "2020-10-15")],
    )


def test_in_the_named_ones_view() -> None:
    assert_statements(
        "Foreign Minister Sergey Lavrov met the press in Moscow on Thursday.\n\n"
        "In Lavrov's view, the talks on strategic stability should resume without "
        "preconditions.\n",
        PUBLISHED,
        [("Sergey Lavrov", "the talks on strategic stability", "2020-10-15")],
    )


def test_in_the_named_ones_view_of_a_thing() -> None:
    # near miss: "in Moscow's view of the talks" with no comma after is a phrase inside the
    # reporter's sentence; "in the public view" names no one
    assert_statements(
        "The talks were held in the public view on Thursday.\n",
        PUBLISHED,
        [],
    )
