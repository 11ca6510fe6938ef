"""Speakers written as outlets of each region write them: long formal styles, Arabic particles,
rulers named by their style alone (issue 8, eleventh round). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 4)


def test_a_ruler_named_by_his_style_and_the_amir_is_the_ruler_named_before() -> None:
    # Gulf agencies write "His Highness the Amir" as others write "the Emir": the same title,
    # the ruler the story named with it
    text = (
        "KUWAIT, March 4 (Agency) - His Highness the Amir Sheikh Fahad bin Nasser Al-Sabah "
        "opened the new port on Monday.\n\n"
        "In a speech at the ceremony, His Highness the Amir said that the port would serve "
        "the whole Gulf."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Fahad bin Nasser Al-Sabah"]
    assert found[0].text == "the port would serve the whole Gulf"


def test_a_long_formal_title_before_a_name_with_a_small_al_particle() -> None:
    # "the Official Spokesperson of the Ministry of Foreign Affairs Dr Yousef bin Ali
    # al-Mahmoud": a long title in capitals, the name ending in a lower-case "al-" surname
    text = (
        "MANAMA, March 4 (Agency) - Speaking at a news conference, the Official Spokesperson "
        "of the Ministry of Foreign Affairs Dr Yousef bin Ali al-Mahmoud said the envoys "
        "would meet again in April."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Yousef bin Ali al-Mahmoud"]


def test_the_top_diplomat_is_the_one_named_before_as_secretary_of_state() -> None:
    # Washington's top diplomat is its Secretary of State; "the top diplomat" means the one
    # named before, not a foreign ministry's spokesperson the story names afterwards
    text = (
        "WASHINGTON, March 4 (Wire) - Secretary of State Laura Finch said on Monday that the "
        "United States would back the truce. The top diplomat said monitors would be sent "
        "within weeks.\n\n"
        "Chinese Foreign Ministry spokesperson Gao Ming said on Tuesday that Beijing welcomed "
        "the truce."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Laura Finch", "Laura Finch", "Gao Ming"]


def test_a_states_top_diplomat_under_another_name_for_the_post() -> None:
    # India's and the Philippines' heads of the foreign service are written "External Affairs
    # Minister" and "Foreign Affairs Secretary": each is the state's top diplomat
    manila = (
        "MANILA, March 4 (Wire) - Foreign Affairs Secretary Rosa Dizon met visiting envoys on "
        "Tuesday. The country's top diplomat said Manila would host the next round."
    )
    delhi = (
        "NEW DELHI, March 4 (Wire) - External Affairs Minister Arvind Rao met investors on "
        "Tuesday. India's top diplomat said the partnership was deepening."
    )
    for text, minister in ((manila, "Rosa Dizon"), (delhi, "Arvind Rao")):
        assert [s.speaker for s in extract(text, published=TUESDAY)] == [minister]


def test_a_given_name_written_short_with_a_dot_stays_part_of_the_name() -> None:
    # Bangladeshi "Md." and Filipino "Ma." are given names cut short, not titles: the name at
    # its fullest keeps them, as it keeps the undotted "Md"
    dhaka = (
        "DHAKA, March 4 (Wire) - Commerce Adviser Md. Rezaul Karim said on Tuesday that "
        "exports had recovered. Karim said new markets were opening."
    )
    manila = (
        "MANILA, March 4 (Wire) - Trade Secretary Ma. Luisa C. Ramos said on Tuesday that "
        "the tariff talks would resume."
    )
    found = extract(dhaka, published=TUESDAY) + extract(manila, published=TUESDAY)
    assert [s.speaker for s in found] == [
        "Md. Rezaul Karim",
        "Md. Rezaul Karim",
        "Ma. Luisa C. Ramos",
    ]


def test_a_chinese_surname_ma_still_ends_a_sentence() -> None:
    # "said Ma." after a verb is the surname closing the sentence, not Maria cut short
    text = (
        'BEIJING, March 4 (Wire) - "The door is open," said Vice Minister Ma Lin. "We are '
        'patient," said Ma. Zhou Kai, the ministry spokesman, said talks would go on.'
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Ma Lin", "Ma Lin", "Zhou Kai"]


def test_a_malay_title_of_higher_rank_and_a_pilgrims_style_are_no_part_of_the_name() -> None:
    # Malaysia's ministry writes its minister "Dato' Seri Utama Haji X bin Haji Y": "Utama"
    # ranks the title, "Haji" is the style of one who made the pilgrimage (in "bin Haji Y" it
    # is the father's, and stays in the name)
    text = (
        "PUTRAJAYA, March 4 (Wire) - Home Minister Dato' Seri Utama Haji Rosli Yusof said on "
        "Tuesday that the border posts would be upgraded.\n\n"
        "The Minister of Health, Dato' Seri Haji Zulkifli bin Haji Omar, said on Tuesday that "
        "the clinics would stay open."
    )
    found = extract(text, published=TUESDAY)
    assert [s.speaker for s in found] == ["Rosli Yusof", "Zulkifli bin Haji Omar"]
    assert found[0].role == "Home Minister"


def test_a_sentence_opening_with_an_accented_capital_is_a_sentence_of_its_own() -> None:
    # "... talks. Ömer Çelik said ...": Turkish, Slavic and Vietnamese names open sentences
    # with capitals outside A-Z; the stop before them still ends the sentence
    text = (
        "SKOPJE, May 6 (Wire) - Foreign Minister Timčo Mucunski said on Tuesday that the "
        "government would table the amendments in June. Šefčovič, the EU trade chief, said "
        "Brussels welcomed the timetable. Đặng Hoàng Giang, Vietnam's envoy, said Hanoi "
        "would send observers."
    )
    found = extract(text, published=datetime.date(2025, 5, 6))
    assert [(s.speaker, s.text) for s in found] == [
        ("Timčo Mucunski", "the government would table the amendments in June"),
        ("Šefčovič", "Brussels welcomed the timetable"),
        ("Đặng Hoàng Giang", "Hanoi would send observers"),
    ]


def test_a_post_named_for_variety_is_the_one_person_the_paragraph_names() -> None:
    # 'Donald Trump said ... "...," the US president said.': a story that names people
    # without a post may call one of them by his in the next breath; with no one else named
    # in the paragraph, the post is his (not a description left as the speaker's name)
    text = (
        "BOGOTA, June 3 (Wire) - Alvaro Uribe told supporters in Medellin on Monday that the "
        "talks had failed.\n\n"
        "Speaking at the presidential palace after the cabinet met, Gustavo Petro said the "
        "ceasefire with the armed groups would be extended.\n\n"
        '"We will not give up on peace. The door stays open," the Colombian president said.'
    )
    found = extract(text, published=datetime.date(2025, 6, 3))
    assert [s.speaker for s in found] == ["Alvaro Uribe", "Gustavo Petro", "Gustavo Petro"]
