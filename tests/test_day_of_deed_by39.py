"""A day closing words whose object is a thing done, told by its participle and its doer
('labelled as a "political show" the statement issued by the G7 ministers on Friday'): the
day is when the thing was done, not when the speaker named it, so the words run to the end
and take the day of their occasion. Stories written here, in the manner of IRNA's and
Tasnim's English copy; each expected statement is checked for its speaker, its first words
and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 4, 22)

LEAD = (
    "Iran slams G7 statement\n\n"
    "Tehran, IRNA – Iranian Foreign Ministry spokesman Nasser Kanaani spoke at his weekly "
    "press briefing on Monday.\n\n"
)
ISSUED_BY_ON_FRIDAY = LEAD + (
    'Kanaani labelled as a "political show" the statement issued by the G7 foreign ministers '
    "on Friday.\n"
)
ADOPTED_BY_ON_THURSDAY = LEAD + (
    'Kanaani called "illegal" the measures adopted by the EU Council on Thursday.\n'
)
# near miss: no deed and doer before the day; the day is the naming's
CALLED_ON_SATURDAY = LEAD + 'Kanaani called the sanctions "illegal" on Saturday.\n'


def test_issued_by_on_friday() -> None:
    assert_statements(
        ISSUED_BY_ON_FRIDAY,
        PUBLISHED,
        [("Nasser Kanaani", 'as a "political show" the statement issued', "2024-04-22")],
    )


def test_adopted_by_on_thursday() -> None:
    assert_statements(
        ADOPTED_BY_ON_THURSDAY,
        PUBLISHED,
        [("Nasser Kanaani", '"illegal" the measures adopted by the EU', "2024-04-22")],
    )


def test_called_on_saturday() -> None:
    assert_statements(
        CALLED_ON_SATURDAY,
        PUBLISHED,
        [("Nasser Kanaani", 'the sanctions "illegal"', "2024-04-20")],
    )
