"""Failure classes found by running the extractor on Russian news in English (TASS, RIA
Novosti, RT, Sputnik, Interfax, the Kremlin's and the Foreign Ministry's English pages):
statements found with their speaker dropped or misnamed (issue 8, fifth round). Each test is
in new words written here.
"""

from __future__ import annotations

import datetime

from tracker.extract import ProposedStatement, extract

TUESDAY = datetime.date(2024, 6, 11)


def run(text: str, published: datetime.date | None = TUESDAY) -> list[ProposedStatement]:
    return extract(text, published=published)


def test_a_state_s_long_name_in_a_title_is_no_part_of_the_name_after_it() -> None:
    # "... of the Russian Federation Sergey Ryabkov": the state's name ends the title, the
    # person's begins after it; the state is the one the post serves
    text = (
        "MOSCOW, June 11. /TASS/. Moscow has had no reply to its proposals on the fishing "
        "quotas, Deputy Minister of Foreign Affairs of the Russian Federation Andrey Rudenko "
        "said on Tuesday.\n\n"
        '"The ball is in their court," Rudenko noted.\n\n'
        "Minister of Foreign Affairs of the Syrian Arab Republic Faisal Mekdad said the "
        "consultations would go on in Damascus."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Andrey Rudenko", "Andrey Rudenko", "Faisal Mekdad"]
    assert found[2].institution == "Syrian Foreign Ministry"


def test_a_press_secretary_is_the_spokesman_a_later_description_means() -> None:
    # "Kremlin Press Secretary X", then "the Kremlin spokesman"; and the other way round
    text = (
        "MOSCOW, June 11. /TASS/. Kremlin Press Secretary Dmitry Peskov said on Tuesday that "
        "no date had been set for the talks on grain exports.\n\n"
        '"Everything depends on the other side," the Kremlin spokesman said.\n\n'
        "Kazakh presidential spokesman Ruslan Zheldibay said Astana was ready to host the "
        "meeting.\n\n"
        '"The venue is prepared," the press secretary added.'
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Dmitry Peskov",
        "Dmitry Peskov",
        "Ruslan Zheldibay",
        "Ruslan Zheldibay",
    ]


def test_a_lower_case_title_of_a_body_before_the_name_is_the_person_s_title() -> None:
    # "official representative of the Russian Foreign Ministry Maria Zakharova": the body's
    # capitalised name runs into hers; its "Foreign" is no title, and "the spokeswoman"
    # later is she
    text = (
        "MOSCOW, June 11. /TASS/. Moscow regards the expulsion of its consul as a hostile "
        "step, official spokeswoman of the Russian Foreign Ministry Maria Zakharova told "
        "reporters on Tuesday.\n\n"
        "The consul, Pavel Orlov, left the country on Monday.\n\n"
        '"Our answer will follow, and it will be proportionate," the spokeswoman noted.'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Maria Zakharova", "Maria Zakharova"]
    assert found[0].institution == "Russian Foreign Ministry"


def test_this_was_stated_by_names_the_speaker_of_the_sentences_before_it() -> None:
    # TASS renders "Об этом заявил X" as "This was stated by X": the words before it in the
    # paragraph are X's, and "he" in the next paragraph is X
    text = (
        "MOSCOW, June 11. /TASS/. Russia sees no sense in resuming the consultations on "
        "visas while the new restrictions stay in force. This was stated to TASS on Tuesday "
        "by Russian Ambassador to Canada Oleg Stepanov.\n\n"
        '"Ottawa has chosen confrontation, and it should not expect favours," he told the '
        "agency."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Oleg Stepanov", "Oleg Stepanov"]
    assert found[0].text.startswith("Russia sees no sense in resuming")
    assert found[0].said_on == "2024-06-11"


def test_a_speaker_who_said_this_speaks_the_sentence_before() -> None:
    # "X said this on Tuesday": the sentence before, in X's paragraph, is what X said
    text = (
        "MOSCOW, June 11. /Interfax/. The Arctic Council cannot work without Moscow. Senior "
        "Arctic Official Nikolai Korchunov said this on Tuesday.\n\n"
        '"Nobody has offered us anything new," the diplomat added.'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Nikolai Korchunov", "Nikolai Korchunov"]
    assert found[0].text.startswith("The Arctic Council cannot work")


def test_this_was_stated_opening_a_paragraph_takes_the_paragraph_before() -> None:
    # aggregator copy sets the words and their attribution on lines of their own; the agent
    # is a description with the name in apposition, and "her" after it is the same woman
    text = (
        "The new round of talks in Istanbul will not be postponed\n"
        "This was stated by the official representative of the Russian Foreign Ministry, "
        "Maria Zakharova.\n"
        "According to her, the delegation's composition will be announced later."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Maria Zakharova", "Maria Zakharova"]
    assert found[0].text.startswith("The new round of talks in Istanbul")


def test_new_start_is_a_treaty_not_a_second_person_in_an_interview_s_introduction() -> None:
    # the introduction names the one who answers and the treaty he talks about; "New START"
    # is no person, so the answers below the dashes are his
    text = (
        "In an interview with TASS, Russian Deputy Foreign Minister Sergey Ryabkov discussed "
        "strategic stability and the future of the New START treaty.\n\n"
        "- Mr. Ryabkov, do you expect any contacts with Washington before the summer?\n\n"
        "- Frankly, I do not. The American side has sent us nothing that we could work "
        "with.\n\n"
        "- Will Moscow keep to the limits after the treaty expires?\n\n"
        "- We will act on the basis of our own security needs, and we have said so openly."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Sergey Ryabkov", "Sergey Ryabkov"]
    assert found[0].text.startswith("Frankly, I do not")


def test_an_interview_introduced_in_a_sentence_gives_the_unlabelled_answers_to_its_guest() -> None:
    # "In an interview with Izvestia, X ...": a sentence, not a title, announces the
    # interview; questions and answers follow in paragraphs of their own, nothing labelled
    text = (
        "Ambassador Galuzin: Tokyo has chosen its camp\n\n"
        "In an interview with Izvestia, Deputy Foreign Minister Mikhail Galuzin talked about "
        "relations with Japan and the situation on the Korean Peninsula.\n\n"
        "How would you assess the current state of dialogue with Tokyo?\n\n"
        "It is practically frozen. We keep the embassies working, but the political "
        "agenda is empty.\n\n"
        "Is there any chance of progress on a peace treaty?\n\n"
        "Not while Japan takes part in the sanctions. We have told our colleagues this "
        "directly."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Mikhail Galuzin", "Mikhail Galuzin"]
    assert found[1].text.startswith("Not while Japan takes part")


def test_a_top_diplomat_is_the_foreign_minister_a_later_description_means() -> None:
    # "Russia's top diplomat X", then "the Russian foreign minister" and "the minister": X,
    # not the president named only in a later paragraph
    text = (
        "MOSCOW, June 11. /TASS/. Russia's top diplomat Sergey Lavrov said on Tuesday that "
        "the Black Sea initiative could not be revived in its old form.\n\n"
        '"The conditions were never met," the Russian foreign minister said.\n\n'
        "The minister added that Ankara understood Moscow's position.\n\n"
        "Russian President Vladimir Putin later said that grain exports were at a record."
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Sergey Lavrov",
        "Sergey Lavrov",
        "Sergey Lavrov",
        "Vladimir Putin",
    ]


def test_a_un_envoy_is_the_ambassador_and_a_deputy_representative_the_diplomat() -> None:
    # "Russia's UN envoy X" is "the Russian ambassador"; after a first deputy permanent
    # representative speaks, "the diplomat" is that deputy
    text = (
        "UNITED NATIONS, June 11. /TASS/. Russia's UN envoy Vassily Nebenzia said on "
        "Tuesday that the draft on the humanitarian corridor was one-sided.\n\n"
        "The Russian ambassador also said the sponsors had ignored every amendment.\n\n"
        "Dmitry Polyansky, first deputy permanent representative, said the vote had been "
        "rushed.\n\n"
        '"Nobody consulted us," the diplomat noted.'
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Vassily Nebenzia",
        "Vassily Nebenzia",
        "Dmitry Polyansky",
        "Dmitry Polyansky",
    ]


def test_a_member_of_the_upper_house_is_the_senator_and_the_lawmaker() -> None:
    # the body a post is in tells a seat in a legislature, whatever the post's own title
    text = (
        "MOSCOW, June 11. /TASS/. Grigory Karasin, chairman of the Federation Council's "
        "international affairs committee, said on Tuesday that the vote in Strasbourg meant "
        "nothing for Moscow.\n\n"
        '"We left that assembly long ago," the senator said.\n\n'
        "The lawmaker added that contacts with European parliamentarians continued."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Grigory Karasin"] * 3


def test_a_delegation_head_describes_the_one_speaking_for_the_side() -> None:
    # "the head of the Russian delegation" is a part in the talks, whatever the post held
    text = (
        "ISTANBUL, June 11. /TASS/. Moscow has handed over its draft memorandum, Vladimir "
        "Medinsky, aide to the Russian president, said on Tuesday.\n\n"
        '"The ball is now in their court," the head of the Russian delegation said.'
    )
    assert [s.speaker for s in run(text)] == ["Vladimir Medinsky", "Vladimir Medinsky"]


def test_a_former_post_describes_the_one_person_the_story_names() -> None:
    # "the former president": a post held before, not the one the story gives
    text = (
        "MOSCOW, June 11. /TASS/. Deputy Chairman of the Russian Security Council Dmitry "
        "Medvedev said on Tuesday that the talks were a last chance.\n\n"
        '"They should take it," the former president wrote on Telegram.'
    )
    assert [s.speaker for s in run(text)] == ["Dmitry Medvedev", "Dmitry Medvedev"]


def test_a_capitalised_title_with_to_before_the_name_stays_the_person_s_title() -> None:
    # "Russian Ambassador to Washington X": the "to" breaks the run of capitals, the place
    # after it is the post's; named so inside an embassy's account, X is "the Russian
    # diplomat" and "he" after it
    text = (
        "MOSCOW, June 11. /TASS/. Russian Ambassador to Ottawa Oleg Stepanov met Canada's "
        "deputy foreign minister on Tuesday, the embassy said.\n\n"
        "During the meeting, the Russian diplomat stressed the need to resume consular "
        "work.\n\n"
        "He also said that the embassy's bank accounts should be unfrozen."
    )
    found = run(text)
    assert [s.speaker for s in found][1:] == ["Oleg Stepanov", "Oleg Stepanov"]


def test_a_quote_under_a_topic_heading_carries_on_the_briefer_s_statement() -> None:
    # a briefing write-up sets each topic under a short heading; the quotation under it
    # has no attribution of its own and is the spokeswoman's, as the one above it
    text = (
        "MOSCOW, June 11. /TASS/. The Baltic states are turning their ports into military "
        "bases, Russian Foreign Ministry Spokeswoman Maria Zakharova said at a briefing on "
        "Tuesday.\n\n"
        "On the Baltic ports\n\n"
        '"Tallinn and Riga have forgotten what trade once gave them. Now they sell fear '
        'instead."\n\n'
        "About the Danube grain route\n\n"
        '"Kiev uses the river for weapons deliveries, and everyone in Bucharest knows it."'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Maria Zakharova"] * 3
    assert found[2].text.startswith("Kiev uses the river")


def test_a_photographer_s_credit_after_a_caption_s_name_is_no_part_of_it() -> None:
    # "Deputy Foreign Minister X Y Valery Sharifulin/TASS": the caption's credit runs into
    # the name; the surname alone below is the deputy minister, not a four-word name
    text = (
        "Russian Deputy Foreign Minister Sergey Vershinin Valery Sharifulin/TASS\n\n"
        "GENEVA, June 11. /TASS/. Moscow is ready to discuss the return of the UN "
        "humanitarian mechanism, Vershinin told reporters on Tuesday.\n\n"
        '"We have never closed the door," the diplomat said.'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Sergey Vershinin", "Sergey Vershinin"]


def test_an_embassy_s_press_secretary_is_the_diplomat_who_speaks_next() -> None:
    # the embassy's press secretary speaks of the ambassador; "the diplomat noted" after
    # the secretary's words is the secretary, a diplomat of the embassy
    text = (
        "WASHINGTON, June 11. /TASS/. The State Department keeps ignoring the embassy's "
        "notes on the seized property, the Russian Embassy's Press Secretary Kirill Lyubimov "
        "said in a statement on Tuesday.\n\n"
        "Russian Ambassador Alexander Darchiev raised the matter in March, he recalled.\n\n"
        '"Three months have passed, and there is still no answer," the diplomat noted.'
    )
    found = run(text)
    assert found[-1].speaker == "Kirill Lyubimov"


def test_the_one_who_puts_the_questions_is_no_second_guest_of_the_interview() -> None:
    # "X answered questions from TASS's Y": Y asks, so the answers below the dashes are X's
    text = (
        "On the eve of the summit, Russian Deputy Foreign Minister Alexander Pankin answered "
        "questions from TASS First Deputy Director General Mikhail Gusman.\n\n"
        "- Mr. Pankin, how many states have asked to join the group?\n\n"
        "- Around thirty, and the number keeps rising, which speaks for itself.\n\n"
        "- Will the leaders agree on a new expansion?\n\n"
        "- That is for them to decide. We are preparing the options."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Alexander Pankin", "Alexander Pankin"]


def test_a_selection_of_someone_s_comments_under_topic_headings_is_theirs() -> None:
    # "Here is a selection of X's comments:", then a topic's heading and a quotation each
    text = (
        "Russian Foreign Minister Sergei Lavrov held his annual news conference on Thursday, "
        "answering questions for almost three hours.\n\n"
        "Here is a selection of Lavrov's comments:\n\n"
        "\u2014 On the grain corridor\n\n"
        '"Nobody kept the promises made to us in Istanbul, so there is nothing to extend."\n\n'
        "\u2014 On arms control\n\n"
        '"Washington destroyed one treaty after another, and now it asks us for talks."\n\n'
        "The news conference ended with a question about the Olympic Games."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Sergei Lavrov", "Sergei Lavrov"]
    assert found[1].text.startswith("Washington destroyed one treaty")
    assert found[1].kind == "direct"


def test_the_official_is_the_one_speaking_not_another_titled_person() -> None:
    # after the president's own words, the spokesman speaks; "the official added" is the
    # spokesman, though the president holds a title and the spokesman none here
    text = (
        "MOSCOW, June 11. /Sputnik/. President Vladimir Putin said earlier in the day that "
        "he would attend the summit in Kazan.\n\n"
        '"The schedule is not final yet," Peskov told reporters.\n\n'
        "The agenda of the talks is still being agreed, the official added."
    )
    found = run(text)
    assert found[-1].speaker == "Peskov"


def test_in_the_words_of_and_these_are_the_words_of_name_the_speaker() -> None:
    # "In the words of X, ..." is "according to X"; "These are the words of X." points
    # back at the sentence before, as "This was stated by X" does; "he" after is X
    first = (
        "MOSCOW, June 11. /TASS/. In the words of Russian Ambassador to Norway Nikolai "
        "Korchunov, Oslo has frozen every channel of cooperation in the Barents region.\n\n"
        '"Even the fishermen are no longer allowed to meet," he told TASS.'
    )
    second = (
        "MOSCOW, June 11. /TASS/. Oslo has frozen every channel of cooperation in the "
        "Barents region. These are the words of Russian Ambassador to Norway Nikolai "
        "Korchunov.\n\n"
        '"Even the fishermen are no longer allowed to meet," he told TASS.'
    )
    for text in (first, second):
        found = run(text)
        assert [s.speaker for s in found] == ["Nikolai Korchunov", "Nikolai Korchunov"]
        assert found[0].text.startswith("Oslo has frozen every channel")


def test_he_after_the_statement_by_someone_is_its_author() -> None:
    # "The statement by X came after ...": the sentence is about X's words, and "he" in the
    # next paragraph is X (but not "addressed remarks by X", an object)
    text = (
        "MOSCOW, June 11. /TASS/. The statement by Russian Ambassador to Norway Nikolai "
        "Korchunov came after Oslo closed the border crossing at Storskog.\n\n"
        '"Even the fishermen are no longer allowed to meet," he told TASS.'
    )
    assert [s.speaker for s in run(text)] == ["Nikolai Korchunov"]


def test_a_title_after_of_is_no_body_to_cut_off_the_name() -> None:
    # "the words of Deputy Foreign Minister X": after "of" a title, not a body's name
    text = (
        "MOSCOW, June 11. /TASS/. Earlier, the words of Deputy Foreign Minister Alexander "
        "Grushko were published by the ministry. He said that the talks with NATO were "
        "frozen."
    )
    found = run(text)
    assert found[-1].speaker == "Alexander Grushko"
    assert found[-1].role == "Deputy Foreign Minister"


def test_a_head_of_state_s_long_title_and_name_is_still_a_turn_label() -> None:
    # the Kremlin's transcripts label a guest by full title and name, often over ten words
    text = (
        "Talks with President of the United Arab Emirates Mohamed bin Zayed Al Nahyan\n\n"
        "Vladimir Putin held talks with the President of the UAE in the Kremlin.\n\n"
        "President of Russia Vladimir Putin: Your Highness, I am glad to welcome you in "
        "Moscow. Our trade grew by a third last year.\n\n"
        "President of the United Arab Emirates Mohamed bin Zayed Al Nahyan (retranslated): "
        "We value this partnership and want to expand it into logistics and energy.\n\n"
        "Vladimir Putin: We will be glad to see you in Kazan in October."
    )
    found = run(text)
    assert [s.speaker for s in found] == [
        "Vladimir Putin",
        "Mohamed bin Zayed Al Nahyan",
        "Vladimir Putin",
    ]


def test_someone_who_gave_this_assessment_speaks_the_sentences_before() -> None:
    # "X gave this assessment in an interview with TASS.": the words before are X's
    text = (
        "MOSCOW, June 11. /TASS/. Europe will not manage without Russian fertilizers for "
        "long. Deputy Foreign Minister Alexander Pankin gave this assessment in an interview "
        "with TASS.\n\n"
        '"The farmers already feel it," he stressed.'
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Alexander Pankin", "Alexander Pankin"]
    assert found[0].text.startswith("Europe will not manage")


def test_the_one_a_correspondent_asked_is_he_who_replies() -> None:
    # "A TASS correspondent asked X whether ...": X is asked, and "he replied" is X
    text = (
        "MOSCOW, June 11. /TASS/. A TASS correspondent asked Deputy Foreign Minister Mikhail "
        "Galuzin whether Moscow expected a visit from Tokyo this year.\n\n"
        '"There are no such plans on the table," he replied.'
    )
    assert [s.speaker for s in run(text)] == ["Mikhail Galuzin"]


def test_whoever_told_the_agency_about_it_answers_the_questions_below() -> None:
    # the introduction names the guest and the counterpart the talks were with; the one
    # who "told TASS about" them answers the labelled questions below
    text = (
        "Russian Deputy Foreign Minister Sergey Ryabkov told TASS about his contacts with US "
        "Under Secretary of State Bonnie Jenkins in Geneva.\n\n"
        "Question: Did the two of you discuss the inspections?\n\n"
        "Answer: We touched upon them, but the American position has not moved at all.\n\n"
        "Question: Will there be another round before the autumn?\n\n"
        "Answer: That depends on Washington. We are ready, as always."
    )
    found = run(text)
    assert [s.speaker for s in found] == ["Sergey Ryabkov", "Sergey Ryabkov"]
    assert found[0].text.startswith("We touched upon them")


def test_telling_the_agency_about_a_topic_says_nothing_yet() -> None:
    # "told TASS about his talks ...": the topic is named, the words come below
    text = (
        "MOSCOW, June 11. /TASS/. Deputy Foreign Minister Andrey Rudenko told TASS about his "
        "consultations with the Chinese delegation in Beijing.\n\n"
        '"The sides compared notes on the Korean Peninsula," he said.'
    )
    found = run(text)
    assert [s.text for s in found] == ["The sides compared notes on the Korean Peninsula"]


def test_in_a_statement_opening_the_sentence_is_where_the_words_were_given() -> None:
    # "In a statement, X called for restraint.": the phrase before the comma is no words of
    # X's, however short the words after the verb
    text = (
        "MOSCOW, June 11. /TASS/. In a statement, Russian Foreign Ministry Spokeswoman Maria "
        "Zakharova called for restraint."
    )
    found = run(text)
    assert [s.text for s in found] == ["called for restraint"]
    assert found[0].speaker == "Maria Zakharova"


def test_a_mission_s_head_is_its_ambassador_and_the_kremlin_chief_the_president() -> None:
    mission = (
        "BERLIN, June 11. /TASS/. The German authorities keep delaying visas for Russian "
        "journalists, Russian Ambassador to Germany Sergey Nechayev said on Tuesday.\n\n"
        '"This is discrimination, pure and simple," the head of the Russian diplomatic '
        "mission said."
    )
    assert [s.speaker for s in run(mission)] == ["Sergey Nechayev", "Sergey Nechayev"]
    kremlin = (
        "MOSCOW, June 11. /TASS/. Russian President Vladimir Putin received Mongolian "
        "President Ukhnaagiin Khurelsukh in the Kremlin on Tuesday.\n\n"
        '"Our trade has grown by a fifth this year," the Kremlin chief said.'
    )
    assert [s.speaker for s in run(kremlin)] == ["Vladimir Putin"]


def test_a_place_and_an_agency_in_capitals_with_a_dash_is_a_dateline() -> None:
    # "MOSCOW, SANA-", "ASTANA. KAZINFORM -": the dateline is no part of the words
    text = (
        "MOSCOW, SANA- The Russian mission in Damascus will keep working as usual, Russian "
        "Foreign Ministry Spokeswoman Maria Zakharova said on Tuesday."
    )
    found = run(text)
    assert found[0].text.startswith("The Russian mission in Damascus")
