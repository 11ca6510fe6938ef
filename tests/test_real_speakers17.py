"""Speakers in real English copy (issue 8, round seventeen: classes taken from the speaker
errors of a set on descriptions, titles and honorifics). Each test in new words written
here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

WEDNESDAY = datetime.date(2024, 4, 10)


def test_a_title_with_its_field_in_lower_case_before_the_name_names_the_speaker() -> None:
    # "Deputy Minister ... for economic diplomacy X told ...": CIS and Asian agencies write
    # the post's field in lower case; it is still the title, and the name after it speaks
    text = (
        "TASHKENT - Uzbekistan will open two new trade missions in Africa this year, "
        "Deputy Minister of Foreign Affairs of the Republic of Uzbekistan for economic "
        "diplomacy Farrukh Tursunov told journalists on Wednesday.\n\n"
        "The deputy minister said the first mission would open in Nairobi."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Farrukh Tursunov", "Farrukh Tursunov"]
    assert found[0].text.startswith("Uzbekistan will open two new trade missions")
    assert "for economic diplomacy" in (found[0].role or "")


def test_a_family_name_goes_to_the_one_in_the_headline_not_the_relative_in_an_aside() -> None:
    # "Kim" after "Kim A, the sister of leader Kim B" is Kim A, the lead's subject, though her
    # name was first written in the headline: the body names her too
    text = (
        "Park Min-ji warns Seoul against new leaflet launches\n\n"
        "SEOUL - Park Min-ji, the niece of former President Park Chung-ho, warned on "
        "Wednesday that leaflet launches would wreck any hope of talks.\n\n"
        "Park, who heads a civic group on inter-Korean exchanges, said the police should "
        "stop the launches at the border."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Park Min-ji", "Park Min-ji"]


def test_a_described_counterpart_named_in_the_sentence_before_is_that_counterpart() -> None:
    # "X told his Omani counterpart Sheikh Y ... The Omani top diplomat said": the one person
    # of that state, named in the sentence before as the counterpart (his style before the
    # name), though he had not spoken
    text = (
        "ANKARA - Turkish Foreign Minister Selim Aydoğan said on Tuesday in a call with his "
        "Omani counterpart Sheikh Badr bin Hamad Al Busaidi that shipping in the Red Sea must be "
        "protected.\n\n"
        "The Omani top diplomat, for his part, said that Muscat was ready to host talks on "
        "maritime security."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Selim Aydoğan", "Badr bin Hamad Al Busaidi"]


def test_a_generic_description_means_the_one_the_story_turned_to_not_the_last_speaker() -> None:
    # "X said ... The Chilean minister, Y, disagreed. '...,' the veteran politician said": the
    # story has turned to Y as a sentence's subject since X spoke; the words are Y's
    text = (
        "LIMA - Peru's foreign minister, Ana Cecilia Gervasi, said on Wednesday that the "
        "border commission would meet again in May.\n\n"
        "Chile's foreign minister, Alberto van Klaveren, disagreed with that timetable.\n\n"
        '"May is too late for the fishermen of the north," the veteran politician said.'
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Ana Cecilia Gervasi", "Alberto van Klaveren"]


def test_the_national_leader_is_the_head_of_state_named_by_that_post() -> None:
    # "Chile's head of state, X," then "the Chilean leader": the head of state is its leader
    text = (
        "SANTIAGO - Chile's head of state, Gabriel Boric, received the Argentine delegation "
        "on Wednesday.\n\n"
        '"We share a border and a future," the Chilean leader told reporters afterwards.'
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Gabriel Boric"]


def test_the_chancellor_of_latin_american_copy_is_the_foreign_minister() -> None:
    # Spanish "canciller", Portuguese "chanceler": in copy from the region "the chancellor"
    # is a state's foreign minister, when the story names no one with a chancellor's post
    text = (
        "MONTEVIDEO - Uruguay's President Luis Lacalle Pou opened the Mercosur summit on "
        "Wednesday.\n\n"
        "The Uruguayan foreign minister, Omar Paganini, later presented the final "
        "communique.\n\n"
        '"The trade agreement with Europe is closer than ever," said the chancellor.'
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Omar Paganini"]


def test_who_added_after_an_inverted_attribution_is_the_speaker_s_next_point() -> None:
    # '"...," said X, who added that ...': the relative's subject is the one just named after
    # the verb (not "said X" as a title), its words a point of the same occasion
    text = (
        "NAIROBI - Kenya's Foreign Minister Musalia Mudavadi addressed the summit on "
        "Wednesday.\n\n"
        '"Our region cannot wait for outside help," said the minister, who added that a '
        "joint force would be ready by June.\n\n"
        '"The corridor must stay open," said Mudavadi, who also said that traders had '
        "lost millions."
    )
    found = extract(text, published=WEDNESDAY)
    assert [(s.speaker, s.said_on) for s in found] == [("Musalia Mudavadi", "2024-04-10")] * 4
    assert found[1].text.startswith("a joint force would be ready")
    assert found[3].text.startswith("traders had lost millions")


def test_a_term_quoted_in_the_question_asked_is_not_the_answer() -> None:
    # 'Asked about the label "hostile state," X said that ...': the question quotes a term;
    # the answer is what follows the verb
    text = (
        "TOKYO - Defence Ministry spokesman Kenji Arai spoke to reporters on Wednesday.\n\n"
        'Asked about the paper\'s description of the drills as "a rehearsal for blockade," '
        "Arai said that the ministry was watching the exercises closely."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Kenji Arai"]
    assert found[0].text.startswith("the ministry was watching the exercises")


def test_a_day_after_an_event_following_a_trailing_attribution_tells_when() -> None:
    # "..., the spokesperson said Tuesday, a day after ...": the span from an event after the
    # verb places the attribution; the words are the clause before it
    text = (
        "MANILA - The Philippines will file a new diplomatic protest over the collision, "
        "foreign affairs spokesperson Teresa Daza said Wednesday, two days after a coast guard "
        "vessel was rammed near Scarborough Shoal."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Teresa Daza"]
    assert found[0].text.startswith("The Philippines will file a new diplomatic protest")


def test_a_kinship_description_is_the_one_introduced_by_that_kinship() -> None:
    # "X, the wife of former prime minister Y, said ... The jailed leader's wife also said":
    # the one named with that kinship, not the relative, and no post tells it
    text = (
        "ISLAMABAD - Bushra Bibi, the wife of former prime minister Imran Khan, said on "
        "Wednesday that her husband was being denied medical care.\n\n"
        "On Tuesday, the interior ministry had said the prisoner was in good health.\n\n"
        "The jailed leader's wife also said the family would appeal to the Supreme Court."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found if "ministry" not in s.speaker.lower()] == [
        "Bushra Bibi",
        "Bushra Bibi",
    ]


def test_a_minister_s_fields_listed_after_a_comma_then_the_name() -> None:
    # "Minister of Foreign Affairs, Regional Integration and Cooperation X said": a post whose
    # fields a comma and "and" list, the name right after the last field
    text = (
        "YAOUNDE - Minister of External Relations, Regional Integration and Cooperation "
        "Amina Njoya said on Wednesday that the border would reopen next month.\n\n"
        "Njoya added that customs officers had been redeployed."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Amina Njoya", "Amina Njoya"]


def test_she_after_her_counterpart_spoke_is_the_woman_the_possessive_told_of() -> None:
    # "X said ... Her Thai counterpart, Y, said ... '...,' she said": "Her" makes X a woman,
    # though her name tells no gender; Y's name tells none either, and "she" is X
    text = (
        "HANOI - Vietnam will not accept the new fishing ban, Deputy Prime Minister Tran "
        "Luu Quang said on Wednesday.\n\n"
        "Cambodia's Foreign Minister Sok Chenda Sophea said Phnom Penh shared that view.\n\n"
        "Earlier, Laos' Foreign Minister Vanida Phommachanh said the Mekong talks would "
        "resume.\n\n"
        "Her Thai counterpart, Maris Sangiampongsa, said Bangkok was ready to host them.\n\n"
        '"The river belongs to all of us," she said.'
    )
    found = extract(text, published=WEDNESDAY)
    assert found[-1].speaker == "Vanida Phommachanh"


def test_the_head_of_a_state_s_diplomacy_is_its_secretary_of_foreign_affairs() -> None:
    # "the Secretary of Foreign Affairs, X", then "the head of Honduran diplomacy": the one
    # who heads the foreign service, by whatever name the state gives the post
    text = (
        'TEGUCIGALPA - "Honduras will defend its fishermen," said the Secretary of Foreign '
        "Affairs, Enrique Reina, on Wednesday.\n\n"
        "The head of Honduran diplomacy added that a protest note had been sent."
    )
    found = extract(text, published=WEDNESDAY)
    assert [s.speaker for s in found] == ["Enrique Reina", "Enrique Reina"]
