"""Wire sentences whose attribution opens or bends in ways the plain "X said on Monday" does
not: a place or a time put first with no comma before "he" ("Aboard the presidential jet
on Sunday he told ..."); a verb that takes the saying as its infinitive ("found a way to
say", "went so far as to say"); a question's topic whose participle, set off by commas,
dates the thing asked about ("Asked about the package, unveiled on Monday, X said"); and a
count after the verb whose "nearly" or "roughly" belongs to the words. Stories written
here, in the manner of wire copy; each expected statement is checked for its speaker, its
first words and its day."""

import datetime

import pytest

from tests.statement_checks import assert_statements

# a place or a time first, no comma, then the pronoun that speaks
FRONTED_NO_COMMA = (
    "Lula keeps door open to mediation\n\n"
    "BRASILIA, April 17 (Wire) - Brazilian President Luiz Inacio Lula da Silva said on Monday "
    "Brazil would keep talking to both Moscow and Kyiv. Aboard the presidential jet on Sunday he "
    'told reporters that a "peace club" of neutral countries could start work this year.\n'
)
BEFORE_NO_COMMA = (
    "Finance chief rules out new levy\n\n"
    "ACCRA, Oct 3 (Wire) - Ghana's Finance Minister Mohammed Amin Adam said the budget "
    "would not raise fuel taxes. Before the cabinet retreat on Monday he had assured union "
    "leaders that public sector wages would be paid on time.\n"
)
BACK_IN = (
    "Envoy recalls earlier warning\n\n"
    "ADDIS ABABA, Nov 20 (Wire) - African Union envoy Olusegun Obasanjo said the truce was "
    "holding in most areas. Back in September he told a closed meeting that the talks "
    "could collapse without monitors on the ground.\n"
)
# near miss, right on both: the comma after the fronted phrase
FRONTED_WITH_COMMA = (
    "Lula keeps door open to mediation\n\n"
    "BRASILIA, April 17 (Wire) - Brazilian President Luiz Inacio Lula da Silva said on Monday "
    "Brazil would keep talking to both Moscow and Kyiv. On the flight home on Sunday, he told "
    'reporters that a "peace club" of neutral countries could start work this year.\n'
)

# the saying as the infinitive of another verb
FOUND_A_WAY = (
    "Belgrade bristles at Brussels\n\n"
    "BELGRADE, May 29 (Wire) - Serbian President Aleksandar Vucic said his country had met "
    "every condition set for the next chapter. EU enlargement commissioner Marta Kos found "
    "a way to say that Serbia was still "
    '"far from" the bloc\'s standards on media freedom.\n'
)
WENT_SO_FAR = (
    "Row over port deal deepens\n\n"
    "COLOMBO, Jan 11 (Wire) - Sri Lanka's ports minister Bimal Rathnayake said the deal "
    "would be reviewed by parliament. Opposition leader Sajith Premadasa went so far as to "
    'say that the country had been "sold for a song".\n'
)
DID_NOT_HESITATE = (
    "Minister defends grain corridor\n\n"
    "KYIV, July 24 (Wire) - Ukrainian Agriculture Minister Mykola Solskyi said exports "
    "through the Danube ports had doubled. His Romanian counterpart Florin Barbu did not "
    "hesitate to say that Romanian farmers were paying the price.\n"
)

# near miss, right on both: the infinitive a deed ("managed to maintain"), no words told
MANAGED_A_DEED = (
    "Exporters weather the storm\n\n"
    "SEOUL, March 4 (Wire) - Trade Minister Ahn Duk-geun said shipments of chips rose 20 "
    "percent in February. South Korea managed to maintain a surplus with China despite the "
    "slowdown in demand.\n"
)

# a participle set off after the topic asked about dates the topic, not the answer
ASKED_ABOUT_SET_OFF = (
    "Ministry plays down tariff threat\n\n"
    "MEXICO CITY, Feb 6 (Wire) - Mexico's Economy Minister Marcelo Ebrard took questions "
    "at the palace on Thursday. Asked about the steel duties, announced on Monday, Ebrard "
    "said Mexico would present its own figures to Washington.\n"
)
# near miss, right on both: the day is the asking's
ASKED_ON_A_DAY = (
    "Ministry plays down tariff threat\n\n"
    "MEXICO CITY, Feb 6 (Wire) - Mexico's Economy Minister Marcelo Ebrard said on "
    "Thursday the talks were going well. Asked on Monday about the steel duties, Ebrard "
    "said Mexico would present its own figures to Washington.\n"
)

# a count's "nearly", "roughly": the words', not an adverb of the saying
COUNT_AFTER_THE_VERB = (
    "Floods displace thousands\n\n"
    "DHAKA, Aug 27 (Wire) - Bangladesh's Ministry of Disaster Management said nearly "
    "300,000 people were sheltering in schools. The Red Crescent said roughly half of the flooded "
    "districts had no clean water.\n"
)


@pytest.mark.parametrize(
    ("page", "published", "want"),
    [
        (
            FRONTED_NO_COMMA,
            datetime.date(2023, 4, 17),
            [
                ("Luiz Inacio Lula da Silva", "Brazil would keep talking", "2023-04-17"),
                ("Luiz Inacio Lula da Silva", 'a "peace club" of neutral', "2023-04-16"),
            ],
        ),
        (
            BEFORE_NO_COMMA,
            datetime.date(2024, 10, 3),
            [
                ("Mohammed Amin Adam", "the budget would not raise", "2024-10-03"),
                ("Mohammed Amin Adam", "public sector wages would be", "2024-09-30"),
            ],
        ),
        (
            BACK_IN,
            datetime.date(2023, 11, 20),
            [
                ("Olusegun Obasanjo", "the truce was holding", "2023-11-20"),
                ("Olusegun Obasanjo", "the talks could collapse", "2023-09"),
            ],
        ),
        (
            FRONTED_WITH_COMMA,
            datetime.date(2023, 4, 17),
            [
                ("Luiz Inacio Lula da Silva", "Brazil would keep talking", "2023-04-17"),
                ("Luiz Inacio Lula da Silva", 'a "peace club" of neutral', "2023-04-16"),
            ],
        ),
        (
            FOUND_A_WAY,
            datetime.date(2025, 5, 29),
            [
                ("Aleksandar Vucic", "his country had met", "2025-05-29"),
                ("Marta Kos", 'Serbia was still "far from"', "2025-05-29"),
            ],
        ),
        (
            WENT_SO_FAR,
            datetime.date(2025, 1, 11),
            [
                ("Bimal Rathnayake", "the deal would be reviewed", "2025-01-11"),
                ("Sajith Premadasa", 'the country had been "sold', "2025-01-11"),
            ],
        ),
        (
            DID_NOT_HESITATE,
            datetime.date(2024, 7, 24),
            [
                ("Mykola Solskyi", "exports through the Danube", "2024-07-24"),
                ("Florin Barbu", "Romanian farmers were paying", "2024-07-24"),
            ],
        ),
        (
            MANAGED_A_DEED,
            datetime.date(2024, 3, 4),
            [("Ahn Duk-geun", "shipments of chips rose", "2024-03-04")],
        ),
        (
            ASKED_ABOUT_SET_OFF,
            datetime.date(2025, 2, 6),
            [("Marcelo Ebrard", "Mexico would present its own", "2025-02-06")],
        ),
        (
            ASKED_ON_A_DAY,
            datetime.date(2025, 2, 6),
            [
                ("Marcelo Ebrard", "the talks were going well", "2025-02-06"),
                ("Marcelo Ebrard", "Mexico would present its own", "2025-02-03"),
            ],
        ),
        (
            COUNT_AFTER_THE_VERB,
            datetime.date(2024, 8, 27),
            [
                ("Ministry of Disaster Management", "nearly 300,000 people", "2024-08-27"),
                ("Red Crescent", "roughly half of the flooded", "2024-08-27"),
            ],
        ),
    ],
    ids=[
        "fronted-no-comma",
        "before-no-comma",
        "back-in",
        "fronted-with-comma",
        "found-a-way",
        "went-so-far",
        "did-not-hesitate",
        "managed-a-deed",
        "asked-about-set-off",
        "asked-on-a-day",
        "count-after-the-verb",
    ],
)
def test_wire_openings(page: str, published: datetime.date, want: list) -> None:
    assert_statements(page, published, want)
