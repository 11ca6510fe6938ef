"""Attributions a wire or paper story words in ways the plain "X said" does not: the name a
speaker gave an event, after any preposition ("amid what X called", "under what Mr. X
described as"); a name whose post lists fields with a serial comma ("assistant secretary for
population, refugees, and migration"); a surname that is also a title after a middle initial
or a given name ("Angus S. King", "Amy Pope"); and a company that speaks after a person
("the company wrote" is not that person). Pages written here, in the manner of several
outlets; each expected statement is checked for its speaker, its first words and its day."""

import datetime

import pytest

from tests.statement_checks import assert_statements
from tracker.extract import extract

THURSDAY = datetime.date(2025, 6, 12)

NAMED_AFTER_PREPOSITIONS = (
    "Baltic states expel Russian envoys\n\n"
    "By Staff Reporter\n\n"
    "TALLINN, June 12 - Estonia and Latvia ordered four Russian diplomats to leave on "
    'Thursday, amid what Foreign Minister Margus Tsahkna called "a campaign of sabotage" '
    "against the region's power grid.\n\n"
    "The two governments acted together, and the expulsions ended with what Mr. Tsahkna "
    'described as "a clear message to Moscow."\n\n'
    'In the past, under what Maria V. Zakharova called "the reciprocity principle," Moscow '
    "answered a similar step within a day.\n"
)

SERIAL_COMMA_POSTS = (
    "U.S. to widen refugee pathways from Central America\n\n"
    "By Staff Reporter\n\n"
    "WASHINGTON, June 12 - The State Department will open two new processing centres in "
    "Guatemala and Costa Rica, officials said on Thursday.\n\n"
    '"The numbers arriving at the border show the old routes do not work," Julieta Valls '
    "Noyes, assistant secretary of state for population, refugees, and migration, said on a "
    "call with reporters.\n\n"
    '"We will hold the governments of the region to their promises," Robert Gilchrist, '
    "deputy assistant secretary for democracy, human rights, and labor, told the same call.\n"
)

SURNAMES_AS_TITLES = (
    "Migration agency warns of funding gap\n\n"
    "By Staff Reporter\n\n"
    "GENEVA, June 12 - The UN migration agency said on Thursday it would cut staff in a "
    "dozen countries after donors withheld pledges.\n\n"
    "Amy Pope, the director general of the International Organization for Migration, said "
    "the agency could no longer reach people stranded in Libya.\n\n"
    '"This is a false economy," Angus S. King, an independent senator from Maine, said '
    "after a hearing on the cuts.\n"
)

COMPANY_AFTER_PERSON = (
    "Tanker row deepens off Crete\n\n"
    "By Staff Reporter\n\n"
    "Vassilis Kikilias said on Thursday that a tanker had switched off its transponder near "
    "Crete for most of a day.\n\n"
    '"Our vessel never left its declared route," the company wrote in a statement.\n'
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        (
            NAMED_AFTER_PREPOSITIONS,
            [
                ("Margus Tsahkna", '"a campaign of sabotage" against', "2025-06-12"),
                ("Margus Tsahkna", '"a clear message to Moscow', "2025-06-12"),
                ("Maria V. Zakharova", "the reciprocity principle", "2025-06-12"),
            ],
        ),
        (
            SERIAL_COMMA_POSTS,
            [
                ("Julieta Valls Noyes", "The numbers arriving at the border", "2025-06-12"),
                ("Robert Gilchrist", "We will hold the governments", "2025-06-12"),
            ],
        ),
        (
            SURNAMES_AS_TITLES,
            [
                ("UN migration agency", "it would cut staff", "2025-06-12"),
                ("Amy Pope", "the agency could no longer reach", "2025-06-12"),
                ("Angus S. King", "This is a false economy", "2025-06-12"),
            ],
        ),
    ],
)
def test_speaker_named_around_the_words(page: str, want: list[tuple[str, str, str]]) -> None:
    assert_statements(page, THURSDAY, want)


def test_called_for_names_nothing() -> None:
    """ "what X called for" asks for something; it gives no name to the event (near miss:
    passes on the starting code too)."""
    page = (
        "Talks stall in Vienna\n\n"
        "VIENNA, June 12 - Negotiators failed on Thursday to agree on what Rafael Grossi "
        "called for last month.\n"
    )
    assert [s.text for s in extract(page, published=THURSDAY)] == []


def test_company_is_not_the_person_before_it() -> None:
    """ "the company wrote" after the one person the story names: the company's words, not
    that person's."""
    got = [(s.speaker, s.text) for s in extract(COMPANY_AFTER_PERSON, published=THURSDAY)]
    assert got[0][0] == "Vassilis Kikilias", got
    assert got[-1][1].startswith("Our vessel never left"), got
    assert got[-1][0] != "Vassilis Kikilias", got


CALLING_BEFORE_NAME = (
    "Night of drones over Kharkiv\n\n"
    "By Staff Reporter\n\n"
    "KHARKIV, June 12 (AFP) - Russian drones struck the city's north overnight, regional "
    "officials said on Thursday.\n\n"
    '"The windows shook until dawn," said local resident Olena Hrytsenko, sweeping glass '
    "from her stairwell.\n\n"
    '"We took in eleven wounded before breakfast," surgeon Taras Kovalenko told AFP at the '
    "city hospital.\n\n"
    "Retired schoolteacher Mykola Bondar said he would not leave the building.\n"
)


def test_calling_in_lower_case_before_the_name() -> None:
    """ "said local resident X", "surgeon X told": the calling is no part of the name, and
    after "said" it no longer hides the speaker."""
    assert_statements(
        CALLING_BEFORE_NAME,
        THURSDAY,
        [
            ("Olena Hrytsenko", "The windows shook until dawn", "2025-06-12"),
            ("Taras Kovalenko", "We took in eleven wounded", "2025-06-12"),
            ("Mykola Bondar", "he would not leave the building", "2025-06-12"),
        ],
    )
