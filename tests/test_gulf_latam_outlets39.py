"""Round thirty-nine, set rg (English copy of Middle Eastern and Latin American outlets):
"..., said Foreign minister X summoned by the Senate committee" ends the speaker at the
participle of the occasion, with no comma before it; "pledged to permanently reopen ..."
keeps the infinitive's "to" and its adverb in what was promised; "a Saudi Foreign Ministry
statement said" names the issuer that "the statement said" later goes back to, past a state
named as a whole since; "the government in Buenos Aires confirmed" is that state's
government. Each test in new words, with a near miss where the rule could over-fire."""

from __future__ import annotations

import datetime

from tests.statement_checks import assert_statements
from tracker.extract import extract

_DAY = datetime.date(2024, 5, 15)  # a Wednesday


def test_a_participle_of_the_occasion_after_an_inverted_name_is_no_part_of_it() -> None:
    text = (
        "Cafiero sets out priorities before the Senate\n\n"
        "The first task of Argentine diplomacy is to win back export markets lost during the "
        "pandemic, plus drawing new investors to the country, said Foreign minister Santiago "
        "Cafiero summoned by the Senate Foreign Relations Committee.\n\n"
        "Trade with Brazil would be the test of that policy, said Economy Minister Sergio "
        "Massa speaking to reporters at the Casa Rosada.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Santiago Cafiero", "The first task of Argentine diplomacy", "2024-05-15"),
            ("Sergio Massa", "Trade with Brazil would be the test", "2024-05-15"),
        ],
    )


def test_a_participle_of_the_occasion_after_a_subjects_name_is_no_part_of_it() -> None:
    text = (
        "Araghchi: talks with Europe to go on\n\n"
        "TEHRAN \u2013 Foreign minister Abbas Araghchi speaking at the parliament said that a "
        "new round of talks with the European trio would be held in Geneva.\n\n"
        "Europe has not kept its word, said government spokeswoman Fatemeh Mohajerani "
        "talking to reporters after the cabinet session.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Abbas Araghchi", "a new round of talks", "2024-05-15"),
            ("Fatemeh Mohajerani", "Europe has not kept its word", "2024-05-15"),
        ],
    )


def test_unnamed_ones_speaking_on_condition_of_anonymity_stay_unnamed() -> None:
    # near miss: no name before the participle; the words of unnamed sources are left out
    text = (
        "Talks stall\n\n"
        "A senior official speaking on condition of anonymity said the talks had stalled "
        "over sanctions relief.\n\n"
        "Diplomats speaking to Reuters said a deal was close.\n"
    )
    assert_statements(text, _DAY, [])


def test_a_modifier_that_is_no_participle_of_the_occasion_stays_with_the_speaker() -> None:
    # near miss: "led by" qualifies the body that speaks; it ends nothing
    text = (
        "Coalition warns Houthis\n\n"
        "RIYADH: Attacks on shipping in the Red Sea would be answered, said the coalition "
        "led by Saudi Arabia.\n\n"
        "Foreign Minister Prince Faisal bin Farhan said on Wednesday that the kingdom wanted "
        "calm on its southern border.\n"
    )
    assert_statements(
        text,
        _DAY,
        [("Faisal bin Farhan", "the kingdom wanted calm", "2024-05-15")],
    )


def test_a_split_infinitive_after_a_pledge_keeps_its_to_and_adverb() -> None:
    text = (
        "Israel to reopen Kyiv embassy\n\n"
        "Foreign Minister Israel Katz spoke on Wednesday with his Ukrainian counterpart "
        "Dmytro Kuleba.\n\n"
        "During the call, Katz pledged to fully restore consular services in Kyiv by the "
        "summer.\n\n"
        "Katz also vowed to reopen the honorary consulate in Odesa.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Israel Katz", "to fully restore consular services", "2024-05-15"),
            ("Israel Katz", "to reopen the honorary consulate", "2024-05-15"),
        ],
    )


def test_the_statement_goes_back_to_the_body_whose_name_it_bore() -> None:
    filler = (
        "The kingdom has hosted several rounds of talks on the war in Sudan this year, and "
        "its envoys have travelled to Port Sudan and Nairobi to meet both sides. "
    ) * 4
    text = (
        "Saudi Arabia rejects Senate resolution\n\n"
        "JEDDAH: The Senate resolution rests on claims that have never been proven, a Saudi "
        "Foreign Ministry statement said on Wednesday.\n\n"
        f"{filler}\n\n"
        "Saudi Arabia also condemned any attempt to meddle in its internal affairs.\n\n"
        "The kingdom will keep working for stable oil markets, the statement said.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Saudi Foreign Ministry", "The Senate resolution rests", "2024-05-15"),
            ("Saudi Foreign Ministry", "The kingdom will keep working", "2024-05-15"),
        ],
    )


def test_a_state_named_in_the_documents_phrase_is_no_issuer_of_it() -> None:
    # near miss: "a Saudi statement" names the state as a whole, whose words are left out
    text = (
        "Riyadh answers Washington\n\n"
        "JEDDAH: The resolution ignores decades of partnership, a Saudi statement said on "
        "Wednesday.\n\n"
        "The kingdom would not change course, the statement said.\n"
    )
    speakers = {s.speaker for s in extract(text, published=_DAY)}
    assert not speakers & {"Saudi Arabia", "Saudi Government", "Saudi Foreign Ministry"}


def test_the_government_in_a_capital_is_that_states_government() -> None:
    text = (
        "Mondino raises Malvinas with Cameron\n\n"
        "Argentina's Foreign Minister Diana Mondino on Wednesday met UK Foreign Secretary "
        "David Cameron at a G20 meeting in Rio de Janeiro.\n\n"
        "The two ministers discussed trade and the South Atlantic, the government in Buenos "
        "Aires said in a statement.\n\n"
        "Mondino also raised the sovereignty claim over the islands, it added.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Argentine Government", "The two ministers discussed trade", "2024-05-15"),
            ("Argentine Government", "Mondino also raised the sovereignty", "2024-05-15"),
        ],
    )


def test_the_government_in_a_city_that_is_no_capital_names_no_one() -> None:
    # near miss: a provincial seat is no state's; the words have no speaker to record
    text = (
        "Floods in the south\n\n"
        "Relief convoys will reach the flooded districts by Friday, the government in "
        "Kherson said.\n"
    )
    assert_statements(text, _DAY, [])


def test_a_one_word_body_in_the_documents_phrase_is_its_issuer() -> None:
    text = (
        "Kremlin answers Tokyo\n\n"
        "MOSCOW: Tokyo's new sanctions will not go unanswered, a Kremlin statement said on "
        "Wednesday.\n\n"
        "Russia also rejected the sanctions as illegal.\n\n"
        "Moscow remains open to dialogue with Japan, the statement added.\n"
    )
    assert_statements(
        text,
        _DAY,
        [
            ("Kremlin", "Tokyo's new sanctions will not", "2024-05-15"),
            ("Kremlin", "Moscow remains open to dialogue", "2024-05-15"),
        ],
    )


def test_a_later_document_of_another_issuer_is_the_one_meant() -> None:
    # near miss: "the statement" after "an Iranian statement" is not the earlier Hamas one
    text = (
        "Hamas answers\n\n"
        "GAZA: The movement will not lay down its arms, a Hamas statement said on "
        "Wednesday.\n\n"
        "The strike on the consulate was a crime, an Iranian statement said. Iran also asked "
        "the Security Council to act. Tehran will respond at a time of its choosing, the "
        "statement added.\n"
    )
    found = [(s.speaker, s.text) for s in extract(text, published=_DAY)]
    assert ("Hamas", "The movement will not lay down its arms") in found
    assert not [f for f in found if f[1].startswith("Tehran will respond") and f[0] == "Hamas"]
