"""Debates of states in multilateral bodies (issue 8, construction probes of the ninth round):
each delegate is known by the state they speak for, so "the representative of Chile" after a
named representative of another state is not that person. Each test in new words written
here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2025, 9, 18)


def test_the_next_states_representative_is_not_the_one_named_before() -> None:
    text = (
        "The representative of the United States, Dorothy Shea, said that the ceasefire "
        "had to hold.\n\n"
        "The representative of Chile said that the mission needed more funding.\n\n"
        "Cuba's delegate warned that unilateral measures hurt civilians most."
    )
    speakers = [s.speaker for s in extract(text, published=THURSDAY)]
    assert speakers.count("Dorothy Shea") == 1
    assert speakers[0] == "Dorothy Shea"


def test_a_representative_of_a_state_with_a_long_name_keeps_the_state() -> None:
    text = (
        "The representative of the Russian Federation, Dmitry Polyanskiy, said the draft "
        "was one-sided.\n\n"
        "The representative of Guyana stressed that the people of the region deserved peace."
    )
    speakers = [s.speaker for s in extract(text, published=THURSDAY)]
    assert speakers.count("Dmitry Polyanskiy") == 1


def test_a_states_delegate_is_not_the_next_delegate_named() -> None:
    text = (
        "Indonesia's representative said that the blockade had to end at once.\n\n"
        "Mr. Kariuki (Kenya) said his delegation would back the draft."
    )
    speakers = [s.speaker for s in extract(text, published=THURSDAY)]
    assert "Kariuki" not in speakers[0]


def test_the_high_representative_is_not_the_spokesperson_named_after() -> None:
    text = (
        "Luxembourg, 18 September 2025\n\n"
        "After the ministers' lunch, the High Representative said the Union would keep "
        "funding the border mission.\n\n"
        "The EU spokesperson for foreign affairs, Anitta Hipper, said the talks would "
        "resume in October."
    )
    first = extract(text, published=THURSDAY)[0]
    assert first.speaker != "Anitta Hipper"


def test_a_resolutions_numbered_decisions_after_its_preambular_clauses() -> None:
    text = (
        "Resolution 2811 (2025)\n\n"
        "The Security Council,\n\n"
        "Reaffirming its commitment to the unity of Libya,\n\n"
        "Noting with concern the clashes in Tripoli,\n\n"
        "1. Calls upon all Libyan parties to respect the truce;\n\n"
        "2. Requests the Secretary-General to report within sixty days;\n\n"
        "3. Decides to remain actively seized of the matter."
    )
    found = extract(text, published=THURSDAY)
    assert [s.speaker for s in found] == ["Security Council"] * 3
    assert found[0].text.startswith("Calls upon all Libyan parties")


def test_a_line_of_prose_between_the_body_and_the_list_is_no_preamble() -> None:
    text = (
        "The Regional Council,\n\n"
        "as every year, published its figures in spring.\n\n"
        "1. Roads repaired in the northern districts\n\n"
        "2. Schools opened in the south"
    )
    assert extract(text, published=THURSDAY) == []


def test_a_body_whose_name_joins_two_fields_by_and_keeps_its_whole_name() -> None:
    text = (
        "The African Union Peace and Security Council said it would deploy observers to "
        "the border region."
    )
    [found] = extract(text, published=THURSDAY)
    assert found.speaker == "African Union Peace and Security Council"


def test_a_community_of_states_is_a_body_not_a_person() -> None:
    text = (
        "The Economic Community of Central African States urged the transitional "
        "authorities to set a date for the vote."
    )
    [found] = extract(text, published=THURSDAY)
    assert found.speaker == "Economic Community of Central African States"


def test_a_bodys_initials_after_its_full_name_are_the_same_speaker() -> None:
    text = (
        "The African Union firmly rejects the unconstitutional seizure of power in Bamako. "
        "The AU calls on the military to return to the barracks."
    )
    assert {s.speaker for s in extract(text, published=THURSDAY)} == {"African Union"}


def test_welcoming_a_guest_named_in_an_appositive_to_a_place_is_no_statement() -> None:
    text = (
        "OSCE Secretary General Feridun Sinirlioglu welcomed the Foreign Minister of "
        "Montenegro, Ervin Ibrahimovic, to the Hofburg on Thursday. He thanked Montenegro "
        "for its support of the field missions."
    )
    found = extract(text, published=THURSDAY)
    assert [s.text for s in found] == ["thanked Montenegro for its support of the field missions"]


def test_a_declarations_title_day_dates_the_words_below_it() -> None:
    text = (
        "Declaration by the High Representative on behalf of the EU on the referendum in "
        "Chad, 20 December 2024\n\n"
        "The European Union urges the authorities to investigate all reported irregularities."
    )
    [found] = extract(text, published=datetime.date(2024, 12, 23))
    assert found.said_on == "2024-12-20"


def test_a_communiques_body_named_with_and_keeps_its_whole_name() -> None:
    text = (
        "The Peace and Security Council of the African Union (AU), at its 1301st meeting "
        "held on 16 September 2025, on the situation in the Sahel,\n\n"
        "The Council,\n\n"
        "1. Condemns the attacks on schools in the region;\n\n"
        "2. Decides to remain actively seized of the matter."
    )
    found = extract(text, published=THURSDAY)
    assert {s.speaker for s in found} == {"Peace and Security Council of the African Union"}


def test_a_states_name_before_representative_points_to_its_named_delegate() -> None:
    text = (
        "DMITRY POLYANSKIY (Russian Federation) said the sanctions regime had failed.\n\n"
        "JAMES KARIUKI (United Kingdom) said the elected members had negotiated in good "
        "faith.\n\n"
        "The United Kingdom representative stressed that the vote was a matter of principle."
    )
    speakers = [s.speaker for s in extract(text, published=THURSDAY)]
    assert speakers[-1] == "James Kariuki"  # a name in capitals, written as a name
