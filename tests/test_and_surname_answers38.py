"""A question put, then "and" and the answerer's surname without a comma ("A reporter asked
about the pipeline and Stubb said ..."): a surname the story has already given in full opens
a clause of its own, so the question does not run on over the answer. Stories written here,
in the manner of wire copy; each expected statement is checked for its speaker, its first
words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2025, 6, 18)

SURNAME_ANSWERS_QUOTE = (
    "Finland keeps border shut\n\n"
    "HELSINKI, June 18 (Wire) - Finnish President Alexander Stubb held a news conference "
    "with his Estonian counterpart on Wednesday.\n\n"
    "A reporter asked about reopening the eastern border this summer and Stubb said, "
    "\u201cNot while the pressure from Moscow goes on.\u201d\n"
)
SURNAME_ANSWERS_CLAUSE = (
    "Tokyo eyes Seoul visit\n\n"
    "TOKYO, June 18 (Wire) - Japanese Prime Minister Shigeru Ishiba met reporters at his "
    "office on Wednesday.\n\n"
    "One journalist asked about a trip to South Korea and Ishiba said the two governments "
    "were still working on dates.\n"
)
# near miss, right on both: the answerer's full name after "and"
FULL_NAME_ANSWERS = (
    "Finland keeps border shut\n\n"
    "HELSINKI, June 18 (Wire) - Finland's president held a news conference with his "
    "Estonian counterpart on Wednesday.\n\n"
    "A reporter asked about reopening the eastern border this summer and Alexander "
    "Stubb said, \u201cNot while the pressure from Moscow goes on.\u201d\n"
)


def test_surname_answers_quote() -> None:
    assert_statements(
        SURNAME_ANSWERS_QUOTE,
        PUBLISHED,
        [("Alexander Stubb", "Not while the pressure from Moscow goes on", "2025-06-18")],
    )


def test_surname_answers_clause() -> None:
    assert_statements(
        SURNAME_ANSWERS_CLAUSE,
        PUBLISHED,
        [("Shigeru Ishiba", "the two governments were still working", "2025-06-18")],
    )


def test_full_name_answers() -> None:
    assert_statements(
        FULL_NAME_ANSWERS,
        PUBLISHED,
        [("Alexander Stubb", "Not while the pressure from Moscow goes on", "2025-06-18")],
    )


# near miss, right on both: "he and Sikorski" is one subject of two, not a second clause
PRONOUN_AND_SURNAME = (
    "Warsaw and Kyiv on grain\n\n"
    "WARSAW, June 18 (Wire) - Polish Foreign Minister Radoslaw Sikorski met Ukraine's "
    "foreign minister, Andrii Sybiha, on Wednesday.\n\n"
    "Sybiha said both he and Sikorski had promised farmers a deal on grain before the "
    "harvest.\n"
)


def test_pronoun_and_surname() -> None:
    assert_statements(
        PRONOUN_AND_SURNAME,
        PUBLISHED,
        [("Andrii Sybiha", "both he and Sikorski had promised", "2025-06-18")],
    )
