"""Briefing pages as other sites republish them: indented paragraphs, labels without
punctuation, headers that say who held the briefing in a sentence.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A mirror of a ministry's page that indents some paragraphs, labels included


INDENTED = """\
Foreign Ministry Spokesperson Mao Ning's Regular Press Conference on March 4, 2024

Xinhua News Agency: The foreign ministers of China and Cambodia met yesterday. Could you \
tell us more about the meeting?

  Mao Ning: The two ministers had an in-depth exchange of views on ties between the two \
countries and on regional affairs.

Reuters: Does China plan to send an envoy to the talks in Geneva next week?

  Mao Ning: I have no information to offer on that at the moment. China will keep playing a \
constructive role in the search for a political settlement.
"""


def test_an_indented_label_still_opens_a_turn() -> None:
    found = extract(INDENTED, published=datetime.date(2024, 3, 4))
    assert [(s.speaker, s.said_on, s.kind) for s in found] == [
        ("Mao Ning", "2024-03-04", "direct"),
        ("Mao Ning", "2024-03-04", "direct"),
    ]
    assert found[0].text.startswith("The two ministers had")
    assert found[1].text.startswith("I have no information")


# A foreign ministry's press conference page: fields and a numbered list of topics above the
# turns, the minister labelled by the title alone, one question labelled "Question:"


FIELDS = """\
Press Conference by Minister for Foreign Affairs Hiroshi Tanabe

Date: Friday, May 16, 2008, 10:05 a.m.
Place: Press Conference Room, Ministry of Foreign Affairs

Main topics:

  1. Visit to Indonesia by Foreign Minister Tanabe
  2. Remarks by Prime Minister Sato on the Fisheries Talks (Talks Resume in Tokyo Next Month)

1. Visit to Indonesia by Foreign Minister Tanabe

Minister:
I leave for Jakarta on Sunday, where I will meet the foreign minister and discuss maritime \
cooperation and the coming ASEAN meetings.

Question:
Will you raise the detention of the Japanese fishing crew during your stay?

Minister:
I intend to raise it, and I will ask for the crew to be released as soon as possible.
"""


def test_a_page_s_fields_and_numbered_topics_are_no_statements() -> None:
    found = extract(FIELDS, published=datetime.date(2008, 5, 16))
    assert [s.text.split()[0] for s in found] == ["I", "I"]
    assert {s.speaker for s in found} == {"Hiroshi Tanabe"}


def test_a_minister_labelled_by_title_is_the_one_the_press_conference_is_of() -> None:
    # the topics name Prime Minister Sato, who takes no part
    found = extract(FIELDS, published=datetime.date(2008, 5, 16))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Hiroshi Tanabe", "2008-05-16"),
        ("Hiroshi Tanabe", "2008-05-16"),
    ]


# An excerpt that ends before the first question: one turn, under the title that says whose


OPENING_ONLY = """\
Press Conference by Minister for Foreign Affairs Hiroshi Tanabe

Date: Tuesday, June 3, 2008, 4:20 p.m.
Place: Press Conference Room, Ministry of Foreign Affairs

1. Opening Remarks

Minister Tanabe: I have one announcement. Japan will provide emergency relief goods worth \
30 million yen to Myanmar, where the cyclone has left many thousands without shelter.
"""


def test_a_press_conference_cut_before_its_questions_is_still_the_minister_s() -> None:
    found = extract(OPENING_ONLY, published=datetime.date(2008, 6, 3))
    assert [(s.speaker, s.said_on, s.kind) for s in found] == [
        ("Hiroshi Tanabe", "2008-06-03", "direct")
    ]
    assert found[0].text.startswith("I have one announcement")


# A transcription service's page: each label alone on its line with the time into the
# recording, the briefer by post in lower case, reporters by first name, the service's
# own sales line above the first label


SERVICE = """\
Department of State Press Briefing March 12, 2024 Transcript

Department Press Briefing with Spokesperson Ellen Harper, at the Department of State, \
on March 12, 2024. Read the transcript here.

Let our team transcribe your next meeting in minutes, with accuracy you can trust.

State Department spokesperson (00:00):

Good afternoon. I have nothing at the top today, so let us go straight to your questions.

Dana (00:09):

Thanks. On the ceasefire talks, is the Secretary travelling to the region again this week?

State Department spokesperson (00:15):

He has no travel to announce, Dana, but he has been on the phone with his counterparts \
throughout the weekend, and the talks continue.

Dana (00:31):

That makes three weeks now without a trip to the region.

State Department spokesperson (00:37):

I am not going to go into the details of his schedule, but the parties know what is on the \
table and what it takes to close the gaps.

Shaun (00:52):

Can I go to Haiti? The council there says it has a date for the handover.

State Department spokesperson (00:58):

We welcome the agreement on a date, and we will keep supporting the council as it prepares \
for the handover.
"""


def test_a_time_stamped_label_on_its_own_line_opens_a_turn() -> None:
    found = extract(SERVICE, published=datetime.date(2024, 3, 13))
    # the greeting that hands over to questions is procedural: an editor may leave it out
    assert [s.text.split(",")[0] for s in found][-3:] == [
        "He has no travel to announce",
        "I am not going to go into the details of his schedule",
        "We welcome the agreement on a date",
    ]
    assert {(s.speaker, s.said_on) for s in found} == {("Ellen Harper", "2024-03-12")}


def test_a_reporter_called_by_first_name_asks_though_the_turn_asks_nothing() -> None:
    found = extract(SERVICE, published=datetime.date(2024, 3, 13))
    assert not any(s.text.startswith(("That makes three weeks", "Can I go")) for s in found)


def test_the_service_s_own_sentence_above_the_briefer_s_label_is_no_opening() -> None:
    found = extract(SERVICE, published=datetime.date(2024, 3, 13))
    assert not any("transcribe" in s.text for s in found)


# A news site's copy of a press availability: its headline in title case puts the verb in
# capitals after the name; the transcript labels the speaker in capitals


AVAILABILITY = """\
Rubio Holds Press Availability in Brussels

Department of State

SECRETARY RUBIO: Good afternoon, everyone.

QUESTION: Good afternoon.

SECRETARY RUBIO: We came to this meeting with one message for our allies, which is that \
the alliance is only as strong as what each member is willing to spend on it.

QUESTION: Mr. Secretary, will the United States keep its troops in Europe at today's level?

SECRETARY RUBIO: There is no decision on troop levels, and any change would be made in \
close consultation with our allies.
"""


def test_a_headline_s_capitalised_verb_is_no_part_of_the_name() -> None:
    found = extract(AVAILABILITY, published=None)
    assert {s.speaker for s in found} == {"Rubio"}
    assert len(found) == 2


def test_a_name_known_only_from_a_label_in_capitals_is_written_as_a_name() -> None:
    text = AVAILABILITY.replace("Rubio Holds Press Availability in Brussels", "Press Availability")
    assert {s.speaker for s in extract(text, published=None)} == {"Rubio"}


# An alliance's page: the kind of page on one line, "by" and whose on the next, the day in a
# bulleted line with the month abbreviated, the time the page was last edited below it


TWO_LINE_TITLE = """\
Press conference

by NATO Secretary General Mark Rutte ahead of the meetings of NATO Ministers of Defence

  \u2022 12 Feb. 2025 -
  \u2022 |
  \u2022 Last updated 14-Feb-2025 16:40

(As delivered)

Good afternoon.

Tomorrow defence ministers will take stock of how far we have come since the summit, and \
how much further we have to go to produce the air defence our plans call for.
"""


def test_a_title_set_on_two_lines_names_whose_words_follow() -> None:
    found = extract(TWO_LINE_TITLE, published=datetime.date(2025, 2, 12))
    assert [(s.speaker, s.kind) for s in found] == [("Mark Rutte", "direct")]
    assert found[0].text.startswith("Tomorrow defence ministers")


def test_a_bulleted_day_with_its_month_abbreviated_is_the_page_s() -> None:
    found = extract(TWO_LINE_TITLE, published=None)
    assert [s.said_on for s in found] == ["2025-02-12"]


def test_the_article_s_day_is_the_bulleted_one_not_the_last_edit() -> None:
    from tracker.extract import read_meta

    assert read_meta(TWO_LINE_TITLE).published == datetime.date(2025, 2, 12)


# An embassy's copy of a Kremlin page cut after the first turn: one label, the note that
# the words were translated back


ONE_TURN = """\
Moscow: 11:05
London: 09:05

Presidents of Russia and Finland made statements for the press

Before their talks the two presidents made short statements for the press.

President of Finland Sauli Niinisto (retranslated): Thank you for coming to Helsinki. Our \
countries share a long border, and it is in the interest of both to keep it calm and open.
"""


def test_a_lone_label_noting_the_words_were_translated_is_a_turn() -> None:
    found = extract(ONE_TURN, published=datetime.date(2018, 7, 16))
    assert [(s.speaker, s.kind) for s in found] == [("Sauli Niinisto", "direct")]
    assert found[0].text.startswith("Thank you for coming to Helsinki")


def test_a_president_of_a_country_speaks_for_it_whatever_the_page_s_capital() -> None:
    found = extract(ONE_TURN, published=datetime.date(2018, 7, 16))
    assert [s.institution for s in found] == ["Finland"]


# A ministry's briefing transcript cut before the first question: the spokesperson's label
# alone, under a title that says it is a transcript


TRANSCRIPT_OPENING = """\
Transcript of Weekly Media Briefing by the Official Spokesperson (March 6, 2025)

Shri Vikram Rao, Official Spokesperson: Good afternoon. I have two announcements before we \
take questions.

The Prime Minister will travel to Mauritius next week as the chief guest of its National Day \
celebrations, and will hold talks with the leadership on maritime security and development \
partnership.
"""


def test_a_transcript_with_one_speaker_s_label_is_that_speaker_s() -> None:
    found = extract(TRANSCRIPT_OPENING, published=datetime.date(2025, 3, 6))
    assert [(s.speaker, s.said_on, s.kind) for s in found] == [
        ("Vikram Rao", "2025-03-06", "direct")
    ]
    assert "Mauritius" in found[0].text


# Reporters labelled by their own names, who introduce themselves and their outlets before
# asking; one follows up without a question mark


INTRODUCED = """\
Transcript of Weekly Media Briefing by the Official Spokesperson (March 13, 2025)

Shri Vikram Rao, Official Spokesperson: Good afternoon to all of you. I have no \
announcements today, so the floor is open.

Neha Kapoor: Sir, I am Neha Kapoor from the Daily Courier. Has the matter of the fishermen \
been taken up again with the other side? They were detained last month and are still not home.

Shri Vikram Rao, Official Spokesperson: We have taken it up at every level, and our mission \
is in touch with the families and with the local authorities.

Neha Kapoor: Sir, the families say they have heard nothing from the mission for two weeks.

Shri Vikram Rao, Official Spokesperson: Our officers met the fishermen last Friday, and we \
will share the details with the families directly.

Arjun Mehta: Arjun Mehta with Newsline. A follow-up on trade talks, which were due to resume \
this week.

Shri Vikram Rao, Official Spokesperson: The talks resume on Monday, and the negotiators \
will meet in New Delhi.
"""


def test_a_reporter_who_introduces_herself_with_her_outlet_asks_in_every_turn() -> None:
    found = extract(INTRODUCED, published=datetime.date(2025, 3, 13))
    assert {s.speaker for s in found} == {"Vikram Rao"}
    assert [s.text.split()[0] for s in found][-3:] == ["We", "Our", "The"]


# A noon briefing: the briefer speaks for the Secretary-General; "the Secretary-General said"
# in the briefer's news is the Secretary-General, not the one whose post names him


NOON = """\
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

The following is a near-verbatim transcript of today's noon briefing by Lena Brandt, \
Deputy Spokesperson for the Secretary-General.

Good afternoon.

**Sudan

This morning, the Secretary-General spoke by phone with the leaders of the two sides.

The fighting around El Fasher must stop at once, Amal Rahimi told them. The \
Secretary-General said that civilians must be free to leave the city.
"""


def test_the_secretary_general_is_not_the_spokesperson_for_the_secretary_general() -> None:
    found = extract(NOON, published=datetime.date(2024, 5, 14))
    relayed = [s for s in found if s.text.startswith("civilians")]
    assert [s.speaker for s in relayed] == ["Amal Rahimi"]


# A minister's own site: the host named in full at the first turn, by surname after; the
# minister by name and post, then by post alone


HOST_IN_FULL = """\
Lowy Lecture Series - Sydney - 04/04/2024

4 April 2024

Subjects: Pacific security; relations with China.

MICHAEL HARRINGTON: Minister, welcome back, and thank you for giving us an hour of your time \
in such a busy week.

PENNY WONG, FOREIGN MINISTER: It is good to be back, and good to see so many students in the \
room this evening.

HARRINGTON: Let me start with the Pacific. Are we losing ground to Beijing in the islands?

FOREIGN MINISTER: I do not accept that framing. We are a member of the Pacific family, and we \
are there for the long term, whatever others do.

HARRINGTON: And what would you say to those who think the aid budget is still too small?
"""


def test_a_host_named_in_full_once_and_by_surname_after_asks_under_both() -> None:
    found = extract(HOST_IN_FULL, published=datetime.date(2024, 4, 4))
    assert {s.speaker for s in found} == {"Penny Wong"}
    assert found[-1].text.startswith("I do not accept")


def test_a_place_among_the_subjects_is_not_where_the_page_is_from() -> None:
    text = HOST_IN_FULL.replace("Pacific security;", "Pacific security; Gaza ceasefire;")
    found = extract(text, published=datetime.date(2024, 4, 4))
    assert {s.institution for s in found} == {"Foreign Ministry"}


# A secretary's remarks with a visitor, under a headline in title case: "And" between the two,
# a name that opens on a letter outside ASCII


TITLE_CASE_AND = """\
Secretary Marco Rubio And Turkish Foreign Minister Hakan Fidan Before Their Meeting

SECRETARY RUBIO: Good morning. It is a pleasure to welcome my colleague to Washington, and \
to thank Türkiye for its work on the talks between Russia and Ukraine.

FOREIGN MINISTER FIDAN: Thank you, Marco. We have a long agenda today, from Syria to the \
situation in Gaza, and I look forward to our discussion.
"""


def test_a_title_case_and_between_two_people_names_two() -> None:
    found = extract(TITLE_CASE_AND, published=None)
    assert [s.speaker for s in found] == ["Marco Rubio", "Hakan Fidan"]


def test_a_name_opening_on_a_letter_outside_ascii_is_read_whole() -> None:
    text = TITLE_CASE_AND.replace("Hakan Fidan", "Ömer Çelik").replace("FIDAN", "ÇELIK")
    found = extract(text, published=None)
    assert [s.speaker for s in found] == ["Marco Rubio", "Ömer Çelik"]


# A mission's page: a title that names the occasion but no one, the speaker's name and post on
# lines of their own below it


BYLINE = """\
Explanation of Vote on a Resolution Renewing the Mandate of the Panel of Experts

Ambassador Dorothy Shea
Acting U.S. Representative to the United Nations
New York, New York
March 28, 2024


Thank you, Madam President. The United States voted in favor of this resolution because the \
panel's reports are the Council's best source of facts on sanctions evasion.
"""


def test_a_name_alone_below_a_title_without_one_is_the_speaker_s() -> None:
    found = extract(BYLINE, published=datetime.date(2024, 3, 28))
    assert [(s.speaker, s.said_on, s.kind) for s in found] == [
        ("Dorothy Shea", "2024-03-28", "direct")
    ]


# A mirror of a ministry's bilingual page that lost the colons: "Q" and "A" bare, the
# original of a question in its own script above the English


BARE_QA = """\
Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on June 3, 2024

Q The Philippines said its coast guard will keep patrolling near the shoal. What is \
China's response?
A China's position on the South China Sea is consistent and clear. We urge the Philippine \
side to stop its provocations and return to dialogue.
\u4f60\u600e\u4e48\u770b\u5f85\u8fd9\u4e2a\u95ee\u9898\uff1f
Q How do you see the outcome of the security forum held in Singapore last weekend?
A The forum should be a platform for dialogue, not for stoking confrontation between blocs.
"""


def test_a_bare_a_below_a_bare_q_answers() -> None:
    found = extract(BARE_QA, published=datetime.date(2024, 6, 3))
    assert [(s.speaker, s.text.split()[0]) for s in found] == [
        ("Lin Jian", "China's"),
        ("Lin Jian", "The"),
    ]


def test_a_line_in_another_script_is_no_part_of_the_english_answer() -> None:
    found = extract(BARE_QA, published=datetime.date(2024, 6, 3))
    assert found[0].text.endswith("return to dialogue.")


# A press club's copy of doorstep remarks: the title under the meeting's name and a colon;
# another doorstep that opens straight on a question


SECTION_TITLE = """\
Press Releases

Foreign Affairs Council: Remarks by High Representative/Vice-President Kaja Kallas upon arrival

Good morning. Today the ministers will discuss how to keep up the pressure on Russia, and \
the sixteenth package of sanctions is on the table.

Q. Will Hungary lift its veto today?

I hope so. Every country has its concerns, but in the end we have always found unity.
"""


def test_a_title_under_a_section_name_and_a_colon_is_no_turn() -> None:
    found = extract(SECTION_TITLE, published=datetime.date(2025, 2, 24))
    assert [(s.speaker, s.text.split()[0]) for s in found] == [
        ("Kaja Kallas", "Good"),
        ("Kaja Kallas", "I"),
    ]


DOORSTEP_ON_A_QUESTION = """\
Remarks by High Representative Kaja Kallas upon arrival at the Foreign Affairs Council

Q. Will the ministers agree today on the use of the frozen Russian assets?

We will discuss it, but I do not expect a decision today. Several member states still have \
legal concerns that we have to answer first.

Q. And on Georgia, will there be sanctions against the ruling party?

The proposal is on the table. It needs unanimity, and we do not have it yet.
"""


def test_a_doorstep_that_opens_on_a_question_is_answered_by_the_one_the_title_names() -> None:
    found = extract(DOORSTEP_ON_A_QUESTION, published=datetime.date(2025, 1, 27))
    assert [(s.speaker, s.text.split()[0]) for s in found] == [
        ("Kaja Kallas", "We"),
        ("Kaja Kallas", "The"),
    ]


# A broadcaster's rush transcript: lines broken inside a sentence, a blank line between


BROKEN_LINES = """\
Return to Transcripts main page

Aired March 3, 2025 - 14:00   ET

THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.

JANE ROSS, HOST: Foreign Minister, welcome to the program. Will your government send troops \
to the border?

PETER OKAFOR, FOREIGN MINISTER: We have no plans to send troops, and we believe that

the regional mediators asked for more time before anyone talks of force.
"""


def test_a_line_broken_inside_a_sentence_continues_the_turn() -> None:
    found = extract(BROKEN_LINES, published=datetime.date(2025, 3, 3))
    assert [s.speaker for s in found] == ["Peter Okafor"]
    assert found[0].text.endswith("talks of force.")


# A president's annual news conference: the press secretary gives the floor, reporters are
# labelled by name only and say that they ask, though the question may end without a mark


SAYS_IT_ASKS = """\
Annual news conference of the President

December 19, 2024, Moscow

President Anton Belov: Good afternoon, colleagues. Let us not waste time on a long \
introduction and go straight to your questions.

Irina Sokolova: Thank you, Mr President. My question is about prices, which have risen \
faster this year than anyone expected, and people would like to know when that will end.

President Anton Belov: The central bank expects inflation to slow down in the second half of \
next year, and the government has a plan to support the poorest families until then.

Oleg Marchenko: Good afternoon. I would like to ask about the roads in our region, which \
were promised to be repaired three years ago.

President Anton Belov: I know about this, and the governor will report to me on it before \
the end of January.
"""


def test_a_reporter_who_says_it_is_a_question_asks() -> None:
    found = extract(SAYS_IT_ASKS, published=datetime.date(2024, 12, 19))
    assert {s.speaker for s in found} == {"Anton Belov"}
    assert [s.text.split()[0] for s in found][-2:] == ["The", "I"]


# A transcription service's briefing: the time marked on lines of its own inside a turn


STAMPED = """\
State Department Press Briefing on 3/10/25

Tammy Bruce (00:00):

Good afternoon. I have one announcement before we turn to your questions.

(00:09)
Today the United States is designating the leaders of two armed groups in eastern Congo, \
whose attacks on civilians have forced hundreds of thousands from their homes.

(00:31)
These designations freeze any assets the leaders hold under US jurisdiction and bar them \
from entering the country.

Shaun (00:44):

Are more designations coming?

Tammy Bruce (00:47):

I have nothing to preview today.

Shaun (00:50):

And on the talks in Doha?
"""


def test_a_time_stamp_on_its_own_line_does_not_split_a_turn() -> None:
    found = extract(STAMPED, published=datetime.date(2025, 3, 10))
    assert [s.speaker for s in found] == ["Tammy Bruce", "Tammy Bruce"]
    assert "designating" in found[0].text and found[0].text.endswith("entering the country.")


def test_a_dash_and_a_stage_direction_are_no_words_of_a_turn() -> None:
    text = (
        "Department Press Briefing - March 4, 2025\n\n"
        "MS BRUCE: Good afternoon. I have nothing at the top, so let us go to questions.\n\n"
        "QUESTION: Can I start with Ukraine?\n\n"
        "MS BRUCE: Go – go ahead. You're fine. (Laughter.)\n\n"
        "QUESTION: Is the pause in intelligence sharing still in place?\n\n"
        "MS BRUCE: I would refer you to the White House on that, and I will not go further "
        "than what the President has said.\n"
    )
    found = extract(text, published=datetime.date(2025, 3, 4))
    assert not any(s.text.startswith("Go \u2013") for s in found)


# A ministry's transcript that labels the answers by post and never names the holder: the
# questions hold reported speech, which is no one's statement here


POST_ONLY = """\
Transcript of the Foreign Secretary's media interaction

March 2, 2015

Question: Islamabad has proposed new dates for the talks on the river waters. When will \
India respond?

Foreign Secretary: We are studying the proposal and will respond through the usual channels \
in due course.

Question: The Chinese side said yesterday that the boundary talks have made progress. Do you \
agree with that assessment?

Foreign Secretary: The talks were constructive, and both sides agreed to meet again soon.
"""


def test_questions_to_a_post_never_named_yield_no_statements() -> None:
    found = extract(POST_ONLY, published=datetime.date(2015, 3, 2))
    assert not any(s.text.startswith(("new dates", "the boundary talks")) for s in found)


def test_a_minister_for_foreign_affairs_speaks_for_the_foreign_ministry() -> None:
    found = extract(OPENING_ONLY, published=datetime.date(2008, 6, 3))
    assert [s.institution for s in found] == ["Foreign Ministry"]


def test_a_sentence_s_as_is_no_part_of_the_title_after_it() -> None:
    text = (
        "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 5, 2025\n\n"
        "Xinhua News Agency: The government work report was delivered this morning. What is "
        "your comment?\n\n"
        "Lin Jian: As Premier Li Qiang said in the report this morning, China will keep its "
        "door open wider to the world.\n\n"
        "Premier Li Qiang stressed that China will stay committed to high-standard opening up "
        "and will welcome foreign businesses.\n"
    )
    found = extract(text, published=datetime.date(2025, 3, 5))
    assert {s.role for s in found if s.speaker == "Li Qiang"} == {"Premier"}


# An embassy's copy of a ministry's daily briefing: the title broken after its "by", the
# spokesperson unnamed and after the ministry; questions marked "Q -", answers unlabelled


BROKEN_TITLE = """\
Daily Press Briefing

Statements made by
the Ministry of Foreign Affairs Spokesperson

(Paris, March 12, 2009)

Q - The Serbian foreign minister said yesterday that his country would never recognize \
Kosovo. What is France's reaction?

France's position is well known: the independence of Kosovo is irreversible, and we call on \
all parties to work for stability in the region.
"""


def test_a_title_broken_after_its_by_names_the_spokesperson_s_ministry() -> None:
    found = extract(BROKEN_TITLE, published=datetime.date(2009, 3, 12))
    assert [(s.speaker, s.said_on) for s in found] == [("French Foreign Ministry", "2009-03-12")]
    assert found[0].text.startswith("France's position")


# A magazine's interview excerpts: the introduction says who spoke with whom, the questions
# are marked "Q.", the answers stand unlabelled below them


EXCERPTS = """\
'We Are Not in a Hurry'

Foreign Minister Aigerim Sultanova spoke with the Weekly Review's Tom Hale in Vienna on \
Tuesday about the pipeline talks. Excerpts:

Q. Will the agreement be signed before the summer?

We are not in a hurry. A good agreement matters more than a fast one, and several questions \
on the tariffs are still open.

Q. Are you worried that the other side will walk away?

No one walks away from a project of this size. Both sides need it, and both sides know it.
"""


def test_an_interview_announced_in_a_sentence_is_answered_below_its_q_marks() -> None:
    found = extract(EXCERPTS, published=datetime.date(2025, 5, 2))
    assert [(s.speaker, s.text.split()[0]) for s in found] == [
        ("Aigerim Sultanova", "We"),
        ("Aigerim Sultanova", "No"),
    ]


# A radio network's full transcript that names the speakers at the first exchange only


FIRST_EXCHANGE_LABELLED = """\
Transcript: Our Full Interview With Foreign Minister Omar Haddad

Maya Ellis: You said this week that the border will stay open. Can you promise that?

Foreign Minister Omar Haddad: I can promise that we will do everything to keep it open, \
because thousands of families depend on it every day.

The decision is not ours alone. Our neighbours have to play their part as well.

Will you close it if the attacks continue?

We will protect our citizens, and we will do it within the law, but closing the border would \
punish the wrong people.
"""


def test_an_unlabelled_question_between_the_guest_s_paragraphs_is_no_part_of_the_answer() -> None:
    found = extract(FIRST_EXCHANGE_LABELLED, published=datetime.date(2025, 6, 1))
    assert [s.speaker for s in found] == ["Omar Haddad", "Omar Haddad"]
    assert found[0].text.endswith("play their part as well.")
    assert found[1].text.startswith("We will protect")
