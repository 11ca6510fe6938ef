"""An excerpt whose last sentence is cut after a finished statement: a quotation closed and
attributed before the comma the cut words follow ('"...," X told the lawmakers, explai'),
or a clause of saying finished before the participle the cut falls in ("X said that ...
— further adding that it was a "great advant"). The words said before the cut are a
statement; words running into the cut are not. Stories written here, in the manner of
Civil.ge and Yle News; each expected statement is checked for its speaker, its first words
and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 10, 17)

QUOTE_THEN_CUT = (
    "Foreign Minister Reports to Parliament\n\n"
    "On October 17, Georgian Foreign Minister Davit Zalkaliani addressed the Parliament of "
    "Georgia.\n\n"
    "\u201cThe talks in New York were useful for both sides,\u201d Davit Zalkaliani told "
    "the lawmakers, descri\n"
)
CLAUSE_THEN_ADDING_CUT = (
    "Haavisto: Nato bid moving fast\n\n"
    "Finland's Foreign Minister Pekka Haavisto spoke to reporters on Monday.\n\n"
    "Haavisto said that Norway's support for the application had been decisive \u2014 "
    'further adding that it was "a clear sign" the Nordic neighb\n'
)
QUOTE_ADDING_THEN_CUT = (
    "Tsahkna: sanctions must be tougher\n\n"
    "Estonian Foreign Minister Margus Tsahkna (Eesti 200) spoke to ERR News on Tuesday.\n\n"
    '"No single member state should hold the union hostage," he told ERR News, adding that '
    "Estonia would table new proposals \u2014 further noting that the Baltic states were "
    "united on the iss\n"
)
# near misses: the quotation goes on after the attribution and is cut; the clause of
# saying itself runs into the cut
QUOTE_GOES_ON_CUT = (
    "Foreign Minister Reports to Parliament\n\n"
    "On October 17, Georgian Foreign Minister Davit Zalkaliani addressed the Parliament of "
    "Georgia.\n\n"
    "\u201cWe will never give up on this,\u201d Zalkaliani said, \u201cbecause our "
    "people\n"
)
CLAUSE_CUT = (
    "Haavisto: Nato bid moving fast\n\n"
    "Finland's Foreign Minister Pekka Haavisto spoke to reporters on Monday.\n\n"
    "Haavisto said that Norway's support for the application had been decisive for the "
    "Nordic neighb\n"
)


def test_quote_then_cut() -> None:
    assert_statements(
        QUOTE_THEN_CUT,
        PUBLISHED,
        [("Davit Zalkaliani", "The talks in New York were useful", "2019-10-17")],
    )


def test_clause_then_adding_cut() -> None:
    assert_statements(
        CLAUSE_THEN_ADDING_CUT,
        datetime.date(2022, 8, 22),
        [
            (
                "Pekka Haavisto",
                "Norway's support for the application had been decisive",
                "2022-08-22",
            )
        ],
    )


def test_quote_adding_then_cut() -> None:
    assert_statements(
        QUOTE_ADDING_THEN_CUT,
        datetime.date(2024, 4, 30),
        [
            ("Margus Tsahkna", "No single member state should hold", "2024-04-30"),
            ("Margus Tsahkna", "Estonia would table new proposals", "2024-04-30"),
        ],
    )


def test_quote_goes_on_cut() -> None:
    assert_statements(QUOTE_GOES_ON_CUT, PUBLISHED, [])


def test_clause_cut() -> None:
    assert_statements(CLAUSE_CUT, datetime.date(2022, 8, 22), [])
