"""'In his statement, the minister highlighted the toll of the war': "highlighted" with a
thing for object says nothing by itself ("the visit highlighted the ties"), but with the
occasion of speaking put first ("In his statement,", "During the briefing,") the thing
highlighted is a point made in words. Stories written here in the manner of ANTARA's copy."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 1, 10)  # a Friday


def test_highlighted_after_the_speech_put_first() -> None:
    assert_statements(
        "Jakarta, Jan. 10 -- Foreign Affairs Minister Sugiono delivered his annual press "
        "statement on Friday.\n"
        "In his statement, the minister highlighted the growing humanitarian toll in Gaza, "
        "where aid deliveries remain blocked.\n",
        PUBLISHED,
        [("Sugiono", "the growing humanitarian toll", "2025-01-10")],
    )


def test_highlighted_without_an_occasion_of_speaking() -> None:
    # near miss: a place put first is no occasion of speaking; the visit shows, says nothing
    assert_statements(
        "Jakarta, Jan. 10 -- Foreign Affairs Minister Sugiono visited Cairo on Friday.\n"
        "In the Egyptian capital, the visit highlighted the close ties between the two "
        "countries.\n",
        PUBLISHED,
        [],
    )
