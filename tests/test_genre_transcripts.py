"""English transcripts and interviews laid out as real sites print them (issue 8): each page
is one genre's layout, handled as a whole; a failure there loses every statement of the page.

Every text here is invented, written in the manner of those pages. Each case lists the
statements expected, exactly: speaker, first words and day.
"""

from __future__ import annotations

import datetime

import pytest

from tests.statement_checks import assert_statements

# A newspaper's Q&A: the introduction names the guest once ("We spoke to him ..."), a byline
# names the writer, and the answers are labelled "A:" only.
QA_INTRO_NAMES_GUEST = """\
EUROPE | INTERVIEW

Estonia's top diplomat: 'Deterrence is cheaper than war'

By Helen Marsh
Published 9 October 2024

Margus Tsahkna has pushed his allies to spend more on defence since taking office. We spoke \
to him in Tallinn.

Q: Are the sanctions against Moscow working?

A: Slowly, yes. Their economy is running on war spending and cannot do so for ever.

Q: Would you send troops to train Ukrainians inside Ukraine?

A: We would not rule it out. Every option has to stay on the table.
"""

# "Q&A: <post> on <topic>" over an introduction telling the guest "answered our questions".
QA_ANSWERED_OUR_QUESTIONS = """\
Q&A: Finland's president on the Arctic and the new border fence

Alexander Stubb took office in March. He answered our questions in Helsinki on Monday.

Q: Is the eastern border fence really needed?

A: It is. We have seen how migrants were pushed towards our crossings on purpose.

Q: What role should the Arctic Council play now?

A: A smaller one for a while, but we must keep the scientific cooperation alive.
"""

# A ministry's interview page: the post before the name between commas, the outlet after
# "to"; the answers are labelled with the post alone.
POST_BEFORE_NAME_IN_TITLE = """\
Interview of the Minister of Foreign Affairs of Hungary, Péter Szijjártó, to Euronews

18.03.2024

Euronews: Minister, why does Hungary still buy Russian gas?

Minister: Because there is no other physical route that could supply us at this price. \
This is a question of geography, not of politics.

Euronews: Will Hungary approve the next aid package for Ukraine?

Minister: We will not block it, but we will not take part in sending weapons either.
"""

# The outlet after a lower-case "for" in the title: the name stays the minister's.
OUTLET_AFTER_FOR = """\
Interview with Foreign Minister Radosław Sikorski for Rzeczpospolita

4 May 2024

Rzeczpospolita: Do you expect Russia to test NATO's eastern flank?

Foreign Minister: It is already testing it with sabotage and with migrants pushed across \
the Belarusian border.

Rzeczpospolita: And the Weimar Triangle?

Foreign Minister: It is back, and it matters more than ever for European security.
"""

# A podcast's transcript: each speaker's name alone on a line, the paragraph below it.
PODCAST_NAMES_ON_LINES = """\
The Diplomatic Room podcast
Episode 88 transcript
June 6, 2024

Fiona Hale
Welcome to the show. Ambassador, thanks for coming in.

Samantha Power
Thanks for having me, Fiona.

Fiona Hale
How bad is the hunger in Sudan right now?

Samantha Power
It is the worst in the world. Five million people are a step away from famine, and aid \
is being blocked at every checkpoint.

Fiona Hale
Who is blocking it?

Samantha Power
Both warring parties. We have told them there will be consequences.
"""

# An explainer set out as questions and answers: the questions are put to no one, and the
# writer answers them; the person the introduction quotes answers none.
EXPLAINER_QA = """\
EXPLAINER

Q&A: Why the Rafah crossing matters for aid to Gaza

By Omar Haddad

Egypt's Foreign Minister Sameh Shoukry has said the crossing was never closed from the \
Egyptian side.

Q: What is the Rafah crossing?

A: It is the only crossing from Gaza that does not lead into Israel.

Q: How many trucks go through it?

A: Far fewer than before the war, and inspections slow every convoy.
"""

# India's weekly briefing with a guest briefer: the spokesperson's hand-over and closing are
# floor management, no statements.
MEA_SPECIAL_BRIEFING = """\
Transcript of Special Briefing by Foreign Secretary on Prime Minister's visit to Japan \
(August 20, 2025)

August 20, 2025

Shri Randhir Jaiswal, Official Spokesperson: Good afternoon. We have with us Foreign \
Secretary Shri Vikram Misri to brief you on the visit. Sir, over to you.

Shri Vikram Misri, Foreign Secretary: Thank you, Randhir. The Prime Minister will travel \
to Tokyo for the annual summit, and semiconductors will be high on the agenda.

Question: Sir, will a defence agreement be signed?

Shri Vikram Misri, Foreign Secretary: Several agreements are being finalised, and we will \
share details once they are signed.

Shri Randhir Jaiswal, Official Spokesperson: Thank you, sir. That brings us to the end of \
this special briefing.
"""

# A Senate hearing: the chair's opening is procedure; the nominee's answers are his.
SENATE_HEARING = """\
Senate Armed Services Committee
Hearing to consider the nomination of Pete Hegseth to be Secretary of Defense
January 14, 2025

CHAIRMAN WICKER: The committee will come to order. We are here today to consider the \
nomination of Mr. Pete Hegseth.

SENATOR REED: Mr. Hegseth, will you keep supporting Ukraine?

MR. HEGSETH: I will carry out the President's policy, and he wants this war to end on \
terms that are good for America.
"""

# Japan's ministry: the header's day and hour end in a stop ("4:00 p.m."): no one's words.
MOFA_DAY_AND_HOUR = """\
Press Conference by Press Secretary KOBAYASHI Maki

Friday, July 5, 2024, 4:00 p.m.

Opening Remarks

Press Secretary Kobayashi: Foreign Minister Kamikawa will visit the Philippines next week \
to sign the reciprocal access agreement.

Questions and Answers

Kyodo: When will it enter into force?

Press Secretary Kobayashi: After both sides complete their domestic procedures.
"""

# Near miss: a news story under subheads that are names: not a transcript.
NEWS_UNDER_NAME_SUBHEADS = """\
Envoys meet again in Geneva

By Karl Berg

GENEVA, May 2 (Reuters) - Envoys from Armenia and Azerbaijan met again on Thursday.

Ararat Mirzoyan
Armenia's foreign minister said the border commissions had made progress on Thursday.

Ararat Mirzoyan arrived in Geneva late on Wednesday.
"""

# Near miss: an interview page with no title saying so, its questions put to the guest
# ("you"): the one person the introduction names with a post still answers.
QA_ADDRESSED_UNANNOUNCED = """\
Lithuania's Foreign Minister Gabrielius Landsbergis visited Warsaw this week.

Q: Do you think the West has done enough for Ukraine?

A: No. Every delay costs lives, and we should have sent tanks a year ago.

Q: Do you regret opening the Taiwanese office?

A: Not at all. Our economy adapted to Beijing's pressure within months.
"""

# Questions that put no "you" to the guest, under a headline telling the interview ("X tells
# the Gulf Times"): the guest's answers, given on the day the introduction tells.
QA_TOLD_OUTLET_UNADDRESSED = """\
Qatar's mediator: 'The talks have not collapsed', Al-Khulaifi tells the Gulf Times

Updated 14 March 2024

DOHA: Qatar's Minister of State Mohammed Al-Khulaifi told the Gulf Times on Wednesday that \
the mediation over Gaza was continuing.

Q: Reports say the negotiations have stalled. Where do they stand?

A: They have not stalled. We talk to both sides every day, and the gaps are narrowing.

Q: What would a first phase look like?

A: A pause of six weeks, the release of hostages and a surge of aid into the north.
"""

# A head of state's meeting with an official, both named in full in the labels: the host
# asks what his guest came to discuss in half his turns, yet he is no interviewer.
KREMLIN_MEETING = """\
President of Russia
Events

Meeting with Governor of Kaliningrad Region Alexei Besprozvannykh

Vladimir Putin met with Governor of Kaliningrad Region Alexei Besprozvannykh.

April 9, 2024
The Kremlin, Moscow

Vladimir Putin: Mr Besprozvannykh, how is the region coping with the transit restrictions?

Alexei Besprozvannykh: Mr President, the ferry line now carries most of the cargo, and \
freight volumes grew by a fifth last year.

Vladimir Putin: The ferry line must be expanded. I ask the Government to allocate the \
funds for two more vessels.
"""

# gov.uk's interview page: the minister is named only in the "From:" field among the
# publishers, and the answers are labelled with the post alone.
GOV_UK_INTERVIEW_FROM_FIELD = """\
GOV.UK
Speech
Foreign Secretary's interview on Times Radio: 9 June 2024

From: Foreign, Commonwealth & Development Office and The Rt Hon David Cameron
Published 9 June 2024

Aasmah Mir: Foreign Secretary, welcome. Will Britain recognise a Palestinian state?

Foreign Secretary: We will do so when it best helps the peace process, and that could come \
sooner than people think.

Aasmah Mir: And the sanctions on settlers?

Foreign Secretary: Violent settlers have been sanctioned, and more designations will follow \
if the violence goes on.
"""

# A newspaper's interview with nothing labelled: the question paragraphs end in "?", and the
# introduction says "In an exclusive interview, X spoke about ...", the outlet implied.
UNLABELLED_INTERVIEW_LEAD = """\
THE DAILY STAR

'Dhaka wants a stable neighbourhood'

Staff Correspondent
DHAKA, March 2, 2025

In an exclusive interview, Foreign Adviser Touhid Hossain spoke about relations with India \
and the Rohingya crisis.

How would you describe relations with New Delhi today?

They are going through a period of adjustment. We want good relations based on fairness \
and mutual respect.

When can the Rohingya return to Myanmar?

Not while the fighting continues in Rakhine. We are asking the international community to \
keep funding the camps until then.
"""

# A broadcaster's interview that labels only the first exchange; later questions stand as
# paragraphs, some put as statements ("Critics say ...", "Your opponents call ..."): each
# answer below is the guest's own statement. The guest's "You have to understand ..." is
# no question.
FIRST_EXCHANGE_LABELLED = """\
DW
Politics | Europe

Latvia's top diplomat: 'Sanctions are working, slowly'

Interview by Paul Lenz
12.11.2024

Latvian Foreign Minister Baiba Braze spoke to DW on Monday in Riga.

DW: Minister, are the sanctions on Russia working?

Baiba Braze: Slowly, but they are. Russia's budget is under strain, and its oil revenues \
are falling.

Critics say the Baltic states exaggerate the Russian threat.

That is not what our intelligence services tell us. Russia is rebuilding its forces along \
our border faster than anyone expected.

You have to understand that we have lived next to this neighbour for centuries. History \
has taught us to take it at its word.

Your opponents call the new border fence a waste of money.

It has already cut illegal crossings by half, and it will pay for itself.
"""

# A debates site's record: "Mr Speaker" alone on a line; each member's name on a line of its
# own over a constituency and, for a minister, a post; the tabled question and the member's
# supplementary are no statements.
DEBATES_SITE_RECORD = """\
Foreign, Commonwealth and Development Office
Volume 749: debated on Tuesday 11 June 2024

Mr Speaker
Order. Questions and answers must be brief today.

Gemma Hart
Northfield
T1. If he will make a statement on his departmental responsibilities.

Leo Docherty
The Minister of State, Foreign, Commonwealth and Development Office
We are doubling our support for Moldova's energy security this winter, and I will visit \
Chisinau next month to sign the agreement.

Gemma Hart
Northfield
Will the Minister also help Moldova fight Russian disinformation?

Leo Docherty
Yes. We have funded a new fact-checking unit in Chisinau, and we will extend it to local \
radio.
"""

# A podcast transcript exported from a transcription app: the speaker and the clock on a
# line of their own ("Name  0:04"), the words below; the host's welcome is no statement.
PODCAST_NAME_AND_CLOCK = """\
The Frontline Brief, episode 41 transcript
April 2, 2025

Maya Ortiz  0:03
Hello and welcome. My guest is Norway's foreign minister, Espen Barth Eide. Minister, \
welcome.

Espen Barth Eide  0:11
Thanks, Maya. Glad to be here.

Maya Ortiz  0:14
Will Norway put more of its oil fund into Ukraine?

Espen Barth Eide  0:18
We are already the largest donor per head in Europe, and we will keep that up for years.
"""

# Near miss: topic headings in title case that read as names ("Human Rights"), one of them
# twice, over the page's paragraphs: no conversation (nothing asks), no one's turns.
TOPIC_HEADINGS_IN_TITLE_CASE = """\
Joint communique of the ministerial meeting

Human Rights
The ministers discussed the situation of human rights defenders in the region.

Climate Change
The ministers agreed to cooperate on adaptation finance and early warning systems.

Human Rights
Foreign Minister Ana Ruiz said the declaration on journalists would be signed in June.
"""

# "Q&A: <post> on <topic>": the holder's interview, though no question says "you" and the
# introduction tells no sit-down; the one person it names in full answers.
QA_TITLE_NAMES_POST = """\
World | Europe
Q&A: Moldova's president on the referendum and Russian money

Maia Sandu won a second term in November.

Q: How much Russian money entered the campaign?

A: Tens of millions of euros. We have traced payments to more than 130,000 voters.

Q: And relations with Transnistria?

A: Reintegration can only be peaceful, and it will take time.
"""

CASES = {
    "qa_intro_names_guest": (
        QA_INTRO_NAMES_GUEST,
        datetime.date(2024, 10, 9),
        [
            ("Margus Tsahkna", "Slowly, yes.", "2024-10-09"),
            ("Margus Tsahkna", "We would not rule it out.", "2024-10-09"),
        ],
    ),
    "qa_answered_our_questions": (
        QA_ANSWERED_OUR_QUESTIONS,
        datetime.date(2024, 4, 24),
        [
            ("Alexander Stubb", "It is. We have seen", "2024-04-22"),
            ("Alexander Stubb", "A smaller one for a while", "2024-04-22"),
        ],
    ),
    "post_before_name_in_title": (
        POST_BEFORE_NAME_IN_TITLE,
        datetime.date(2024, 3, 18),
        [
            ("Péter Szijjártó", "Because there is no other", "2024-03-18"),
            ("Péter Szijjártó", "We will not block it", "2024-03-18"),
        ],
    ),
    "outlet_after_for": (
        OUTLET_AFTER_FOR,
        datetime.date(2024, 5, 4),
        [
            ("Radosław Sikorski", "It is already testing it", "2024-05-04"),
            ("Radosław Sikorski", "It is back, and it matters", "2024-05-04"),
        ],
    ),
    "podcast_names_on_lines": (
        PODCAST_NAMES_ON_LINES,
        datetime.date(2024, 6, 6),
        [
            ("Samantha Power", "It is the worst in the world.", "2024-06-06"),
            ("Samantha Power", "Both warring parties.", "2024-06-06"),
        ],
    ),
    "explainer_qa": (
        EXPLAINER_QA,
        datetime.date(2024, 2, 12),
        [("Sameh Shoukry", "the crossing was never closed", "../2024-02-12")],
    ),
    "mea_special_briefing": (
        MEA_SPECIAL_BRIEFING,
        datetime.date(2025, 8, 20),
        [
            ("Vikram Misri", "Thank you, Randhir. The Prime Minister", "2025-08-20"),
            ("Vikram Misri", "Several agreements are being finalised", "2025-08-20"),
        ],
    ),
    "senate_hearing": (
        SENATE_HEARING,
        datetime.date(2025, 1, 14),
        [("Pete Hegseth", "I will carry out the President's policy", "2025-01-14")],
    ),
    "mofa_day_and_hour": (
        MOFA_DAY_AND_HOUR,
        datetime.date(2024, 7, 5),
        [
            ("Maki Kobayashi", "Foreign Minister Kamikawa will visit", "2024-07-05"),
            ("Maki Kobayashi", "After both sides complete", "2024-07-05"),
        ],
    ),
    "news_under_name_subheads": (
        NEWS_UNDER_NAME_SUBHEADS,
        datetime.date(2024, 5, 2),
        [("Ararat Mirzoyan", "the border commissions had made progress", "2024-05-02")],
    ),
    "qa_addressed_unannounced": (
        QA_ADDRESSED_UNANNOUNCED,
        datetime.date(2024, 2, 1),
        [
            ("Gabrielius Landsbergis", "No. Every delay costs lives", "2024-02-01"),
            ("Gabrielius Landsbergis", "Not at all.", "2024-02-01"),
        ],
    ),
    "qa_told_outlet_unaddressed": (
        QA_TOLD_OUTLET_UNADDRESSED,
        datetime.date(2024, 3, 14),
        [
            ("Mohammed Al-Khulaifi", "the mediation over Gaza was continuing", "2024-03-13"),
            ("Mohammed Al-Khulaifi", "They have not stalled.", "2024-03-13"),
            ("Mohammed Al-Khulaifi", "A pause of six weeks", "2024-03-13"),
        ],
    ),
    "kremlin_meeting": (
        KREMLIN_MEETING,
        datetime.date(2024, 4, 9),
        [
            ("Alexei Besprozvannykh", "Mr President, the ferry line", "2024-04-09"),
            ("Vladimir Putin", "The ferry line must be expanded.", "2024-04-09"),
        ],
    ),
    "gov_uk_interview_from_field": (
        GOV_UK_INTERVIEW_FROM_FIELD,
        datetime.date(2024, 6, 9),
        [
            ("David Cameron", "We will do so when it best helps", "2024-06-09"),
            ("David Cameron", "Violent settlers have been sanctioned", "2024-06-09"),
        ],
    ),
    "unlabelled_interview_lead": (
        UNLABELLED_INTERVIEW_LEAD,
        datetime.date(2025, 3, 2),
        [
            ("Touhid Hossain", "They are going through a period", "2025-03-02"),
            ("Touhid Hossain", "Not while the fighting continues", "2025-03-02"),
        ],
    ),
    "first_exchange_labelled": (
        FIRST_EXCHANGE_LABELLED,
        datetime.date(2024, 11, 12),
        [
            ("Baiba Braze", "Slowly, but they are.", "2024-11-11"),
            ("Baiba Braze", "That is not what our intelligence", "2024-11-11"),
            ("Baiba Braze", "It has already cut illegal crossings", "2024-11-11"),
        ],
    ),
    "debates_site_record": (
        DEBATES_SITE_RECORD,
        datetime.date(2024, 6, 11),
        [
            ("Leo Docherty", "We are doubling our support", "2024-06-11"),
            ("Leo Docherty", "Yes. We have funded", "2024-06-11"),
        ],
    ),
    "podcast_name_and_clock": (
        PODCAST_NAME_AND_CLOCK,
        datetime.date(2025, 4, 2),
        [("Espen Barth Eide", "We are already the largest donor", "2025-04-02")],
    ),
    "topic_headings_in_title_case": (
        TOPIC_HEADINGS_IN_TITLE_CASE,
        datetime.date(2024, 5, 5),
        [("Ana Ruiz", "the declaration on journalists would be signed", "2024-05-05")],
    ),
    "qa_title_names_post": (
        QA_TITLE_NAMES_POST,
        datetime.date(2024, 12, 2),
        [
            ("Maia Sandu", "Tens of millions of euros.", "2024-12-02"),
            ("Maia Sandu", "Reintegration can only be peaceful", "2024-12-02"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_genre_page_gives_each_turn_to_its_speaker(case: str) -> None:
    assert_statements(*CASES[case])


def test_an_outlet_after_a_post_holding_to_leaves_the_name_interviewed() -> None:
    # "Ambassador to Japan X for NHK World": the post holds a "to" of its own; the outlet is
    # cut off at the last "for"/"to" of the run, and the one named before it is interviewed
    from tracker.extract.transcript_people import people_in

    found = people_in("Interview with Ambassador to Japan Rahm Emanuel for NHK World")
    assert [(p.person.name, p.lead) for p in found] == [("Rahm Emanuel", True)]
