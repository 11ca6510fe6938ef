"""Failure classes of a fresh blind set of Asian outlets' English copy (issue 8, session 7):
Yonhap, Korea Herald, Kyodo, Xinhua, China Daily, Global Times, VNA, Bernama, PNA, PTI and
Pakistani agencies. Each test is written here in new words, in the style of such copy."""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

THURSDAY = datetime.date(2024, 3, 14)


def run(text: str, published: datetime.date | None = THURSDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def speakers(found: list[ProposedStatement]) -> list[str]:
    return [s.speaker for s in found]


def test_a_korean_family_name_is_the_one_named_before_not_a_later_namesake() -> None:
    # Korean copy calls the minister "Park" after naming him in full; a second Park (the
    # North's leader, a lawmaker) named further down is not who spoke before he appears
    text = (
        "SEOUL, March 14 (Yonhap) -- Unification Minister Park Min-soo said Thursday that "
        "Seoul remains ready to reopen working-level contacts with the North.\n"
        '"We have closed no door," Park said at a forum in Seoul.\n'
        "Park said the government would consult Washington before any formal offer.\n"
        "The North's leader Park Tae-sung has shunned every overture since last spring.\n"
    )
    found = run(text)
    assert speakers(found) == ["Park Min-soo"] * 3


def test_a_korean_family_name_after_a_namesake_in_a_side_clause_is_the_latest_named() -> None:
    # the leader named between: the minister, named again by his family name, speaks on
    text = (
        "SEOUL, March 14 (Yonhap) -- Foreign Minister Lee Jae-won said Thursday that the "
        "allies would hold their drills as planned.\n"
        "North Korean leader Lee Song-chol had warned of a strong response.\n"
        'Lee Jae-won said the drills were "purely defensive."\n'
        "Lee added that Seoul would keep its hotline open.\n"
    )
    found = run(text)
    assert speakers(found)[0] == "Lee Jae-won"
    assert speakers(found)[-1] == "Lee Jae-won"


def test_a_dateline_in_accented_capitals_is_cut_from_the_words() -> None:
    # Vietnamese copy keeps the capital's accents: "HÀ NỘI —" is the dateline, as "HANOI —"
    text = (
        "Vietnam asks for crew release\n\n"
        "HÀ NỘI — The crew must be released at once, the deputy spokeswoman said on Thursday.\n"
    )
    found = run(text)
    assert found[0].text.startswith("The crew must be released")


def test_so_said_names_the_speaker_of_the_paragraph_before() -> None:
    # Vietnamese agencies state the position first, then "So said X, ... on <day>"
    text = (
        "HANOI — Fishermen of Vietnam working in the country's own waters must be treated "
        "humanely and must never be harmed.\n\n"
        "So said Nguyen Minh Tam, deputy spokesperson of the Foreign Ministry, on Thursday "
        "when asked about a trawler seized near the Paracel islands.\n\n"
        "The ministry has asked for the crew's early release, she said.\n"
    )
    found = run(text)
    assert found[0].text.startswith("Fishermen of Vietnam working")
    assert [s.speaker for s in found] == ["Nguyen Minh Tam"] * 2
    assert found[0].said_on == "2024-03-14"
    assert all(s.speaker != "So" for s in found)


def test_so_said_takes_the_paragraph_without_its_place_in_accented_capitals() -> None:
    # "HÀ NỘI —" under a syndication line: a place, never the "she" of the next paragraphs
    text = (
        "VIETNAM, March 14 -\n\n"
        "HÀ NỘI — Fishing boats of Việt Nam in its own waters must be treated humanely.\n\n"
        "So said Nguyễn Minh Tâm, deputy spokesperson of the Foreign Ministry, on Thursday.\n\n"
        "Việt Nam has lodged a protest with the relevant side, she said.\n"
    )
    found = run(text)
    assert found[0].text.startswith("Fishing boats")
    assert [s.speaker for s in found] == ["Nguyễn Minh Tâm"] * 2


def test_adding_after_a_trailing_attribution_is_its_speakers_not_the_reported_subjects() -> None:
    # "As agreed earlier, Indonesia has ..., she stressed, adding that ...": the fronted
    # phrase is part of what she said; the participle is hers, not Indonesia's
    text = (
        "JAKARTA — The talks will resume next month, foreign ministry spokeswoman Dewi "
        "Lestari said on Thursday.\n\n"
        "As agreed earlier, Indonesia has every right to patrol the area, she stressed, "
        "adding that the ministry would lodge a protest if needed.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Dewi Lestari"] * 3


def test_the_ministry_after_its_spokesperson_at_a_dated_briefing_speaks_that_day() -> None:
    # Chinese copy: the lead dates the day, the spokesman is quoted at the daily briefing,
    # then "the ministry said" with no day: the same briefing, not the page's day
    text = (
        "Beijing defends envoy's trip\n\n"
        "China on Wednesday rejected criticism from Washington of a UN envoy's visit to "
        "Tibet.\n\n"
        '"The accusations are baseless," Foreign Ministry spokesman Wang Lei said at a daily '
        "news briefing.\n\n"
        "The envoy met senior officials in Lhasa and Beijing over three days, the ministry "
        "said.\n"
    )
    found = run(text)
    ministry = [s for s in found if s.text.startswith("The envoy met")]
    assert ministry and ministry[0].said_on == "2024-03-13"


def test_a_day_in_the_question_asked_dates_the_thing_asked_about_not_the_answer() -> None:
    # Korean copy: the president speaks on Friday about a call "held Thursday evening"
    text = (
        "Lee says Seoul and Tokyo agree on closer ties\n"
        "By Kim Da-eun Published : March 15, 2024 - 10:14\n\n"
        "President Lee Min-ho said Friday he and Japanese Prime Minister Taro Sato agreed in "
        "a phone call to restore shuttle diplomacy.\n"
        '"We agreed that regular visits would help both economies," Lee told reporters when '
        "asked about the phone call with his counterpart held Thursday evening.\n"
        '"We also shared concerns about the North\'s missile launches," he said.\n'
    )
    found = run(text, datetime.date(2024, 3, 15))
    assert [s.said_on for s in found] == ["2024-03-15"] * 3


def test_before_this_opening_a_sentence_tells_words_said_earlier() -> None:
    # Malaysian copy: the minister at today's press conference, then a critic "before this"
    text = (
        "PUTRAJAYA: Foreign Minister Aziz Rahman said the visit followed all health rules at "
        "a press conference today.\n"
        "Before this, opposition lawmaker Tan Wei Ming said it was odd that reporters were "
        "kept away.\n"
    )
    found = run(text)
    assert found[-1].speaker == "Tan Wei Ming"
    assert found[-1].said_on == "../2024-03-14"


def test_had_questioned_is_a_verb_of_saying_in_the_past_perfect() -> None:
    text = (
        "KUALA LUMPUR: The minister defended the closed-door talks at a press conference "
        "today.\n"
        "Opposition lawmaker Tan Wei Ming had questioned the decision, saying it was odd "
        "that reporters were kept away.\n"
    )
    found = run(text)
    assert found[-1].said_on == "../2024-03-14"


def test_an_outlet_quoting_a_named_expert_with_his_post_gives_the_expert_the_words() -> None:
    # IANS relaying Global Times: the expert's post between commas, then "as saying"
    text = (
        "China on Wednesday said there was no face-off between the two armies near the pass.\n\n"
        '"As far as I know, there is no such incident," Wang Lei, spokesperson of the '
        "Chinese Ministry of Foreign Affairs, was quoted as saying on Wednesday.\n\n"
        '"Such reports only stir up public feeling and harm the ties between the two '
        'neighbours," Global Times quoted Zhou Ming, a researcher at Fudan University, as '
        "saying.\n"
    )
    found = run(text)
    assert found[-1].text.startswith("Such reports only stir up")
    assert found[-1].speaker == "Zhou Ming"


def test_the_app_credit_after_a_comma_with_a_spaced_colon_is_a_dateline() -> None:
    # UrduPoint's copy of APP: "ISLAMABAD, (APP - ... - 14th Mar, 2024 ) :China ..."
    text = (
        "ISLAMABAD, (APP - UrduPoint / Pakistan Point News - 14th Mar, 2024 ) :China was ready "
        "to settle the border question through talks, Chinese foreign ministry's spokesperson "
        "on Thursday said.\n"
    )
    found = run(text)
    assert found[0].text.startswith("China was ready")


def test_a_ministrys_spokesperson_unnamed_in_the_lead_is_the_one_named_speaking_next() -> None:
    # APP relaying the Beijing briefing: the lead gives the post, the next paragraph the name
    lead = (
        "China was ready to settle the border question through talks, Chinese foreign "
        "ministry's spokesperson on Thursday said in response to a question"
    )
    text = (
        "China Ready To Settle Border Question: Spokesperson\n\n"
        f"{lead}\n\n"
        f"ISLAMABAD, March 14 (APP): {lead}.\n\n"
        '"We have always been committed to peace along the border," Wang Lei said in his '
        "regular briefing.\n\n"
        "The spokesperson said that the two sides had kept their channels open.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Wang Lei"] * 3
    assert [s.said_on for s in found] == ["2024-03-14"] * 3


def test_advised_the_parties_not_to_is_advice_told() -> None:
    # Bernama: "Earlier, X, who is also ... MP, advised all parties not to ..."
    text = (
        "KUANTAN, March 14 — Foreign Minister Aziz Rahman said the names of new envoys would "
        "be released only after their appointment.\n\n"
        "Earlier, Aziz, who is also the Kuantan MP, advised all parties not to dwell on the "
        "appointments as it would not help the country.\n"
    )
    found = run(text)
    advice = [s for s in found if "not to dwell" in s.text]
    assert advice and advice[0].speaker == "Aziz Rahman"
    assert advice[0].said_on == "../2024-03-14"


def test_advised_with_no_advice_after_it_tells_nothing() -> None:
    text = "Aziz Rahman, who advised the prime minister on trade for years, joined the bank.\n"
    assert run(text) == []


def test_the_words_of_a_report_the_speaker_was_asked_about_are_not_his() -> None:
    text = (
        "KUANTAN, March 14 — Foreign Minister Aziz Rahman said the names of new envoys would "
        "be released only after their appointment.\n\n"
        "Aziz said this when asked to comment on a recent media report, saying that two "
        "former ministers would be named ambassadors.\n"
    )
    found = run(text)
    assert not [s for s in found if "two former ministers" in s.text]


def test_a_family_name_without_its_arabic_article_names_the_person_again() -> None:
    # Indonesian copy of a meeting: "Riyad Al-Maliki" in full, then "Maliki ..." and "he
    # said" (not the woman minister quoted before him)
    text = (
        "Jakarta, MINA – Indonesian Foreign Minister Dewi Lestari said the two countries "
        "must work harder for peace this year.\n\n"
        "She conveyed this in her meeting with Palestinian Foreign Minister Riyad Al-Maliki "
        "in Amman on Wednesday.\n\n"
        '"This development must be a foundation for moving forward," she continued.\n\n'
        "Meanwhile, Maliki considered Indonesia a brother to Palestine.\n\n"
        '"The people of Indonesia have a firm commitment to support our independence," he '
        "said.\n"
    )
    found = run(text, datetime.date(2024, 3, 13))
    assert found[-1].speaker == "Riyad Al-Maliki"


def test_a_hard_line_break_inside_the_attribution_keeps_the_sentence_whole() -> None:
    # a Dhaka daily's page copied with a break after "Ministry": the spokesman still speaks
    text = (
        'India on Thursday said ties with Nepal are "very close".\n'
        '"India-Nepal relations are very close. We are confident both sides respect each '
        'other," Indian External Affairs Ministry\n'
        "spokesman Ravi Kumar said at a weekly media briefing in New Delhi.\n"
    )
    found = run(text, datetime.date(2024, 3, 15))
    quoted = [s for s in found if s.text.startswith("India-Nepal relations")]
    assert quoted and quoted[0].speaker == "Ravi Kumar"
    assert quoted[0].said_on == "2024-03-14"


def test_a_titled_name_then_yesterday_closing_the_sentence_after_said_is_who_spoke() -> None:
    # China Daily: '..., said Foreign Ministry spokesman Chen Bo yesterday.', a name before
    # the comma too
    text = (
        "Vice-Foreign Minister Sun Wei held talks on Wednesday with the visiting envoy. "
        "Another Vice-Foreign Minister Ma Lin also met the envoy, who arrived in Beijing on "
        "Tuesday, said Foreign Ministry spokesman Chen Bo yesterday. Chen said the two sides "
        "agreed to meet again soon.\n"
    )
    found = run(text)
    assert found[0].text.startswith("Another Vice-Foreign Minister Ma Lin also met")
    assert [s.speaker for s in found] == ["Chen Bo", "Chen Bo"]
    assert [s.said_on for s in found] == ["2024-03-13", "2024-03-13"]


def test_responding_to_a_reporters_question_asking_then_said_colon_gives_the_answer() -> None:
    # Vietnamese copy: the reporter's question in a leading clause, the spokesperson's
    # answer after "said:" with no quotation marks
    text = (
        "Responding to a question from a VNA reporter asking for Vietnam's stance on the "
        "attack in Moscow, Deputy Spokesperson Tran Minh Chau said: Vietnam condemns "
        "terrorism in all its forms and considers the attack an unacceptable act.\n"
    )
    found = run(text)
    assert found and found[0].speaker == "Tran Minh Chau"
    assert found[0].text.startswith("Vietnam condemns terrorism")


def test_the_press_conference_day_the_lead_gives_narrows_an_answer_to_what_came_before() -> None:
    # the answer is about an attack on March 13; the lead places the spokesperson at the
    # press conference on March 14; the page is of March 15
    text = (
        "At the regular press conference of the Ministry of Foreign Affairs on the afternoon "
        "of March 14, in Hanoi, Deputy Spokesperson Tran Minh Chau announced the ministry's "
        "plans for the coming weeks.\n\n"
        "Responding to a question from a VNA reporter about the attack in Moscow on March "
        "13, Deputy Spokesperson Tran Minh Chau said: Vietnam condemns terrorism in all its "
        "forms and considers the attack an unacceptable act.\n"
    )
    found = run(text, datetime.date(2024, 3, 15))
    answer = [s for s in found if s.text.startswith("Vietnam condemns terrorism")]
    assert answer and answer[0].said_on == "2024-03-14"


def test_the_day_of_another_meeting_named_with_its_parties_places_no_one_else() -> None:
    # Bernama: the ministers met "at Wisma Putra" and followed up on the meeting between
    # the prime ministers "on June 12 in Tokyo": that day is not the ministry's statement's
    text = (
        "PUTRAJAYA: Malaysia's Foreign Minister Aziz Rahman and his Japanese counterpart "
        "Taro Sato, in their meeting at Wisma Putra here, followed up on the decisions made "
        "during the meeting between the two prime ministers on June 12 in Tokyo.\n\n"
        "Wisma Putra said the two ministers discussed railway cooperation and maritime "
        "security.\n"
    )
    found = run(text, datetime.date(2024, 7, 12))
    assert found[-1].said_on != "2024-06-12"


def test_a_seat_of_government_that_speaks_is_a_body_and_its_it_said_goes_back_to_it() -> None:
    # Bernama: "Wisma Putra said ...", then "..., it said." with Japan named in the words
    text = (
        "Wisma Putra said the two ministers discussed ways to renew the Look East Policy.\n\n"
        "They also discussed railway lines, where Japan and Malaysia have agreed to improve "
        "efficiency, and maritime cooperation, it said.\n\n"
        "Malacañang said the President would attend the summit.\n"
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Wisma Putra", "Wisma Putra", "Malacañang"]


def test_a_new_post_for_the_one_person_named_and_speaking_is_that_person() -> None:
    # Malay Mail: a former deputy minister named, then "The senator said ..."
    text = (
        "KUALA LUMPUR, March 14 — Former deputy defence minister Tan Wei Ming said today the "
        "lack of local coverage of the Chinese minister's visit was odd.\n\n"
        "The senator said the issue was puzzling, and urged the government not to take "
        "sides between the two powers.\n"
    )
    found = run(text)
    assert {s.speaker for s in found} == {"Tan Wei Ming"}


def test_was_also_quoted_saying_gives_the_one_quoted_the_words() -> None:
    # Malay Mail relaying Xinhua: "X was also quoted saying that ...", no "as"
    text = (
        "KUALA LUMPUR, March 14 — Xinhua reported on Monday that the Chinese minister met "
        "Prime Minister Aziz Rahman.\n\n"
        "Aziz was also quoted saying that Malaysia is willing to work with China to "
        "strengthen cooperation in all fields.\n"
    )
    found = run(text)
    assert [s.speaker for s in found if "willing to work" in s.text] == ["Aziz Rahman"]
