"""Faults round 37's second wave left in its English rules, each on a page written here
in a wire style: a firm named after a trade people work in too ("miner", "operator",
"contractor") is a person only when its first word is a known given name; "the military"
stands for a state's force named by any word of its state ("U.S. Army", "Royal Thai
Army") or China's People's Liberation Army; a spokesperson named before "a spokesman for
X" still relays another's words; a lead phrase of place before its own clause ("In Kherson
power lines came down overnight, officials said") is the words said, not a phrase of
where."""

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract
from tracker.extract.frames import spokespeople_surnames


def _speakers(text: str, published: datetime.date) -> list[tuple[str | None, str]]:
    return [(s.speaker, s.speaker_type) for s in extract(text, published=published)]


FIRMS_BY_TRADE = (
    "SYDNEY, Feb 3 (Reuters) - Global miner BHP Group said on Monday it would close two "
    "nickel mines in Western Australia as prices slumped.\n\n"
    "Britain's grid operator National Grid said on Tuesday that the new link would carry "
    "power from Norway by winter.\n\n"
    "Telecoms operator Deutsche Telekom said on Wednesday it had signed a tower deal.\n\n"
    "Aerospace contractor General Dynamics said on Thursday its order book had grown.\n\n"
    "Carmaker Stellantis said on Friday it would pause two assembly lines in Italy.\n"
)


def test_a_firm_named_after_a_trade_people_work_in_is_the_firm() -> None:
    got = _speakers(FIRMS_BY_TRADE, datetime.date(2025, 2, 7))
    assert got == [
        ("BHP Group", "institution"),
        ("National Grid", "institution"),
        ("Deutsche Telekom", "institution"),
        ("General Dynamics", "institution"),
        ("Stellantis", "institution"),
    ]


def test_a_person_named_after_a_trade_keeps_the_given_name() -> None:
    # (a near miss: both readings are persons on the starting code too)
    text = (
        "NEW YORK, Jan 9 (AP) - Disgraced film producer Harvey Weinstein told a court on "
        "Thursday that he had never coerced anyone.\n\n"
        "Private security contractor Erik Prince said on Friday that his men would not go "
        "back to Iraq.\n"
    )
    got = _speakers(text, datetime.date(2025, 1, 10))
    assert got == [("Harvey Weinstein", "person"), ("Erik Prince", "person")]


def test_the_military_after_a_force_named_with_its_state_in_it() -> None:
    text = (
        "WASHINGTON, July 2 (Reuters) - The U.S. Army flew two air-defence batteries to "
        "the Gulf overnight.\n\n"
        "The military said on Wednesday the move was meant to deter further attacks on "
        "shipping.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 7, 2),
        [("U.S. Army", "the move was meant to deter", "2025-07-02")],
    )


def test_the_military_after_a_royal_army_and_the_pla() -> None:
    thai = (
        "BANGKOK, Aug 5 (Reuters) - The Royal Thai Army sent tanks to the Cambodian border "
        "after a clash near an ancient temple.\n\n"
        "The military said on Tuesday it would keep the crossings shut.\n"
    )
    assert_statements(
        thai,
        datetime.date(2025, 8, 5),
        [("Royal Thai Army", "it would keep the crossings shut", "2025-08-05")],
    )
    pla = (
        "BEIJING, Oct 14 (AFP) - The People's Liberation Army launched a day of naval "
        "manoeuvres east of Taiwan.\n\n"
        "The military said on Tuesday the drills were a stern warning to separatists.\n"
    )
    assert_statements(
        pla,
        datetime.date(2025, 10, 14),
        [("People's Liberation Army", "the drills were a stern warning", "2025-10-14")],
    )


def test_the_military_after_an_army_of_rebels_named_by_a_state() -> None:
    # (a near miss: a state's word in a rebel army's name makes it no state's force)
    text = (
        "PRISTINA, March 2 (AP) - The Kosovo Liberation Army ambushed a police convoy "
        "near the border.\n\n"
        "The military said on Sunday that three of its men were wounded.\n"
    )
    assert_statements(
        text,
        datetime.date(2025, 3, 2),
        [("The military", "three of its men were wounded", "2025-03-02")],
    )


SPOKESMAN_FOR_A_BODY = (
    "BRUSSELS, Nov 3 (Reuters) - Eric Mamer, a spokesman for the European Commission, "
    "said on Monday that the bloc would answer the tariffs in kind.\n\n"
    "Trade Commissioner Maros Sefcovic told his U.S. counterpart on Friday that the talks "
    "could not go on under threat, Mamer said.\n"
)


def test_a_spokesman_for_a_body_relays_anothers_words() -> None:
    assert "mamer" in spokespeople_surnames(SPOKESMAN_FOR_A_BODY)
    assert_statements(
        SPOKESMAN_FOR_A_BODY,
        datetime.date(2025, 11, 3),
        [
            ("Eric Mamer", "the bloc would answer", "2025-11-03"),
            ("Maros Sefcovic", "the talks could not go on", "2025-10-31"),
        ],
    )


def test_a_name_spoken_of_before_the_spokesman_is_still_no_spokesman() -> None:
    # (a near miss: "Asked about X, the ... spokesman said" names no spokesman X)
    text = "Asked about Sefcovic, the Kremlin spokesman said on Monday that talks had ended.\n"
    assert "sefcovic" not in spokespeople_surnames(text)


CLAUSES_AFTER_A_PLACE = (
    "KYIV, Sept 8 (Reuters) - In Kherson power lines came down overnight after the "
    "shelling, the regional governor said on Monday.\n\n"
    "On the southern front attacks eased over the weekend, Ukraine's General Staff said "
    "on Monday.\n\n"
    "At the main crossing officials worried, the border guard service said on Monday.\n"
)


def test_a_clause_after_a_place_is_the_words_said() -> None:
    assert_statements(
        CLAUSES_AFTER_A_PLACE,
        datetime.date(2025, 9, 8),
        [
            ("the regional governor", "In Kherson power lines came down", "2025-09-08"),
            ("Ukraine's General Staff", "On the southern front attacks eased", "2025-09-08"),
            ("the border guard service", "At the main crossing officials worried", "2025-09-08"),
        ],
    )


def test_a_phrase_of_place_or_time_alone_is_no_ones_words() -> None:
    # (a near miss: a phrase with no clause of its own stays nobody's words)
    text = (
        "MANILA, May 13 - In the flooded provinces of the north, the senator conceded.\n\n"
        "On his return from Tokyo, the minister had resigned.\n"
    )
    assert extract(text, published=datetime.date(2025, 5, 13)) == []
