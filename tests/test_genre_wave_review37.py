"""Limits of round 37's first-wave English rules, each on a page written here in a wire
style: "the military" stands for a state's armed force, never an insurgent army the story
named last; a statement issued by "Japan's Prime Minister X" is X's; a name spoken of
("Asked about X, the Kremlin spokesman said") makes X no spokesperson; "film producer X Y"
is a person, not a firm."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.frames import spokespeople_surnames

INSURGENT_ARMY = (
    "BANGKOK, March 4 (Reuters) - The Kachin Independence Army said on Tuesday its units "
    "had seized a jade-mining town in northern Myanmar after a week of fighting.\n\n"
    "The town had been held by government troops since 2021.\n\n"
    "The military said on Wednesday that its soldiers had withdrawn in good order and "
    "would retake the area.\n"
)


def test_the_military_after_an_insurgent_army_is_no_one_named() -> None:
    # the insurgents' "Army" is no state's force: "the military" stays as written
    assert_statements(
        INSURGENT_ARMY,
        datetime.date(2025, 3, 5),
        [
            ("Kachin Independence Army", "its units had seized", "2025-03-04"),
            ("The military", "its soldiers had withdrawn", "2025-03-05"),
        ],
    )


REBEL_THEN_STATE_ARMY = (
    "DAMASCUS, June 9 (AFP) - The Free Syrian Army said on Sunday its fighters had "
    "pushed back an assault near Azaz.\n\n"
    "The Turkish Armed Forces said on Monday their drones had struck targets across the "
    "border overnight.\n\n"
    "According to the military, no civilians were hit in the raids.\n"
)


def test_the_military_after_a_states_force_named_by_its_state() -> None:
    # (a near miss: a force named by its state's adjective is found on the starting code)
    assert_statements(
        REBEL_THEN_STATE_ARMY,
        datetime.date(2025, 6, 9),
        [
            ("Free Syrian Army", "its fighters had pushed back", "2025-06-08"),
            ("Turkish Armed Forces", "their drones had struck", "2025-06-09"),
            ("Turkish Armed Forces", "no civilians were hit", "2025-06-09"),
        ],
    )


LEADER_ISSUES_A_STATEMENT = (
    "SEOUL, April 2 (Yonhap) - North Korea's foreign ministry said on Tuesday that the "
    "joint drills were a rehearsal for invasion.\n\n"
    "South Korea's President Yoon Suk Yeol issued a statement on Wednesday after meeting "
    "his security advisers. The statement said Seoul would answer any provocation "
    "firmly.\n"
)


def test_a_statement_issued_by_a_leader_named_after_his_states_possessive() -> None:
    assert_statements(
        LEADER_ISSUES_A_STATEMENT,
        datetime.date(2025, 4, 3),
        [
            ("North Korean Foreign Ministry", "the joint drills were", "2025-04-01"),
            ("Yoon Suk Yeol", "Seoul would answer", "2025-04-02"),
        ],
    )


def test_a_name_spoken_of_is_no_spokesperson() -> None:
    text = (
        "Asked about Sandu, the Kremlin spokesman said Moscow had no plans to talk. "
        "Speaking to Lammy, the ministry spokesman, Kuleba urged more aid. "
        "Yevhen Perebyinis, the ministry's spokesman, said talks would go on."
    )
    assert spokespeople_surnames(text) == frozenset({"perebyinis"})


def test_a_spokesperson_named_surname_first_and_before_a_day() -> None:
    text = (
        "Foreign Ministry spokesman Lin Jian said on Friday that ... "
        "State Department spokesman Matthew Miller Thursday rejected the claim."
    )
    assert spokespeople_surnames(text) == frozenset({"lin", "jian", "matthew", "miller"})


SPOKEN_OF_THEN_RELAYED = (
    "KYIV, Feb 20 (Reuters) - Asked about Sandu, the Kremlin spokesman said on Tuesday "
    "that Moscow did not recognise the vote.\n\n"
    "Sandu said on Monday that Moldova would stay on its course to the EU.\n\n"
    "Putin warned in his call with the Moldovan leader that Russia would protect its "
    "citizens, Sandu said.\n"
)


def test_a_name_spoken_of_keeps_its_own_account() -> None:
    assert_statements(
        SPOKEN_OF_THEN_RELAYED,
        datetime.date(2025, 2, 20),
        [
            # (a spokesman of a body the story names, left unnamed: the body's words)
            ("Kremlin", "Moscow did not recognise", "2025-02-18"),
            ("Sandu", "Moldova would stay", "2025-02-17"),
            ("Sandu", "Putin warned", "2025-02-17"),
        ],
    )


PEOPLE_BY_TRADE = (
    "LOS ANGELES, Oct 8 (AP) - Film producer Jerry Bruckheimer said on Tuesday the strike "
    "had cost the studios far more than the writers asked for.\n\n"
    "Former military contractor Tim Spicer told the BBC on Monday that his men had "
    "followed every rule.\n"
)


def test_a_person_named_after_a_trade_people_work_in() -> None:
    got = [
        (s.speaker, s.speaker_type)
        for s in extract(PEOPLE_BY_TRADE, published=datetime.date(2025, 10, 8))
    ]
    assert got == [("Jerry Bruckheimer", "person"), ("Tim Spicer", "person")]


def test_a_firm_named_after_its_trade_still_speaks() -> None:
    # (near misses for the new limit: a one-word name after "operator", or a name led by
    # its state after "producer", is still the firm)
    text = (
        "OSLO, May 12 (Reuters) - Norwegian grid operator Statnett said on Monday that the "
        "cable would open in May.\n\n"
        "State oil producer Saudi Aramco said on Monday its output would stay flat.\n"
    )
    got = [(s.speaker, s.speaker_type) for s in extract(text, published=datetime.date(2025, 5, 12))]
    assert got == [("Statnett", "institution"), ("Saudi Aramco", "institution")]


POSITION_RESTATED = (
    "HANOI, Aug 14 (Reuters) - Vietnam would not accept any survey ship in its waters, a "
    "position the Vietnamese defence minister reiterated on Wednesday at a security forum.\n\n"
    "Such surveys breach international law, a claim the Chinese embassy rejected.\n"
)


def test_a_position_restated_is_the_restaters_words() -> None:
    # "reiterated" says the words again; "rejected" judges them (no statement)
    assert_statements(
        POSITION_RESTATED,
        datetime.date(2025, 8, 14),
        [("the Vietnamese defence minister", "Vietnam would not accept", "2025-08-13")],
    )
