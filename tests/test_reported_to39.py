"""'X reported to the Parliament on a plenary session at the "Ministerial Hour."', "X
reported back to the committee on ...", "X reported on the results of the visit": a report
delivered to a body or on a topic, whose words the clause does not give (then no "that",
colon or quotation), is no statement; the parliament or the topic is not what was said.
Stories written here, in the manner of Civil.ge and Armenpress; each expected statement is
checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 10, 17)

REPORTED_TO_PARLIAMENT = (
    "Minister Reports to Parliament\n\n"
    "On October 17, Georgian Foreign Minister Davit Zalkaliani reported to the Parliament "
    "of Georgia at the \u201cGovernment Hour.\u201d In his speech, he spoke of the "
    "government's plans.\n\n"
    "He said Georgia would keep working with its partners.\n"
)
REPORTED_TO_PRESIDENT = (
    "Minister briefs President\n\n"
    "YEREVAN, OCTOBER 17, ARMENPRESS. Foreign Minister Zohrab Mnatsakanyan reported to the "
    "President on the results of his visit to Moscow.\n\n"
    "Mnatsakanyan said the talks had been constructive.\n"
)
REPORTED_BACK_AND_ON = (
    "Deputy minister reports on Association Agreement\n\n"
    "On October 17, Deputy Foreign Minister Lasha Darsalia reported back to the committee "
    "on the implementation of the Association Agreement.\n\n"
    "Later, Darsalia reported on the results of his visit to Brussels.\n\n"
    "He said the reforms were on schedule.\n"
)
# near misses: reported on a day, then the words; reported to a body that the talks had
# stalled: the words are given
REPORTED_TO_THAT = (
    "Minister Reports to Parliament\n\n"
    "Georgian Foreign Minister Davit Zalkaliani reported to the U.S. Congress delegation "
    "on October 17 that the talks with Moscow had stalled.\n"
)


def test_reported_to_parliament() -> None:
    assert_statements(
        REPORTED_TO_PARLIAMENT,
        PUBLISHED,
        [("Davit Zalkaliani", "Georgia would keep working", "2019-10-17")],
    )


def test_reported_to_president() -> None:
    assert_statements(
        REPORTED_TO_PRESIDENT,
        PUBLISHED,
        [("Zohrab Mnatsakanyan", "the talks had been constructive", "2019-10-17")],
    )


def test_reported_back_and_on() -> None:
    assert_statements(
        REPORTED_BACK_AND_ON,
        PUBLISHED,
        [("Lasha Darsalia", "the reforms were on schedule", "2019-10-17")],
    )


def test_reported_on_a_day() -> None:
    assert_statements(
        "Minister reports\n\nGeorgian Foreign Minister Davit Zalkaliani reported on Monday "
        "the talks with Moscow had stalled.\n",
        PUBLISHED,
        [("Davit Zalkaliani", "the talks with Moscow had stalled", "2019-10-14")],
    )


def test_reported_to_that() -> None:
    assert_statements(
        REPORTED_TO_THAT,
        PUBLISHED,
        [("Davit Zalkaliani", "the talks with Moscow had stalled", "2019-10-17")],
    )
