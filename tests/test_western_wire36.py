"""Round thirty-six, English wire copy: a post whose field is a word that also heads events'
names ("Secretary of War Pete Hegseth"); an industry's body named by its lobby ("Germany's
VDA auto lobby said") as the speaker of a clause joined by "while"; a byline whose author
has a middle initial ("By JANE Q. ROE"), whose surname, read alone, is the reporter's and
no official's; a day told in a "who spoke ..." clause on the subject is no day of words in
the perfect ("X, who spoke with Y on Monday, has called repeatedly for ..."); a strike, a
poll or a sitting called is no words ("unions called a general strike for Friday"); "it"
after a phrase set before it ("In a statement, it said") is the body the sentence before
was about, by the name given it ("..., known as COGAT, disputed ..."); a firm's name
ending in "Co." before "The" ends the sentence; a time set between "who" and its verb ("X,
who, before her boat was boarded, had said") leaves X the speaker. Each test in new words."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements

_DAY = datetime.date(2025, 10, 15)


def test_secretary_of_war_is_a_post_before_a_name() -> None:
    text = (
        "CARACAS (AFP) - Venezuela protested again on Wednesday.\n\n"
        "Foreign Minister Yvan Gil said on Tuesday that the raids broke international law, "
        "while US Secretary of War Pete Hegseth has said the patrols will go on.\n\n"
        "In Puerto Rico, Secretary of War Pete Hegseth told troops on Wednesday that the "
        "mission was far from over.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Yvan Gil", "the raids broke international law", "2025-10-14"),
            ("Pete Hegseth", "the patrols will go on", "../2025-10-15"),
            ("Pete Hegseth", "the mission was far from over", "2025-10-15"),
        ],
    )


def test_industry_lobby_speaks_in_a_clause_joined_by_while() -> None:
    text = (
        "FRANKFURT (Reuters) - Carmakers braced for a shortage of chips.\n\n"
        "Bosch said on Wednesday that two of its plants could idle next month, while "
        "Germany's VDA auto lobby said its members were hunting for new suppliers.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Bosch", "two of its plants could idle", "2025-10-15"),
            ("VDA Auto Lobby", "its members were hunting", "2025-10-15"),
        ],
    )


def test_byline_author_with_middle_initial_is_no_official() -> None:
    text = (
        "UN says famine spreading in Darfur\n\n"
        "By JOHN P. HALLORAN and RITA OKAFOR\n"
        "Updated 4:02 PM GMT+1, October 15, 2025\n\n"
        "UNITED NATIONS (AP) — The U.N. food agency chief said Wednesday that famine "
        "was spreading across Sudan's western region.\n\n"
        "Cindy McCain told reporters in New York that convoys were stuck at checkpoints.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Cindy McCain", "famine was spreading", "2025-10-15"),
            ("Cindy McCain", "convoys were stuck", "2025-10-15"),
        ],
    )


def test_day_of_a_who_spoke_clause_does_not_date_the_perfect() -> None:
    text = (
        "GENEVA (AP) — Diplomats reported little progress.\n\n"
        "U.N. Secretary-General António Guterres, who spoke with the Turkish president by "
        "phone on Monday, has called repeatedly for both sides to return to the table.\n\n"
        "Pope Leo XIV, who spoke with the Ukrainian leader at Castel Gandolfo on Sunday, "
        "has long argued that a just peace needs dialogue.\n\n"
        "French President Emmanuel Macron, who spoke with reporters in Paris on Monday, "
        "said Europe would not be sidelined.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("António Guterres", "for both sides to return", "../2025-10-15"),
            ("Leo XIV", "a just peace needs dialogue", "../2025-10-15"),
            ("Emmanuel Macron", "Europe would not be sidelined", "2025-10-13"),
        ],
    )


def test_strike_or_poll_called_is_no_statement() -> None:
    text = (
        "ROME (AFP) - Deputy Premier Antonio Tajani said on Tuesday that the detained "
        "sailors would be flown home, while Italian unions called a general strike in "
        "solidarity with them for Friday.\n\n"
        "Prime Minister Kyriakos Mitsotakis called snap elections for June after the "
        "budget vote failed.\n\n"
        'Human Rights Watch called the strikes on the harbour "a war crime".\n'
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Antonio Tajani", "the detained sailors would be flown home", "2025-10-14"),
            ("Human Rights Watch", 'the strikes on the harbour "a war crime"', "2025-10-15"),
        ],
    )


def test_it_after_a_fronted_phrase_is_the_body_named_before() -> None:
    text = (
        "UNITED NATIONS (AP) — The U.N. relief chief said Wednesday that deliveries "
        "remained far too low.\n\n"
        "Israel's military office for civilian affairs in the territories, known as COGAT, "
        "disputed the U.N. numbers. In a statement, it said 500 trucks had crossed on "
        "Tuesday.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("The U.N. relief chief", "deliveries remained far too low", "2025-10-15"),
            ("COGAT", "500 trucks had crossed", "2025-10-15"),
        ],
    )


def test_firm_name_ending_with_co_can_end_a_sentence() -> None:
    text = (
        "BRUSSELS (Bloomberg) — China's Commerce Ministry, in its account of the call, "
        'said Wang had urged Brussels to "show restraint" and lean on the Dutch over the '
        "plant owned by Harbin Precision Co. The seizure, the ministry said, had "
        '"badly harmed" supply chains.\n'
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Wang", 'Wang had urged Brussels to "show restraint"', "2025-10-15"),
            ("Chinese Commerce Ministry", "The seizure, the ministry said", "2025-10-15"),
        ],
    )


def test_time_between_who_and_its_verb_keeps_the_one_named_speaking() -> None:
    text = (
        "MADRID (EFE) - Consuls visited the detained crew on Friday.\n\n"
        "Among those held was the Irish campaigner Sean Byrne, who, before his yacht was "
        "stopped, had said in a video that the crew felt no fear.\n\n"
        "Among them was the Catalan deputy Marta Pujol, who before the boarding had said "
        "that the boats carried only medicine.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Sean Byrne", "the crew felt no fear", "../2025-10-15"),
            ("Marta Pujol", "the boats carried only medicine", "../2025-10-15"),
        ],
    )
