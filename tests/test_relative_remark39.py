"""A relative clause whose verb of remarking names a person saying its words ("Finland's
application, which Haavisto noted had progressed very quickly"): as with "which X said
had ...", the verb after the remark is the relative's own, and the words are the person's.
Stories written here, in the manner of Yle News and ERR News; each expected statement is
checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2022, 8, 22)

WHICH_NOTED = (
    "Haavisto: ratification on track\n\n"
    "Finland's Foreign Minister Pekka Haavisto spoke to reporters on Monday.\n\n"
    "So far, 24 of the alliance's 30 members have ratified the application, which Haavisto "
    "noted had moved faster than expected.\n"
)
WHICH_STRESSED_SET_OFF = (
    "Tsahkna: border talks resume\n\n"
    "Estonian Foreign Minister Margus Tsahkna met his Latvian counterpart on Monday.\n\n"
    "The border agreement, which Tsahkna stressed would be ratified this year, has waited "
    "for a decade.\n"
)
# near miss: the relative's verb of remarking takes an object, no clause of words
WHICH_STRESSED_OBJECT = (
    "Tsahkna: border talks resume\n\n"
    "Estonian Foreign Minister Margus Tsahkna met his Latvian counterpart on Monday.\n\n"
    "The border agreement, which Tsahkna stressed during the talks, has waited for a "
    "decade.\n"
)


def test_which_noted() -> None:
    assert_statements(
        WHICH_NOTED,
        PUBLISHED,
        [("Pekka Haavisto", "had moved faster than expected", "2022-08-22")],
    )


def test_which_stressed_set_off() -> None:
    assert_statements(
        WHICH_STRESSED_SET_OFF,
        PUBLISHED,
        [("Margus Tsahkna", "would be ratified this year", "2022-08-22")],
    )


def test_which_stressed_object() -> None:
    assert_statements(WHICH_STRESSED_OBJECT, PUBLISHED, [])
