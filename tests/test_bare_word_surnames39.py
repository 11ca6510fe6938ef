"""A surname that is also a word of English ("May", "Will", "Cuban", "King"), alone before
or after a verb of saying: it names the person the story has already given in full with
that surname ("Prime Minister Theresa May", then "May said ..."), and only then; in a story
naming no such person the month, the modal or the adjective is still no one. Stories written
here, in the manner of wire and newspaper copy; each expected statement is checked for its
speaker, its first words and its day."""

import datetime

from tests.statement_checks import assert_statements

PUBLISHED = datetime.date(2019, 3, 14)

MAY_NAMED_BEFORE = (
    "May presses EU on backstop\n\n"
    "LONDON, March 14 (Wire) - British Prime Minister Theresa May met her cabinet in "
    "Downing Street on Thursday ahead of another vote in parliament.\n\n"
    "May said the agreement on the table was the only one on offer and urged lawmakers "
    "to back it.\n"
)
WILL_NAMED_BEFORE = (
    "Columnist turns on front-runner\n\n"
    "WASHINGTON - Conservative columnist George Will took aim at the Republican field in "
    "his newspaper column this week.\n\n"
    "Will wrote that the party needed a nominee with experience in government.\n"
)
CUBAN_NAMED_BEFORE = (
    "Cuban keeps door open\n\n"
    "DALLAS - Mavericks owner Mark Cuban was asked on Wednesday about a run for office.\n\n"
    "\u201cI have not ruled anything out,\u201d said Cuban, who has never held office.\n"
)
KING_NAMED_BEFORE = (
    "Iowa congressman defiant\n\n"
    "DES MOINES - Republican Rep. Steve King spoke to supporters in Sioux City on "
    "Wednesday.\n\n"
    "King said he would not step aside before the primary.\n"
)
# the month and the surname in one sentence: the month stays in the words
MONTH_THEN_SURNAME = (
    "May sets date\n\n"
    "LONDON, March 14 (Wire) - British Prime Minister Theresa May addressed parliament on "
    "Thursday.\n\n"
    "A third vote could be held in May, May told lawmakers.\n"
)
# near misses: no one named May, no one named Will; a person whose given name is Will
MAY_NO_ONE_NAMED = (
    "EU leaders meet\n\n"
    "BRUSSELS, March 14 (Wire) - European Union leaders met in Brussels on Thursday.\n\n"
    "May said the agreement on the table was the only one on offer.\n"
)
WILL_AS_GIVEN_NAME = (
    "Texas race tightens\n\n"
    "SAN ANTONIO - Rep. Will Hurd spoke to voters in San Antonio on Wednesday.\n\n"
    "Will said the district needed a new bridge.\n"
)


def test_may_named_before() -> None:
    assert_statements(
        MAY_NAMED_BEFORE,
        PUBLISHED,
        [("Theresa May", "the agreement on the table was the only one", "2019-03-14")],
    )


def test_will_named_before() -> None:
    assert_statements(
        WILL_NAMED_BEFORE,
        PUBLISHED,
        [("George Will", "the party needed a nominee", "2019-03-14")],
    )


def test_cuban_named_before() -> None:
    assert_statements(
        CUBAN_NAMED_BEFORE,
        PUBLISHED,
        [("Mark Cuban", "I have not ruled anything out", "2019-03-13")],
    )


def test_king_named_before() -> None:
    assert_statements(
        KING_NAMED_BEFORE,
        PUBLISHED,
        [("Steve King", "he would not step aside", "2019-03-13")],
    )


def test_month_then_surname() -> None:
    assert_statements(
        MONTH_THEN_SURNAME,
        PUBLISHED,
        [("Theresa May", "A third vote could be held in May", "2019-03-14")],
    )


def test_may_no_one_named() -> None:
    assert_statements(MAY_NO_ONE_NAMED, PUBLISHED, [])


def test_will_as_given_name() -> None:
    assert_statements(WILL_AS_GIVEN_NAME, PUBLISHED, [])
