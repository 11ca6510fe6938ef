"""A naming verb whose "as" comes before its object ("described as positive a visit by the
agency's chief"): the "as" opens the description given, not a circumstance of the saying,
so the words are what follows the verb, not a participle phrase opening the sentence; and
a time inside those words ("a visit earlier this week") dates the visit, not the saying.
Stories written here, in the manner of IRNA's and Tehran Times' English copy; each expected
statement is checked for its speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2024, 5, 8)

DESCRIBED_AS_FIRST = (
    "Iran FM: talks with agency on track\n\n"
    "Tehran, IRNA – Iranian Foreign Minister Hossein Amirabdollahian spoke to reporters on "
    "Wednesday after a cabinet session.\n\n"
    "Asked about Tehran's cooperation with the nuclear watchdog, Amirabdollahian described as "
    "constructive a trip earlier this week to Isfahan by agency inspectors.\n\n"
    "He said the talks would continue next month.\n"
)
CHARACTERIZED_AS_FIRST = (
    "Iran FM: talks with agency on track\n\n"
    "Tehran, IRNA – Iranian Foreign Minister Hossein Amirabdollahian spoke to reporters on "
    "Wednesday after a cabinet session.\n\n"
    "Amirabdollahian characterized as useful the talks held last month in Vienna.\n"
)
# near miss: "as" after a verb of saying that names nothing is a circumstance of the saying
SAID_AS = (
    "Iran FM: talks with agency on track\n\n"
    "Tehran, IRNA – Iranian Foreign Minister Hossein Amirabdollahian spoke to reporters on "
    "Wednesday after a cabinet session.\n\n"
    "The talks would continue next month, Amirabdollahian said as he left the session.\n"
)


def test_described_as_first() -> None:
    assert_statements(
        DESCRIBED_AS_FIRST,
        PUBLISHED,
        [
            ("Hossein Amirabdollahian", "as constructive a trip earlier this week", "2024-05-08"),
            ("Hossein Amirabdollahian", "the talks would continue next month", "2024-05-08"),
        ],
    )


def test_characterized_as_first() -> None:
    assert_statements(
        CHARACTERIZED_AS_FIRST,
        PUBLISHED,
        [("Hossein Amirabdollahian", "as useful the talks held last month", "2024-05-08")],
    )


def test_said_as_stays_a_circumstance() -> None:
    assert_statements(
        SAID_AS,
        PUBLISHED,
        [("Hossein Amirabdollahian", "The talks would continue next month", "2024-05-08")],
    )
