"""A speech act named by its noun after "issued": "issued a stern warning to X against ...",
"issued a blistering critique of ...", as "warned" and "criticized" say it. Near misses: a
notice ("a travel warning"), a document or a deed ("issued visas", "issued a statement") and a
court's ruling ("the court issued a rebuke"). Sentences written here
in the manner of The Star (Nairobi) and The New York Times."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 6)  # a Wednesday
DAY = "2024-03-06"
YESTERDAY = "2024-03-05"


def test_issued_a_stern_warning_to() -> None:
    assert_statements(
        "NAIROBI - President William Ruto yesterday issued a stern warning to Ethiopia against "
        "any incursion into Kenya's territory along the northern border.\n",
        PUBLISHED,
        [("William Ruto", "issued a stern warning to Ethiopia against any incursion", YESTERDAY)],
    )


def test_issued_a_blistering_critique_of() -> None:
    assert_statements(
        "WASHINGTON - The State Department on Wednesday issued a blistering critique of Egypt "
        "for detaining two American aid workers without charge.\n",
        PUBLISHED,
        [("State Department", "issued a blistering critique of Egypt", DAY)],
    )


def test_issued_notices_documents_and_rulings_say_nothing() -> None:
    # near misses: a notice, a deed, a ruling
    assert_statements(
        "WASHINGTON - The State Department on Wednesday issued a travel warning for Haiti. "
        "The embassy issued visas to the delegation. The Supreme Court issued a rebuke of the lower court's handling of "
        "the case.\n",
        PUBLISHED,
        [],
    )
