"""A noun of saying with its "that" clause inside a clause fronted before the sentence's own
attribution ("Speaking on radio Monday morning and after Moscow's announcement last week that
it would ..., Tsahkna said: '...'"): the noun's clause ends at the comma before ", Tsahkna
said", so the quotation after the colon stays the named speaker's; and the day standing
between the noun and its "that" is the announcement's, not the day of the words. Articles
written here in the manner of an Estonian public broadcaster's English news; each expected
statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 3, 13)  # a Wednesday

FRONTED = (
    "Minister: Consulate in Pskov will not be reopened\n\n"
    "Estonia has no plans to reopen its consulate in Pskov, Foreign Minister Margus Tsahkna "
    "(Eesti 200) says.\n\n"
    'Speaking on radio show "Reporteritund" Monday evening and after Moscow\'s announcement '
    "last week that it would be cutting staff at Estonia's embassy, Tsahkna said: \"The "
    'consulate stays closed. We will keep the embassy working with the staff we have."\n\n'
    '"Our line on parity has not changed," Tsahkna added.\n'
)

# near miss: the noun's own owner speaks in a sentence of its own, its day right before
# "that" ("Moscow's announcement last week that ...") is still the announcement's
OWNER_SPEAKS = (
    "Minister: Consulate in Pskov will not be reopened\n\n"
    "Foreign Minister Margus Tsahkna on Monday rejected Moscow's announcement last week that "
    "it would be cutting staff at Estonia's embassy.\n\n"
    '"The consulate stays closed," Tsahkna said.\n'
)


def test_fronted_noun_clause_ends_before_the_attribution() -> None:
    assert_statements(
        FRONTED,
        PUBLISHED,
        [
            ("Margus Tsahkna", "Estonia has no plans to reopen", "2024-03-11"),
            ("Margus Tsahkna", "The consulate stays closed.", "2024-03-11"),
            ("Margus Tsahkna", "Our line on parity has not changed", "2024-03-11"),
        ],
    )


def test_owner_speaks_on_its_own_day() -> None:
    assert_statements(
        OWNER_SPEAKS,
        PUBLISHED,
        [
            ("Margus Tsahkna", "Moscow's announcement", "2024-03-11"),
            ("Margus Tsahkna", "The consulate stays closed", "2024-03-11"),
        ],
    )
