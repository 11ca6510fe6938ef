"""Briefing and press-conference pages, and wire copy of spokesmen's calls, from a third
fresh blind set of transcripts (issue 8).

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A Thursday.
PUBLISHED = datetime.date(2025, 3, 13)


def _by_text(found, start):
    return [s for s in found if s.text.startswith(start)]


# A spokesman's call told without a day, then an event "scheduled for" a weekday: the day
# is the event's, still to come, and dates none of his words.
SCHEDULED_FOR = """\
ROME, March 13. The government has no intention of recalling its envoy, Foreign Ministry \
spokeswoman Giulia Moretti told journalists.

"The ambassador stays where he is," she said.

Moretti also spoke about the signing ceremony scheduled for Monday with the Albanian \
delegation. She said the agenda of the minister remains the same.
"""


def test_a_day_an_event_is_scheduled_for_dates_no_words() -> None:
    found = extract(SCHEDULED_FOR, published=PUBLISHED)
    said = _by_text(found, "The ambassador stays")
    assert said and said[0].speaker == "Giulia Moretti"
    assert said[0].said_on != "2025-03-10"
    agenda = _by_text(found, "the agenda of the minister")
    assert agenda and agenda[0].said_on != "2025-03-10"


# A day inside what a spokesman was asked about belongs to that thing, not to his answer,
# nor to the words of his told before it.
ASKED_ABOUT_A_DAY = """\
ROME, March 13. The government has no intention of recalling its envoy, Foreign Ministry \
spokeswoman Giulia Moretti told journalists.

"The ambassador stays where he is," she said.

Asked about the communique released on Sunday by the Serbian side, the spokeswoman said \
that "nothing in it surprises us."
"""


def test_a_day_inside_what_was_asked_about_dates_no_answer() -> None:
    found = extract(ASKED_ABOUT_A_DAY, published=PUBLISHED)
    for start in ("The ambassador stays", "nothing in it surprises"):
        said = _by_text(found, start)
        assert said and said[0].speaker == "Giulia Moretti"
        assert said[0].said_on != "2025-03-09"


# A briefing's section heading in capitals that puts an official in a city: the city is
# no one's name.
HEADING_WITH_A_PLACE = """\
Noon Briefing Highlights

HIGH COMMISSIONER IN GENEVA

Opening the council session this morning, the High Commissioner said that the budget \
cuts had forced his office to close four field missions.
"""


def test_a_place_in_a_heading_in_capitals_is_no_speaker() -> None:
    said = _by_text(extract(HEADING_WITH_A_PLACE, published=PUBLISHED), "the budget cuts")
    assert said and "geneva" not in (said[0].speaker or "").lower()


# A summary of a briefing under its presenter's byline, with the post in capitals: "the
# High Commissioner" is not the spokesperson for the High Commissioner.
BYLINE_THEN_POST = """\
Briefing Notes

By Ravina Shamdasani, Spokesperson for the High Commissioner
Thursday, 13 March 2025

Opening the council session this morning, the High Commissioner said that the budget \
cuts had forced his office to close four field missions.
"""


def test_a_post_is_not_the_one_whose_byline_speaks_for_it() -> None:
    said = _by_text(extract(BYLINE_THEN_POST, published=PUBLISHED), "the budget cuts")
    assert said and said[0].speaker != "Ravina Shamdasani"


# "the Secretary-General said ...", then "He urged ...": the pronoun goes on with the post
# no name resolves, not with a person named as a subject before it.
POST_THEN_HE = """\
Deputy spokesman Jan Olsen opened the briefing in New York.

Addressing the summit this morning, the Secretary-General said that the budget cuts had \
forced four field missions to close. He urged member states to pay their dues in full.
"""


def test_he_after_a_post_no_name_resolves_goes_on_with_the_post() -> None:
    found = extract(POST_THEN_HE, published=PUBLISHED)
    urged = [s for s in found if "pay their dues" in s.text]
    assert urged and urged[0].speaker != "Jan Olsen"


# A spokesperson's answer that goes on to relay what named people said at talks: their
# words are theirs, not the spokesperson's.
RELAY_INSIDE_AN_ANSWER = """\
Foreign Ministry Spokesperson Zhao Lan's Regular Press Conference on March 13, 2025

Phoenix TV: Vice Premier Ding met the Kenyan president yesterday. Can you share more?

Zhao Lan: We have issued a press release on the meeting. Vice Premier Ding Xuexiang \
said that the two countries should expand cooperation on railways and ports. President \
William Ruto said that Kenya welcomes more Chinese investment in its factories.

Reuters: Will the railway loan be restructured?

Zhao Lan: I would refer you to the competent authorities for the details of that.
"""


def test_a_named_person_s_words_relayed_in_an_answer_are_his() -> None:
    found = extract(RELAY_INSIDE_AN_ANSWER, published=PUBLISHED)
    ports = _by_text(found, "the two countries should expand")
    assert ports and ports[0].speaker == "Ding Xuexiang"
    factories = _by_text(found, "Kenya welcomes more Chinese")
    assert factories and factories[0].speaker == "William Ruto"


# A press secretary's answer that opens by telling what the prime minister said, and goes
# on with "He also ...": both are the prime minister's.
ANSWER_OPENS_WITH_A_RELAY = """\
Press Conference by Press Secretary SUZUKI Ren

Thursday, March 13, 2025, 4:00 p.m. Ministry of Foreign Affairs

Ms. Park, KBS: What did the Prime Minister say to the visiting delegation?

Press Secretary SUZUKI: Prime Minister Ishiba said that the two countries share a \
responsibility for the safety of the sea lanes. He also emphasized that the coast guards \
should hold regular drills.
"""


def test_an_answer_that_opens_by_relaying_a_named_leader_is_his() -> None:
    found = extract(ANSWER_OPENS_WITH_A_RELAY, published=PUBLISHED)
    # (the answer itself, whole, is the press secretary's; the words it relays, Ishiba's)
    lanes = [s for s in found if s.text.startswith("the two countries share")]
    assert lanes and lanes[0].speaker == "Ishiba"
    drills = [s for s in found if s.text.startswith("the coast guards")]
    assert drills and drills[0].speaker == "Ishiba"


# "Next Monday marks ...": a day still to come, which dates no words told near it.
NEXT_WEEKDAY = """\
**Yemen

Next Tuesday marks ten years since the start of the conflict. The Special Envoy, Omar \
Haddad, said in a statement that the parties had let down a generation of children.
"""


def test_next_weekday_is_a_day_still_to_come() -> None:
    said = _by_text(extract(NEXT_WEEKDAY, published=PUBLISHED), "the parties had let down")
    assert said and said[0].said_on not in ("2025-03-11", "2025-03-18")


# A noon briefing page: the spokesman's opening set out under headings, unlabelled, then
# "Questions and Answers" with his turns labelled by his post; an envoy quoted in the
# opening with her title set off by commas; the press page's closing disclaimer.
NOON_BRIEFING = """\
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

13 March 2025

The following is a near-verbatim transcript of today's noon briefing by Karin Lund, \
Spokesperson for the Secretary-General.

**Lebanon

The Secretary-General welcomes the formation of the new government in Beirut and looks \
forward to working closely with it.

**Libya

Talks between the rival delegations resumed in Geneva. Hanna Tetteh, the Special \
Representative for Libya, told reporters this morning that both sides had agreed on a \
timetable for the elections.

**Questions and Answers

Spokesperson: Yes, Pam.

Question: Will the Secretary-General travel to Beirut?

Spokesperson: There are no travel plans to announce at this point, but he will be \
speaking to the new prime minister by phone in the coming days.

For information media. Not an official record.
"""


def test_a_noon_briefing_s_headed_opening_is_the_spokesperson_s() -> None:
    found = extract(NOON_BRIEFING, published=PUBLISHED)
    opening = [s for s in found if "formation of the new government" in s.text]
    assert opening and opening[0].speaker == "Karin Lund"


def test_an_envoy_quoted_in_the_opening_with_her_title_set_off_speaks_herself() -> None:
    # guard: before the opening was the spokesperson's, all of it was read as news
    found = extract(NOON_BRIEFING, published=PUBLISHED)
    timetable = [s for s in found if s.text.startswith("both sides had agreed")]
    assert timetable and timetable[0].speaker == "Hanna Tetteh"


def test_the_press_page_s_disclaimer_is_no_statement() -> None:
    found = extract(NOON_BRIEFING, published=PUBLISHED)
    assert not [s for s in found if "official record" in s.text]


# A briefer's sources: "our humanitarian colleagues" are no one to record; "our colleagues
# at" an agency give the agency's word.
OUR_COLLEAGUES = """\
UN Press

Noon Briefing Highlights

Our humanitarian colleagues tell us that two aid convoys reached Kadugli over the weekend. \
Our colleagues at the World Food Programme say that stocks in the camps will run out by May.
"""


def test_our_colleagues_are_no_speaker_and_our_colleagues_at_an_agency_are_the_agency() -> None:
    found = extract(OUR_COLLEAGUES, published=PUBLISHED)
    assert not [s for s in found if "convoys reached" in s.text]
    stocks = [s for s in found if s.text.startswith("stocks in the camps")]
    assert stocks and stocks[0].speaker == "World Food Programme"


# A briefing page whose navigation links to the briefings of the days before, each title
# with its date, above the page's own title and its posting stamp.
LINKS_TO_OTHER_BRIEFINGS = """\
Spokesperson's Remarks
Previous: Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on March 12, 2025
Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on March 11, 2025

Foreign Ministry Spokesperson Guo Jiakun's Regular Press Conference on March 13, 2025

2025-03-13 19:10

EFE: Spain's king will visit China next month. Can you confirm?

Guo Jiakun: We will release information in due course. China and Spain enjoy a \
comprehensive strategic partnership, and we stand ready to deepen practical cooperation.
"""


def test_the_page_s_own_title_dates_a_briefing_not_a_link_above_it() -> None:
    said = _by_text(extract(LINKS_TO_OTHER_BRIEFINGS, published=PUBLISHED), "We will release")
    assert said and said[0].speaker == "Guo Jiakun"
    assert said[0].said_on == "2025-03-13"


# "Answering a question about the remarks made last Thursday by ...": the day is the
# remarks', asked about; the spokesman's words are of the day the lead gives.
ANSWERING_A_QUESTION_ABOUT = """\
ROME, March 13. The government sees no reason to change its position, Foreign Ministry \
spokeswoman Giulia Moretti said on Thursday.

Answering a question about the remarks made last Monday by the Hungarian premier, the \
spokeswoman noted that Budapest "speaks only for itself."
"""


def test_a_day_in_the_question_answered_dates_no_answer() -> None:
    said = _by_text(extract(ANSWERING_A_QUESTION_ABOUT, published=PUBLISHED), "Budapest")
    assert said and said[0].speaker == "Giulia Moretti"
    assert said[0].said_on == "2025-03-13"


# A meeting's transcript whose label gives a minister's portfolio as a list, with commas,
# before his name.
PORTFOLIO_LISTED_IN_A_LABEL = """\
Meeting on the spring floods

March 13, 2025 15:00 The Kremlin, Moscow

President of Russia Vladimir Putin: Good afternoon, colleagues. Let us begin with the \
situation in the Kurgan Region.

Minister of Natural Resources, Ecology and Water Management Pavel Sorokin: Mr President, \
the water level in the Tobol River has begun to fall, and the dams are holding.
"""


def test_a_label_with_a_listed_portfolio_names_the_minister() -> None:
    found = extract(PORTFOLIO_LISTED_IN_A_LABEL, published=PUBLISHED)
    dams = [s for s in found if "the dams are holding" in s.text]
    assert dams and dams[0].speaker == "Pavel Sorokin"


# Japanese copy calls the Chief Cabinet Secretary "the top government spokesman".
TOP_GOVERNMENT_SPOKESMAN = """\
TOKYO, March 13 (Kyodo) -- Japan will send a survey team to the disputed waters, Chief \
Cabinet Secretary Yoshimasa Hayashi said Thursday.

The top government spokesman said the team would leave next week and report to the \
prime minister by the end of the month.
"""


def test_the_top_government_spokesman_is_the_chief_cabinet_secretary() -> None:
    said = _by_text(extract(TOP_GOVERNMENT_SPOKESMAN, published=PUBLISHED), "the team would")
    assert said and said[0].speaker == "Yoshimasa Hayashi"


# "(Interpretation)" after a label: how the words reached the page, no part of them.
INTERPRETATION_NOTE = """\
Japan-Chile Foreign Ministers' Joint Press Conference

March 13, 2025

Moderator: We will now begin the joint press conference.

Minister Iwaya: (Interpretation) We agreed to start negotiations on a new agreement on \
critical minerals and to expand student exchanges between our countries.
"""


def test_an_interpretation_note_after_the_label_is_no_part_of_the_words() -> None:
    found = extract(INTERPRETATION_NOTE, published=PUBLISHED)
    minerals = [s for s in found if "critical minerals" in s.text]
    assert minerals and minerals[0].text.startswith("We agreed")


# A briefer managing the floor: asking for a moment, promising to come back, missing a
# question, asking for it again. None of it is a position.
FLOOR_MANAGEMENT = """\
Department Press Briefing - March 13, 2025

Tammy Bruce, Department Spokesperson
Washington, D.C.

MS BRUCE: Sorry, just a second. Janne, I'll come back to you.

QUESTION: (Off-mike.)

MS BRUCE: Sorry, I couldn't hear the first part.

QUESTION: On Sudan. Will there be new sanctions?

MS BRUCE: Could you repeat the question?

QUESTION: New sanctions on Sudan?

MS BRUCE: We are reviewing all the tools at our disposal, and we will hold accountable \
those who block humanitarian access in Darfur.
"""


def test_floor_management_turns_are_no_statements() -> None:
    found = extract(FLOOR_MANAGEMENT, published=PUBLISHED)
    assert [s.text[:18] for s in found] == ["We are reviewing a"]


# A spokesperson who relays a named person's words to rebut them: the answer is hers, whole.
RELAY_THEN_REBUTTAL = """\
Foreign Ministry Spokesperson Zhao Lan's Regular Press Conference on March 13, 2025

AFP: Do you have a comment on the remarks by the Australian defence minister?

Zhao Lan: Defence Minister Richard Marles said that China's naval drills were unsafe. \
This is a groundless accusation. The drills complied fully with international law.
"""


def test_a_relay_answered_in_the_briefer_s_own_voice_stays_her_answer() -> None:
    # guard for the relays handed to the news above (passes on main, which hands none)
    found = extract(RELAY_THEN_REBUTTAL, published=PUBLISHED)
    answer = [s for s in found if "groundless accusation" in s.text]
    assert answer and answer[0].speaker == "Zhao Lan"
    assert answer[0].text.startswith("Defence Minister Richard Marles said")


# A site's menu above the story: its links ("Press Releases") are no one "he" can be.
MENU_ABOVE = """\
UN News | Meetings Coverage and Press Releases

The Secretary-General is following the reports from the border with concern. He \
reiterated his call on all parties to exercise maximum restraint.
"""


def test_words_of_a_menu_line_are_no_person() -> None:
    found = extract(MENU_ABOVE, published=PUBLISHED)
    restraint = [s for s in found if "maximum restraint" in s.text]
    assert not restraint or "Releases" not in (restraint[0].speaker or "")


# "dismissed a statement issued on Friday by ...": Friday is when the statement was issued;
# the spokesman's words are of the briefing.
STATEMENT_ISSUED_ON = """\
ANKARA, March 13 (AA) - Türkiye's Foreign Ministry spokesman Oncu Keceli on Thursday \
rejected a declaration issued on Monday by the Greek Cypriot administration as void.
"""

OWN_STATEMENT_ISSUED_ON = """\
ANKARA, March 13 (AA) - Foreign Ministry spokesman Oncu Keceli said in a statement \
issued on Tuesday that the talks would resume in Geneva.
"""


def test_a_day_a_thing_talked_about_was_issued_is_not_the_words_day() -> None:
    said = [s for s in extract(STATEMENT_ISSUED_ON, published=PUBLISHED) if "void" in s.text]
    assert said and said[0].said_on == "2025-03-13"
    assert "issued on Monday" in said[0].text


def test_the_day_of_the_speaker_s_own_statement_dates_the_words() -> None:
    # guard: "said in a statement issued on Tuesday"
    said = _by_text(extract(OWN_STATEMENT_ISSUED_ON, published=PUBLISHED), "the talks would")
    assert said and said[0].said_on == "2025-03-11"


# A mission's remarks page under the site's name and menu: the title, then the speaker on a
# line of his own.
REMARKS_UNDER_A_MENU = """\
Permanent Mission of Ireland to the United Nations
Home | Statements | Security Council

Remarks at the Security Council Open Debate on Children and Armed Conflict

Ambassador Fergal Mythen
New York
13 March 2025

Thank you, President. Children in conflict zones are being killed and maimed at a rate \
we have not seen in a decade, and those responsible must be held to account.
"""


def test_a_remarks_page_under_a_site_menu_is_the_speaker_s() -> None:
    found = extract(REMARKS_UNDER_A_MENU, published=PUBLISHED)
    children = [s for s in found if "killed and maimed" in s.text]
    assert children and children[0].speaker == "Fergal Mythen"


# A government speech page whose kind line ("Speech") stands below the site's menu.
SPEECH_UNDER_A_MENU = """\
Cookies on this site
Home > Government > World

Speech
Minister's speech to the Pacific Islands Forum

From: Foreign Office and The Rt Hon Jane Carter MP
Delivered on: 12 March 2025

Thank you, Chair. The ocean is our shared home, and we will double our climate finance \
for the Pacific over the next three years.
"""


def test_a_speech_page_below_a_site_menu_is_the_minister_s() -> None:
    found = extract(SPEECH_UNDER_A_MENU, published=PUBLISHED)
    ocean = [s for s in found if "climate finance" in s.text]
    assert ocean and ocean[0].speaker == "Jane Carter"


# "..., state news agency RIA Novosti reported": the agency relays the Kremlin's words; it
# is no one who speaks.
AGENCY_OF_TWO_WORDS = """\
The Kremlin on Thursday said there were no plans for a summit with the European Union, \
state news agency RIA Novosti reported.
"""


def test_a_news_agency_named_in_two_words_relays_and_does_not_speak() -> None:
    found = extract(AGENCY_OF_TWO_WORDS, published=PUBLISHED)
    summit = [s for s in found if "no plans for a summit" in s.text]
    assert summit and summit[0].speaker == "Kremlin"


# An interview's transcript posted the day after it aired: "was interviewed on Sunday".
INTERVIEWED_ON_A_DAY = """\
Minister Ana Kovac's interview for HRT

13.03.2025

Foreign Minister Ana Kovac was interviewed on Tuesday by HRT in the programme "Open". \
Below is the transcript of the interview.

Tomislav Horvat: Minister, will the border crossings reopen this month?

Ana Kovac: They will reopen on the first of April, once the new equipment is installed \
and the staff have been trained.
"""


def test_an_interview_posted_later_is_dated_by_its_own_day() -> None:
    found = extract(INTERVIEWED_ON_A_DAY, published=PUBLISHED)
    said = _by_text(found, "They will reopen")
    assert said and said[0].speaker == "Ana Kovac"
    assert said[0].said_on == "2025-03-11"


# "I welcome ..." takes a position; "welcome" is a greeting only as one.
SHORT_WELCOME = """\
Joint press conference after the Baltic-Nordic consultations

Riga, 13 March 2025

Moderator: Welcome, everyone. The floor is first to the Secretary General.

Secretary General Mark Rutte (via video link): I welcome this agreement on the joint patrols.
"""


def test_a_short_turn_that_welcomes_an_agreement_is_a_statement() -> None:
    found = extract(SHORT_WELCOME, published=PUBLISHED)
    assert [s.speaker for s in found] == ["Mark Rutte"]


# "The Manila Times, a daily close to the ruling party, reported ... It said ...": "it" is
# the outlet, which reports and says nothing of its own.
IT_AFTER_AN_OUTLET = """\
MANILA, March 13 (Reuters) - The Coast Guard has been put on alert, the Philippine \
Information Agency said. The Manila Times, a daily close to the ruling party, reported on \
Wednesday that the navy had also been told to prepare. It said the patrols would continue \
through April.
"""


def test_it_after_an_outlet_reporting_is_no_speaker() -> None:
    found = extract(IT_AFTER_AN_OUTLET, published=PUBLISHED)
    assert not [s for s in found if "patrols would continue" in s.text and s.speaker]


# A wire lead that gives a state's post, then the name just after with no post of its own.
LEAD_POST_NAMED_NEXT = """\
ANKARA, March 13 (Reuters) - Turkey's foreign minister on Thursday urged Russia and \
Ukraine to return to talks in Istanbul.

Hakan Fidan was speaking at a news conference with his Qatari counterpart. He said Ankara \
was ready to host both delegations at short notice.
"""


def test_a_lead_s_post_is_the_one_named_just_after() -> None:
    found = extract(LEAD_POST_NAMED_NEXT, published=PUBLISHED)
    talks = [s for s in found if "return to talks" in s.text]
    assert talks and talks[0].speaker == "Hakan Fidan"


# Interfax's English dateline: place, day and month, then the agency in capitals and a
# dash. The dateline is no part of the words.
AGENCY_AFTER_THE_DATE = """\
Kyiv. 13 March. INTERFAX-UKRAINE - Ukraine is ready for an energy truce, Foreign \
Minister Andrii Sybiha told journalists on Thursday.
"""

AGENCY_IN_CAPITALS_AFTER_THE_DATE = """\
Moscow. 13 March. INTERFAX - There will be no new talks this month, Deputy Foreign \
Minister Sergei Ryabkov told journalists on Thursday.
"""


def test_an_agency_in_capitals_after_the_dateline_s_date_is_no_part_of_the_words() -> None:
    said = extract(AGENCY_IN_CAPITALS_AFTER_THE_DATE, published=PUBLISHED)
    assert said and said[0].text.startswith("There will be no new talks")
    said = extract(AGENCY_AFTER_THE_DATE, published=PUBLISHED)
    assert said and said[0].text.startswith("Ukraine is ready")


# A press availability's moderator: opening the floor, then giving it to reporters named
# with their outlets. None of it is a statement.
MODERATOR_GIVES_THE_FLOOR = """\
Secretary Jane Roe at a Press Availability

REMARKS
JANE ROE, SECRETARY OF STATE
OTTAWA, CANADA
MARCH 13, 2025

SECRETARY ROE: Good evening. The ministers agreed today to coordinate their export \
controls on critical minerals.

MS BRUCE: Thank you, Madam Secretary. We'll take a few questions. First question goes to \
Daphne Psaledakis of Reuters.

QUESTION: Madam Secretary, will the controls apply to allies?

SECRETARY ROE: They will apply to every country that does not share our standards.

MS BRUCE: Next question, Michael Crowley of The New York Times.
"""


def test_a_moderator_giving_the_floor_says_nothing() -> None:
    found = extract(MODERATOR_GIVES_THE_FLOOR, published=PUBLISHED)
    assert {s.speaker for s in found} == {"Jane Roe"}


# The EU's doorstep page under the site's breadcrumb: its title ("Council: Doorstep by X")
# holds a colon, which is no turn's label.
DOORSTEP_UNDER_A_BREADCRUMB = """\
EEAS > Press material

Foreign Affairs Council: Doorstep by High Representative Kaja Kallas upon arrival

Brussels, 13.03.2025

Check against delivery!

Good morning. Today the ministers will discuss a new package of sanctions, and I expect \
an agreement before the summer.

Q. Will Hungary block it?

We need unanimity, and we are working with every member state to reach it.
"""


def test_a_doorstep_page_below_a_breadcrumb_is_the_high_representative_s() -> None:
    found = extract(DOORSTEP_UNDER_A_BREADCRUMB, published=PUBLISHED)
    assert [s.speaker for s in found] == ["Kaja Kallas", "Kaja Kallas"]


def test_only_a_short_line_is_read_as_a_menu_or_a_heading() -> None:
    # a name in a line of prose thousands of characters long is read without copying the
    # line for each name (the cost would grow with the square of the text)
    from tracker.extract.coref import _in_menu_line, _short_line

    menu = "Home > Newsroom > Statements\n"
    assert _in_menu_line(menu, menu.index("Newsroom"))
    prose = "The talks went on. " * 200 + "Home > Newsroom" + " and on." * 200
    assert _short_line(prose, prose.index("Newsroom")) is None
    assert not _in_menu_line(prose, prose.index("Newsroom"))
