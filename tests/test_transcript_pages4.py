"""Yet more transcript layouts: a transcription service's label by the given name alone
above an empty turn of the room, a parliament site's member lines followed by its links,
and labels whose names hold capitals outside Latin-1 or lower-case particles.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A transcription service's page of a briefing: the title names the press secretary in full,
# the labels call her by her given name, stamped with the time; the room's answer to her
# greeting is a label with no words below it.

GIVEN_NAME = """\
Jun 3, 2024

Press Briefing by Press Secretary Dana Whitford 5/31/24

Dana Whitford holds the White House press briefing on 5/31/24. Read the transcript here.

Dana (00:03):

Hello, hello. It is a Friday, so I will keep it short. How is everyone doing today?

Audience (00:09):


Dana (00:10):

Good. So let me walk you through the week ahead before I take your questions.

The President travels to Normandy on Wednesday to mark the anniversary of the landings and \
to meet the leaders who gather there.
"""


def test_a_label_by_the_given_name_alone_is_the_one_the_title_names() -> None:
    found = extract(GIVEN_NAME, published=datetime.date(2024, 6, 3))
    assert {(s.speaker, s.said_on) for s in found} == {("Dana Whitford", "2024-05-31")}
    texts = [s.text for s in found]
    assert any(t.startswith("Good. So let me walk you through") for t in texts)


# A parliamentary debates site's page of question time: each member on a line of their own
# with seat, party and post in one bracket, the site's links run on after it, the clock on a
# line between turns; the member asking says whom the question is to, the Speaker keeps order.

DEBATES_SITE = """\
House debates
Wednesday, 12 June 2024
Questions without Notice
Pacific Islands: Security
2:21 pm
Jenny Marsh (Hume, Liberal Party, Shadow Minister for Foreign Affairs) \
Share this | Link to this | Hansard source
My question is to the Prime Minister. The Solomon Islands has just signed a new policing deal with \
Beijing. When did the government first learn of it.
2:22 pm
Photo of Tom AshdownTom Ashdown (Fremantle, Australian Labor Party, Prime Minister) \
Share this | | Hansard source
Our government has been in the Pacific more often in two years than the other side managed in \
nine. We learnt of the talks some weeks ago and we raised our concerns directly with Honiara.
Kate Pryor (Speaker) Share this | Link to this | Hansard source
Order! The member for Hume will come to order.
Tom Ashdown (Fremantle, Australian Labor Party, Prime Minister) \
Share this | Link to this | Hansard source
We will remain the partner of first choice for our neighbours, and we will keep saying so.
"""


def test_a_debates_site_names_each_member_above_the_words() -> None:
    found = extract(DEBATES_SITE, published=datetime.date(2024, 6, 12))
    assert {(s.speaker, s.role) for s in found} == {("Tom Ashdown", "Prime Minister")}
    texts = [s.text for s in found]
    assert len(texts) == 2
    assert texts[0].startswith("Our government has been in the Pacific")
    assert texts[1].startswith("We will remain the partner")


# A foreign ministry's transcript of a television interview: the host is named once beside the
# part played ("(Interviewer)", or "Presenter (...)"), then by name alone; the host's later
# turns introduce the guest or remark, and few of them end in a question.

HOST_NAMED_ONCE = """\
Transcript of Minister for Foreign Affairs Dr Maya Lindqvist's Interview with Channel 9 \
News, 14 March 2024

15 March 2024

Priya Nair (Interviewer): Good evening and welcome. With me in the studio tonight is the \
Foreign Minister, Dr Maya Lindqvist. Minister, welcome.

Minister: Thank you, Priya. It is good to be here.

Priya Nair: The minister has held the foreign affairs portfolio for six years, and before \
that she led the trade ministry through two difficult negotiations.

Minister: Those were busy years, and they taught me a great deal about patience.

Priya Nair: Let us begin with the shipping lanes. Many listeners worry about the attacks.

Minister: We share that worry. Our navy will join the coalition patrols next month, and we \
will keep our own ships informed of every risk.

Presenter (Tom Ellery): And one last word on the summit in Jakarta, if I may.

Minister: We will go there to argue for open sea lanes and for the rules that keep them open.

Tom Ellery: Minister, thank you very much for your time tonight.
"""


def test_a_host_named_beside_the_part_played_asks_under_the_name_alone() -> None:
    found = extract(HOST_NAMED_ONCE, published=datetime.date(2024, 3, 15))
    assert {s.speaker for s in found} == {"Maya Lindqvist"}
    texts = [s.text for s in found]
    assert any(t.startswith("Those were busy years") for t in texts)
    assert any(t.startswith("We will go there to argue") for t in texts)


# A reposted broadcast interview: the introduction says whom the guest had the interview
# with; the presenter's turns are remarks as often as questions.

INTERVIEW_WITH = """\
Ambassador interviewed on evening news (audio)

On 4 February 2023, Ambassador Chen Wei had a live interview with Martin Hale on the \
evening news programme of a national broadcaster. The transcript follows.

Martin Hale: Good evening, Ambassador.

Ambassador Chen Wei: Good evening. Thank you for inviting me.

Martin Hale: Let us start with the balloon. Was it a weather balloon?

Ambassador Chen Wei: It was a civilian airship that strayed off course because of the wind, \
and we have explained this many times.

Martin Hale: Many people here simply do not believe that.

Ambassador Chen Wei: The facts will speak for themselves, and we hope both sides stay calm.
"""


def test_whom_the_guest_had_the_interview_with_asks() -> None:
    found = extract(INTERVIEW_WITH, published=datetime.date(2023, 2, 5))
    assert {(s.speaker, s.said_on) for s in found} == {("Chen Wei", "2023-02-04")}
    texts = [s.text for s in found]
    assert any(t.startswith("It was a civilian airship") for t in texts)
    assert any(t.startswith("The facts will speak for themselves") for t in texts)


# A broadcaster's transcript names each speaker in capitals at the first turn and by the
# initials after; the presenter's later turns are remarks and questions by turns.

INITIALS_AFTER = """\
Sunday programme interview with Olena Marchenko, Foreign Minister of Ukraine, 12.03.23

QUOTES MUST BE CREDITED TO THE PROGRAMME
KATE BRANDON: The war has entered its second spring. I am joined by the Foreign Minister of \
Ukraine, Olena Marchenko. Minister, good morning. Is a spring offensive coming?
OLENA MARCHENKO: We never talk about our plans in public, but we are preparing for every \
scenario, and our partners know what we need.
KB: Your partners have sent tanks, but far fewer than promised.
OLENA MARCHENKO: Every tank matters, and the first ones are already in Ukraine.
KB: When will the jets come?
OLENA MARCHENKO: I believe the decision will come sooner than many expect.
"""

# A rough transcript where the turns run on in one paragraph and the labels are initials:
# the guest is named in full only in the presenter's words.

INITIALS_IN_WORDS = """\
(Rough transcript, check against delivery)

PR: Relations between the two capitals have rarely been worse. Tomas Vidal is the \
ambassador in London. Ambassador, welcome. Are the talks over? TV: Not at all. We remain \
at the table and we expect the next round to be held before the summer.

PR: But your government walked out last week, did it not? TV: We paused the talks for \
consultations, which is normal practice, and we will return to them.
"""


def test_a_speaker_named_in_full_once_then_by_initials_is_one_speaker() -> None:
    found = extract(INITIALS_AFTER, published=datetime.date(2023, 3, 12))
    assert {s.speaker for s in found} == {"Olena Marchenko"}
    assert len(found) == 3


def test_initials_spell_the_name_the_words_give_in_full() -> None:
    found = extract(INITIALS_IN_WORDS, published=datetime.date(2023, 3, 12))
    assert {s.speaker for s in found} == {"Tomas Vidal"}
    texts = [s.text for s in found]
    assert texts[0].startswith("Not at all. We remain at the table")
    assert texts[1].startswith("We paused the talks")


# A politics live blog: entries under their times; one entry sets off what a minister told a
# committee by the minister's name alone on a line, then the words.

LIVE_BLOG_NAME_LINE = """\
Senate estimates: Dfat grilled over embassy closures - politics live
11.42am AEST
Back in the foreign affairs committee, the department's secretary is being asked about the \
closure of two embassies in the Pacific.
11.31am AEST
Has the government given up on the region?
Rhea Calloway:
We have not given up on anyone. We have opened more posts in the Pacific in the last two \
years than in the decade before, and the two offices will reopen once the leases are settled.
11.20am AEST
The opposition's spokesperson wants to know who signed off on the closures.
"""


def test_a_name_alone_on_a_line_sets_off_the_words_below_it() -> None:
    found = extract(LIVE_BLOG_NAME_LINE, published=datetime.date(2024, 6, 5))
    said = [s for s in found if s.speaker == "Rhea Calloway"]
    assert len(said) == 1
    assert said[0].text.startswith("We have not given up on anyone.")


# A news site's interview whose questions lost their bold type: the introduction says the
# minister met a group of journalists, the site's advertising lines stand between it and the
# first question, and a question quotes a word.

MET_JOURNALISTS = """\
Novak: We are not leaving the talks

The foreign minister says the country will stay at the table.

Two days after the vote in parliament, Foreign Minister Petra Novak met a group of Czech \
journalists in Prague and spoke about the coalition and the talks in Geneva.

Hide ads
Article continues after advertisement
Hide ads
Article continues after advertisement

Will the country stay in the talks after the vote?

We will stay, and I told our partners so on the phone this morning. Walking away now would \
hand the initiative to those who never wanted an agreement.

Your coalition partner calls the talks a "waste of time". What do you tell him?

I tell him that patience is also a policy. We have seen what happens when nobody talks.
"""


def test_an_interview_announced_as_a_meeting_with_journalists_is_the_ministers() -> None:
    found = extract(MET_JOURNALISTS, published=datetime.date(2024, 4, 5))
    said = [s for s in found if s.speaker == "Petra Novak" and s.kind == "direct"]
    assert len(said) == 2
    assert said[0].text.startswith("We will stay, and I told our partners")
    assert said[1].text.startswith("I tell him that patience")


# A transcription service's current layout: each speaker's name on a line of its own, the
# time into the recording on the next line, the words below; a long turn carries a fresh
# stamp above each paragraph.

NAME_ABOVE_STAMP = """\
Secretary of State Press Availability in Brussels

Transcript is below:

Marco Rubio
(00:02)
Good morning. I have just come from the meeting of the foreign ministers, where we spent \
most of our time on Ukraine and on what comes after a ceasefire.

(00:31)
Every ally around that table agreed that the pressure on Moscow has to stay in place until \
there is a deal worth signing.

Speaker 1
(01:05)
Mr. Secretary, did anyone object to the new sanctions package?

Marco Rubio
(01:12)
Nobody objected. A couple of ministers asked about timing, which is a fair question.
"""


def test_a_name_above_a_time_stamp_opens_the_turn() -> None:
    found = extract(NAME_ABOVE_STAMP, published=datetime.date(2025, 4, 4))
    assert {s.speaker for s in found} == {"Marco Rubio"}
    texts = [s.text for s in found]
    assert texts[0].startswith("Good morning. I have just come from the meeting")
    assert texts[-1].startswith("Nobody objected.")
    assert not any("did anyone object" in t for t in texts)


# A prime minister's office posts a broadcast interview: the title names the interviewer with
# the outlet after a comma, the prime minister is labelled by the post alone and named nowhere.

INTERVIEWER_AND_OUTLET = """\
Interview with Tom Baird, Sky News

4 Mar 2019
Canberra, ACT
Prime Minister
China; trade; the budget

TOM BAIRD: Prime Minister, thanks for joining us. Has Beijing told you why the coal \
shipments are being held up at the ports?

PRIME MINISTER: We have not been given a reason, and we have asked for one through the \
embassy. Our exporters deserve to know what the rules are.

BAIRD: Is this retaliation for the decision on the telecoms network?

PRIME MINISTER: I am not going to speculate about motives. We make our decisions on \
security in our own interest and we will keep doing so.
"""


def test_the_interviewer_named_with_the_outlet_is_not_the_prime_minister() -> None:
    found = extract(INTERVIEWER_AND_OUTLET, published=datetime.date(2019, 3, 4))
    # the answers are the prime minister's, whom the page does not name: no one's to record
    assert "Tom Baird" not in {s.speaker for s in found}


# A government site's speech page: the kind of page, then a headline quoting the speech, then
# the title saying whose statement it is, the speaker named with the mission they serve in.

QUOTED_HEADLINE = """\
Speech

"The Council cannot look away from Sudan any longer."

Statement by Ambassador Helen Marsh of the UK Mission to the UN at the Security Council \
briefing on Sudan

This was published under the 2022 to 2024 Sunak Conservative government

Thank you, President, and thank you to our briefers today.

The fighting around El Fasher has now lasted for six months. Civilians are trapped, and aid \
convoys are turned back at every checkpoint.

The United Kingdom calls on both parties to agree a ceasefire and to let aid through.
"""

# A delegation's record of a general debate: the title gives the speaker with the full post,
# then the kind of the words and where they were said.

INTERVENTION_TITLE = """\
The Rt Hon Daniel Frost MP Secretary of State for Foreign and Commonwealth Affairs \
Intervention at the UN General Assembly 27 September 2016

Mr President, seventy years after its founding, this organisation faces tests as hard as any \
in its history.

We will meet our commitments on development and on defence, and we ask others to do the same.
"""


def test_a_headline_quoting_the_speech_stands_above_the_title() -> None:
    found = extract(QUOTED_HEADLINE, published=datetime.date(2024, 10, 10))
    assert {s.speaker for s in found} == {"Helen Marsh"}
    assert found[0].text.startswith("Thank you, President")


def test_a_title_with_the_full_post_before_intervention_names_the_speaker() -> None:
    found = extract(INTERVENTION_TITLE, published=datetime.date(2016, 9, 28))
    assert {s.speaker for s in found} == {"Daniel Frost"}
    assert found[0].text.startswith("Mr President, seventy years")


# A joint press conference whose speakers' names begin with letters beyond Latin-1 ("Š", "Ł")
# and one whose labels hold a name's lower-case particles ("von der").

EXTENDED_CAPITALS = """\
Joint press conference of Foreign Minister Łucja Żmuda and Commissioner Štefan Koval, \
Warsaw, 14 May 2024

Łucja Żmuda: We spoke about the eastern border and about the funds for its protection.

Štefan Koval: The Commission will propose a new instrument for the frontline states next month.

Question: When will the first payments be made?

Štefan Koval: We expect the first payments before the end of the year.
"""

PARTICLES = """\
Joint press statements of President Ingrid von der Aue and Prime Minister Carlo Bassi
Rome, 14 May 2024

President von der Aue: Dear Carlo, thank you for your welcome. Our agreement with Tunisia \
shows what a European answer to migration can look like.

Prime Minister Bassi: Thank you, Ingrid. Italy asked for this for years, and now it is here.

Question: President, is the agreement enough?

President von der Aue: It is a strong start, and we will support every member state in \
carrying it out.
"""


def test_labels_may_begin_with_capitals_beyond_latin_1() -> None:
    found = extract(EXTENDED_CAPITALS, published=datetime.date(2024, 5, 14))
    assert {s.speaker for s in found} == {"Łucja Żmuda", "Štefan Koval"}
    assert len(found) == 3


def test_a_label_may_hold_the_particles_of_a_name() -> None:
    found = extract(PARTICLES, published=datetime.date(2024, 5, 14))
    mine = [s for s in found if "Aue" in s.speaker]
    assert len(mine) == 2
    assert mine[1].text.startswith("It is a strong start")


# The same live blog sets off a quote by the surname alone, once it has named the minister in
# full; a question set off so is the asker's, no statement.

LIVE_BLOG_SURNAME_LINE = """\
Senate estimates: Dfat questioned over detained writer - politics live
10.12am AEST
Foreign minister Rhea Calloway is at the table, and the opposition wants to know when she \
learned of the verdict.
Calloway:
I was told shortly before it was announced, and I spoke to his family within the hour. We \
will keep pressing for his release at every level.
10.05am AEST
The committee has broken for morning tea.
"""


def test_a_surname_alone_on_a_line_sets_off_the_words_of_the_one_named_in_full() -> None:
    found = extract(LIVE_BLOG_SURNAME_LINE, published=datetime.date(2024, 2, 6))
    said = [s for s in found if s.speaker == "Rhea Calloway"]
    assert len(said) == 1
    assert said[0].text.startswith("I was told shortly before")


# A wire's report of a joint press conference in the English of a Turkish agency: "made the
# following statements" in the plural, a semicolon where the colon belongs, the words below.

FOLLOWING_STATEMENTS = """\
Foreign Minister Kerem Aslan held a joint press conference with his Hungarian counterpart in \
Ankara after the two delegations met.
Minister Aslan made the following statements at the press conference;
"We had a productive meeting. We reviewed our trade, which we want to raise to six billion \
dollars, and our cooperation on energy and on migration.
We also discussed the war in Ukraine, and we agreed that a ceasefire must come first."
"""


def test_the_following_statements_introduce_the_words_below_a_semicolon() -> None:
    found = extract(FOLLOWING_STATEMENTS, published=datetime.date(2024, 6, 20))
    assert [(s.speaker, s.kind) for s in found] == [("Kerem Aslan", "direct")]
    assert found[0].text.startswith("We had a productive meeting.")


# A ministry page whose menu runs to more than a dozen short lines above an interview's title;
# the questions stand in paragraphs of their own, nothing labelled.

_MENU = "\n".join(
    ["Home", "The Ministry", "Minister", "Deputy Ministers", "News", "Statements", "Speeches"]
    + ["Interviews", "Foreign Policy", "Regions", "Consular", "Visas", "Embassies", "Contact"]
    + ["Careers", "Search", "English", "Home > News > Interviews"]
)

BELOW_A_LONG_MENU = (
    _MENU
    + """

Interview with Foreign Minister Tomas Berg for a weekly magazine

Vilnius, 6 June 2024

Minister, is the region ready for what comes after the summit?

We are readier than we were two years ago. Our spending on defence has doubled and our \
brigade with our German partners is taking shape.

What will you ask of the allies in Washington?

I will ask for air defence, because that is what saves lives in Ukraine today.
"""
)


def test_an_unlabelled_interview_below_a_long_menu_is_the_ministers() -> None:
    found = extract(BELOW_A_LONG_MENU, published=datetime.date(2024, 6, 7))
    assert {s.speaker for s in found} == {"Tomas Berg"}
    texts = [s.text for s in found]
    assert texts[0].startswith("We are readier than we were")
    assert texts[1].startswith("I will ask for air defence")


BELOW_A_LONG_MENU_SPEECH = (
    _MENU
    + """

Speech by Foreign Minister Tomas Berg at the Conference on Baltic Security

Vilnius, 6 June 2024

Ladies and gentlemen, thank you for coming to Vilnius.

Our region has changed more in two years than in the twenty before them, and our defence \
has changed with it.
"""
)


def test_a_speech_titled_below_a_long_menu_is_the_speakers() -> None:
    found = extract(BELOW_A_LONG_MENU_SPEECH, published=datetime.date(2024, 6, 7))
    assert {s.speaker for s in found} == {"Tomas Berg"}


# A committee's press release: the chair's opening statement at a hearing, introduced by "gave
# the following opening statement:"; the paragraph above says where the remarks were made,
# with no colon, and holds no one's words.

OPENING_STATEMENT = """\
WASHINGTON - Senator Jane Roe (D-Ore.), chair of the Senate Foreign Relations Committee, \
today made the following remarks at a full committee hearing on the State Department budget.

Chair Roe gave the following opening statement:

"This committee will come to order. We meet at a time when our diplomats are stretched thin \
across three crises at once, and this budget has to reflect that.
"""


def test_the_following_opening_statement_introduces_the_words_below() -> None:
    found = extract(OPENING_STATEMENT, published=datetime.date(2024, 5, 21))
    assert [(s.speaker, s.kind) for s in found] == [("Jane Roe", "direct")]
    assert found[0].text.startswith("This committee will come to order.")


# A prime ministers' transcript archive: the catalogue names whose papers these are, surname
# first, on a line of its own; the interviewers are named with their station's call sign;
# every label stands alone on its line, the prime minister's by the post alone.

ARCHIVE_INVERTED_NAME = """\
Transcripts of the Prime Ministers

Hollis, Jane

Period of Service: 01/02/2019 - 30/06/2022
Release Date:
14/03/2020
Release Type:
Transcript
Interview with Tom Baird and Mia Chen 774ABC

BAIRD:

Prime Minister, the border closes at midnight. Why not a week ago?

PRIME MINISTER:

Because the medical advice a week ago was different, and we follow the advice as it changes.

CHEN:

Will Australians stranded overseas get help to come home?

PRIME MINISTER:

Yes. We are chartering flights, and our embassies will contact every registered traveller.
"""


def test_an_archive_names_the_prime_minister_surname_first() -> None:
    found = extract(ARCHIVE_INVERTED_NAME, published=datetime.date(2020, 3, 14))
    assert {s.speaker for s in found} == {"Jane Hollis"}
    texts = [s.text for s in found]
    assert texts[0].startswith("Because the medical advice")
    assert texts[1].startswith("Yes. We are chartering flights")


# A foreign ministry's press conference page that lost the space after each label's colon;
# the reporters are named after their outlets.

NO_SPACE_AFTER_COLON = """\
Press Conferences

Press Conference by Foreign Minister SATO Emi

Tuesday, April 9, 2024, 10:05 a.m. Ministry of Foreign Affairs

Opening Remarks

Ms. SATO Emi, Minister for Foreign Affairs:I have one announcement. I will visit Manila from \
April 12 to attend the trilateral foreign ministers' meeting with the Philippines and the \
United States.

Questions and Answers

Kyodo News, Mori:What will you raise with your counterparts in Manila?

Minister Sato:We will confirm our cooperation for a free and open sea, and I will explain \
Japan's support for the coast guard of the Philippines.
"""


def test_a_label_may_run_into_its_words_without_a_space() -> None:
    found = extract(NO_SPACE_AFTER_COLON, published=datetime.date(2024, 4, 9))
    assert {s.speaker for s in found} == {"Emi Sato"}
    texts = [s.text for s in found]
    assert any(t.startswith("We will confirm our cooperation") for t in texts)
    assert not any("What will you raise" in t for t in texts)


# An alliance's pre-ministerial press conference: the secretary general walks through the
# agenda, each item opened by an ordinal ("First, ...", "Our second meeting ...").

AGENDA_ORDINALS = """\
Pre-ministerial press conference

by NATO Secretary General Jens Stoltenberg

18 May. 2016

(As delivered)

Good afternoon.

Foreign ministers meet tomorrow, and they will address several issues high on our agenda.

First, Montenegro. Tomorrow we will welcome the prime minister to sign the accession protocol.

Our second meeting will focus on our partners in the south, and on what more we can do to \
train the Iraqi forces.
"""


def test_an_ordinal_item_of_the_agenda_is_a_statement_of_its_own() -> None:
    found = extract(AGENDA_ORDINALS, published=datetime.date(2016, 5, 18))
    assert {s.speaker for s in found} == {"Jens Stoltenberg"}
    assert any(s.text.startswith("Our second meeting will focus") for s in found)


def test_hansard_labels_with_seat_post_and_time_open_turns() -> None:
    # "Mr ALBANESE (Grayndler—Prime Minister) (14:06):": seat, post, the time the member rose
    text = (
        "House of Representatives\n"
        "Questions without Notice\n"
        "Trade: Indonesia\n"
        "14 March 2024\n\n"
        "Mr TEHAN (Wannon\u2014Shadow Minister for Trade) (14:05): My question is to the "
        "Prime Minister. When will the trade agreement be signed?\n\n"
        "Mr MARLES (Corio\u2014Deputy Prime Minister) (14:06): I thank the member for his "
        "question. The agreement will be signed when the ministers meet in Jakarta next month, "
        "and it will open new markets for our farmers.\n"
    )
    found = extract(text, published=datetime.date(2024, 3, 14))
    assert [(s.speaker, s.role) for s in found] == [("MARLES", "Deputy Prime Minister")]
    assert found[0].text.startswith("I thank the member")
