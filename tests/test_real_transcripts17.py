"""Transcripts and Q&A in real copy (issue 8, round seventeen: classes taken from the errors
on the round's set of briefings, joint press conferences and interviews). Each test in new
words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2024, 6, 13)


def test_a_minister_recalling_a_leaders_words_of_another_day_relays_them() -> None:
    # "X made that point on Monday, when she said that ...": words of another occasion,
    # with their own day, recalled in a minister's answer; the answer stays the minister's
    text = (
        "Joint press conference with the Foreign Minister of Fiji, Suva\n\n"
        "Thursday 13 June 2024\n\n"
        "JOURNALIST: Minister Harlow, do you share that view?\n\n"
        "GRETA HARLOW: Entirely. Prime Minister Tom Becket made that point on Monday, when he "
        "said that fisheries patrols would be funded for another decade. Canberra's view is "
        "that the region must set its own priorities.\n\n"
        "JOURNALIST: And on climate finance?\n\n"
        "HARLOW: The money will flow through regional bodies, not around them."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert ("Tom Becket", "2024-06-10") in found
    assert found.count(("Greta Harlow", "2024-06-13")) == 2


def test_a_spokespersons_dated_relay_stays_news_before_the_spokespersons_own_words() -> None:
    # "X said yesterday that ... We stand with ...": the relay tells its day, and the
    # spokesperson's own view follows; the relayed words are the minister's of that day
    text = (
        "Regular Briefing by Spokesperson Lena Ortmann, 13 June 2024\n\n"
        "Q: What is the ministry's reaction to the new sanctions?\n\n"
        "Lena Ortmann: Deputy Minister Karl Weiss spoke about this yesterday in Brussels, "
        "and he said that the measures would be reviewed within a month. We stand ready to "
        "discuss them with all partners.\n\n"
        "Q: Will the minister travel to Vienna?\n\n"
        "Lena Ortmann: The schedule will be published in due course."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert ("Karl Weiss", "2024-06-12") in found
    assert found.count(("Lena Ortmann", "2024-06-13")) == 2


def test_made_the_point_that_is_a_verb_of_saying() -> None:
    # "made the point in X on Tuesday that ...": an argument put in words, with its day
    text = (
        "OTTAWA, June 13 (CP) - Finance Minister Ruth Calder made the point in a radio "
        "interview on Tuesday that the deficit would be halved within two years."
    )
    found = [(s.speaker, s.said_on, s.text) for s in extract(text, published=THURSDAY)]
    assert found == [("Ruth Calder", "2024-06-11", "the deficit would be halved within two years")]


def test_a_post_alone_speaking_on_a_dated_occasion_is_relayed_by_the_briefer() -> None:
    # "Speaking at the forum on trade, energy and climate on Tuesday, the High Commissioner
    # said that ...": the post's holder on another day, after a fronted clause with a list;
    # and "The Secretary made the point ... on Monday that ..., and I think ...": the same,
    # with the briefer's aside closing the sentence
    text = (
        "Daily Press Briefing by the Office of the Spokesperson, 13 June 2024\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Omar Haddad, "
        "Spokesperson.\n\n"
        "TRAVEL\n\n"
        "The High Commissioner is back in Geneva. Speaking at the forum on trade, energy and "
        "climate on Tuesday, the High Commissioner said that debt relief was the first test of "
        "any recovery plan.\n\n"
        "Question: Will the Secretary raise this with donors?\n\n"
        "Spokesperson: She will. The Secretary made the point in her letter to donors on Monday "
        "that pledges had fallen behind needs, and I think you will hear it again."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert ("the High Commissioner", "2024-06-11") in found
    assert ("The Secretary", "2024-06-10") in found


def test_an_aides_post_for_a_titled_principal_is_the_aides_post() -> None:
    # "X, spokeswoman for Prime Minister Y, ...": the aide's post ends where the one served
    # is named with a title; "the spokeswoman" later is the aide
    text = (
        "WARSAW, June 13 (PAP) - Agata Nowicka, spokeswoman for Prime Minister Piotr Zawada, "
        "declined to comment on the report on Thursday.\n\n"
        "The spokeswoman said later that the government would respond in writing."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Agata Nowicka", "2024-06-13")]


def test_a_digests_next_topic_in_capitals_leaves_the_scene_of_yesterday() -> None:
    # a briefing digest: "X told the Council yesterday ..." under one topic; under the next
    # capitalised topic the briefer's words, with no day, are the page's day
    text = (
        "Highlights of the Noon Briefing\n\n"
        "Thursday, 13 June 2024\n\n"
        "SOUTH SUDAN\n"
        "The head of the mission, Ines Varga, told the Security Council yesterday that "
        "voter registration had fallen far behind schedule.\n\n"
        "MYANMAR\n"
        "Spokesperson Omar Haddad said the UN was alarmed by reports of air strikes on "
        "villages in Rakhine State.\n"
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Ines Varga", "2024-06-12"), ("Omar Haddad", "2024-06-13")]


def test_the_interviews_own_day_after_the_papers_day_in_one_line_dates_the_answers() -> None:
    # "..., which ran on June 13. The conversation took place on June 9 in Oslo.": the
    # line's first date is the paper's; the occasion's day follows it
    text = (
        "Interview with Minister of Foreign Affairs Eirik Lund by Helsingin Sanomat\n\n"
        "The following is the interview the minister gave to Helsingin Sanomat, which ran on "
        "June 13. The conversation took place on June 9 in Oslo.\n\n"
        "Q: Is the Arctic still a zone of low tension?\n\n"
        "A: Less than it was. We see more military activity near our borders every year.\n\n"
        "Q: Will Norway raise its defence budget again?\n\n"
        "A: Yes, and we will do it together with our Nordic neighbours."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Eirik Lund", "2024-06-09"), ("Eirik Lund", "2024-06-09")]


def test_answers_to_questions_by_a_named_official_are_that_officials() -> None:
    # "Answers to media questions by Ambassador X": the "by" names who answers, not (as in
    # "questions by X") who asks; the "Answer:" turns are the ambassador's
    text = (
        "Embassy of the Republic of Kazakhstan\n\n"
        "Answers to journalists' questions by Ambassador Dana Seitova\n\n"
        "13.06.2024\n\n"
        "Question: How do you assess the new transit corridor?\n\n"
        "Answer: It shortens the route to Europe by two weeks. Freight volumes have already "
        "doubled this year.\n\n"
        "Question: Are new flights planned?\n\n"
        "Answer: Two airlines will open direct routes in the autumn."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Dana Seitova", "2024-06-13"), ("Dana Seitova", "2024-06-13")]


def test_the_day_a_paper_sat_down_with_its_guest_dates_the_answers() -> None:
    # "The Daily sat down with X on June 10 to discuss ...": the interview's sentence gives
    # its month and day, days before the page's own date
    text = (
        "The Baltic Times\n\n"
        "'Deterrence is cheaper than war': Interview with Defence Minister Rasa Juknevic\n\n"
        "June 13, 2024\n\n"
        "The Baltic Times sat down with Lithuania's Defence Minister Rasa Juknevic on June 10 "
        "to discuss the brigade, conscription and air defence.\n\n"
        "TBT: Will the German brigade be ready on time?\n\n"
        "RJ: Yes. The barracks will be finished next year, and the first units are already "
        "here.\n\n"
        "TBT: Is conscription enough?\n\n"
        "RJ: No. We also need trained reserves, and we are building that system now."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Rasa Juknevic", "2024-06-10"), ("Rasa Juknevic", "2024-06-10")]


def test_a_live_pages_yearless_day_heading_dates_the_entries_below_it() -> None:
    # "Wednesday 12 June" above the previous day's entries, no year: that day's words
    text = (
        "Live: EU leaders meet in Brussels\n\n"
        "Thursday 13 June\n\n"
        "10:15 CET\n"
        "Tusk arrives\n\n"
        "Polish Prime Minister Donald Tusk told reporters the budget talks would be hard.\n\n"
        "Wednesday 12 June\n\n"
        "19:30 CET\n"
        "Michel on the agenda\n\n"
        "Council President Charles Michel said the summit would focus on defence spending.\n"
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Donald Tusk", "2024-06-13"), ("Charles Michel", "2024-06-12")]


def test_words_given_in_a_recent_interview_are_of_some_day_before_the_page() -> None:
    # "told X in a recent interview": before the page's day, which day not told
    text = (
        'HANOI, June 13 (VNA) -- "The port will double its capacity," Deputy Prime Minister '
        "Tran Van Loc told VNA in a recent interview ahead of the investment forum."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Tran Van Loc", "../2024-06-13")]


def test_a_speech_pages_delivered_on_line_dates_the_speech_and_is_not_its_words() -> None:
    # "Delivered on 11 June 2024 in Geneva." under the page's "Published:" date: the note
    # of the occasion's day, no sentence of the speech
    text = (
        "Federal Department of Foreign Affairs\n\n"
        "Federal Councillor Lena Baumann's speech at the Human Rights Council\n\n"
        "Published: 13.06.2024\n\n"
        "Delivered on 11 June 2024 in Geneva.\n\n"
        "Mr President,\n\n"
        "Switzerland remains committed to the universality of human rights. No state is "
        "above the obligations it has freely accepted.\n\n"
        "Thank you."
    )
    found = [(s.speaker, s.said_on, s.text[:11]) for s in extract(text, published=THURSDAY)]
    assert found == [("Lena Baumann", "2024-06-11", "Switzerland")]


def test_an_initialled_label_is_the_leader_named_in_full_before_a_possessive_title() -> None:
    # "X and President of the Republic of Y's ... Z made statements": the name in full
    # before "and" is one participant, though the possessive cuts the title after it; the
    # "K.Tokayev:" label is that person
    text = (
        "Press statements following Kazakh-Mongolian talks\n\n"
        "Kassym-Jomart Tokayev and President of the People's Republic of Mongolia Ukhnaagiin "
        "Khurelsukh made statements for the press.\n\n"
        "K.Tokayev: Our talks were substantive. We agreed to double the volume of mutual "
        "trade within five years.\n\n"
        "U.Khurelsukh (retranslated): Mongolia values this partnership highly. We will open "
        "a new border crossing next year."
    )
    found = [s.speaker for s in extract(text, published=THURSDAY)]
    assert found[0] == "Kassym-Jomart Tokayev"


def test_a_live_entry_stamped_with_an_earlier_day_dates_its_words() -> None:
    # "12 Jun 2024 - 22:40 GMT": the entry's stamp gives its day, the day before the page's
    text = (
        "Live: Ceasefire talks resume in Cairo\n\n"
        "13 Jun 2024 - 09:10 GMT\n"
        "Mediators meet again\n\n"
        "Egypt's foreign minister Sameh Shoukry said the talks had resumed in a positive "
        "atmosphere.\n\n"
        "12 Jun 2024 - 22:40 GMT\n"
        "Hamas responds to proposal\n\n"
        "Hamas political official Osama Hamdan told reporters the group had sent its reply "
        "to the mediators.\n"
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Sameh Shoukry", "2024-06-13"), ("Osama Hamdan", "2024-06-12")]


def test_the_interview_sentences_own_day_not_an_earlier_date_in_it() -> None:
    # "Ahead of the June 16 vote, X spoke to Y on June 11": the day after the interview's
    # verb, not the first date of the line
    text = (
        "Interview: Armenian Prime Minister on the Peace Treaty\n\n"
        "June 13, 2024\n\n"
        "Ahead of the June 16 parliamentary debate, Armenian Prime Minister Davit Hakobyan "
        "spoke to Public Radio in Yerevan on June 11.\n\n"
        "Public Radio: Is the treaty text final?\n\n"
        "Davit Hakobyan: Almost. Two articles remain open, and we are working on them.\n\n"
        "Public Radio: When could it be signed?\n\n"
        "Hakobyan: Before the end of the year, if the other side shows the same will."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Davit Hakobyan", "2024-06-11"), ("Davit Hakobyan", "2024-06-11")]


def test_a_long_fronted_occasion_before_the_relayed_speaker() -> None:
    # "During his talks with Prime Minister X in Y on Monday, Premier Z said that ...": a
    # fronted occasion longer than a few words still comes before the relay's subject
    text = (
        "Foreign Ministry Spokesperson Chen Wei's Regular Press Conference on June 13, 2024\n\n"
        "Xinhua: Could you give us more details about the Premier's visit to Chile?\n\n"
        "Chen Wei: During his talks with President Gabriel Boric at La Moneda Palace in "
        "Santiago on Tuesday, Premier Zhou Ming said that China would import more Chilean "
        "fruit and copper. The two sides signed eleven cooperation documents.\n\n"
        "AFP: Is a free trade upgrade planned?\n\n"
        "Chen Wei: The competent authorities are in close communication on this."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert ("Zhou Ming", "2024-06-11") in found


def test_words_after_a_quote_from_a_recent_interview_share_its_occasion() -> None:
    # '"...," X told Y in a recent interview. He added that ...': the same interview, before
    # the page's day; the interview's own phrase is no other day between the two
    text = (
        'DHAKA, June 13 (BSS) -- "The new bridge has cut the journey to the port by half," '
        "Foreign Adviser Nasreen Alam told BSS in a recent interview.\n\n"
        "She added that Dhaka would seek more investment from Japan and Korea."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Nasreen Alam", "../2024-06-13"), ("Nasreen Alam", "../2024-06-13")]


def test_a_broadcaster_that_interviewed_its_guest_on_a_weekday_dates_the_answers() -> None:
    # "X interviewed Y on Tuesday, ahead of ...": the verb tells the interview and its day
    text = (
        "Interview with Foreign Minister Anna Lindqvist\n\n"
        "June 13, 2024\n\n"
        "Radio Sweden interviewed Foreign Minister Anna Lindqvist on Tuesday, ahead of her "
        "trip to Kyiv.\n\n"
        "Radio Sweden: What will you bring to Kyiv?\n\n"
        "Lindqvist: A new package of air defence and a clear message that we stay the course.\n\n"
        "Radio Sweden: Is Sweden's support sustainable?\n\n"
        "Lindqvist: Yes. There is a broad majority in parliament behind it."
    )
    found = [(s.speaker, s.said_on) for s in extract(text, published=THURSDAY)]
    assert found == [("Anna Lindqvist", "2024-06-11"), ("Anna Lindqvist", "2024-06-11")]
