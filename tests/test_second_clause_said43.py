"""Two things said in one sentence, the second marked by its own words of attribution.

"The deputy minister said that Russia would keep the accord, but said that some of its
articles could be revised": the verb of saying told again, with a "that" of its own, reports
a second thing said; the two were one statement (as "but warned that ..." rightly is: a
reservation in the same breath). And "The first accord on the list is the 1992 programme and
according to X, it will be revised soon": the clause before "and" is the reporter's, the
one after the source's name is X's; the statement was the reporter's clause.
"""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

DAY = datetime.date(2013, 2, 6)

SAID_AGAIN = (
    "Deputy Foreign Minister Sergey Ryabkov spoke to RT in an interview on Wednesday.\n\n"
    "The deputy minister said that Moscow had no plans to leave the space agreements with "
    "Washington, but said that some of their articles could be revised next year.\n"
)


def test_said_again_after_but_is_a_second_statement() -> None:
    assert_statements(
        SAID_AGAIN,
        DAY,
        [
            ("Sergey Ryabkov", "Moscow had no plans to leave", "2013-02-06"),
            ("Sergey Ryabkov", "some of their articles could be revised", "2013-02-06"),
        ],
    )


def test_but_warned_stays_one_statement() -> None:
    # near miss: a reservation with another verb goes on with the words before it
    text = SAID_AGAIN.replace("but said that some", "but warned that some")
    assert_statements(
        text,
        DAY,
        [("Sergey Ryabkov", "Moscow had no plans to leave", "2013-02-06")],
    )


JOINED_ACCORDING = (
    "Deputy Foreign Minister Sergey Ryabkov spoke to RT in an interview on Wednesday.\n\n"
    "The first accord on the list is the 1992 programme on destroying chemical stocks and "
    "according to Ryabkov, this accord will be revised within months.\n"
)


def test_according_to_after_and_gives_the_clause_after_it() -> None:
    assert_statements(
        JOINED_ACCORDING,
        DAY,
        [("Sergey Ryabkov", "this accord will be revised within months", "2013-02-06")],
    )


def test_according_to_opening_the_sentence_keeps_its_words() -> None:
    # near miss: "According to X, A and B": the words after the source's comma, as before
    text = JOINED_ACCORDING.replace(
        "The first accord on the list is the 1992 programme on destroying chemical stocks and "
        "according to Ryabkov, this accord",
        "According to Ryabkov, the 1992 programme is first on the list and this accord",
    )
    assert_statements(
        text,
        DAY,
        [("Sergey Ryabkov", "the 1992 programme is first on the list", "2013-02-06")],
    )
