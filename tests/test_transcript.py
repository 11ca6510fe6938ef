"""Transcripts: briefings, press conferences, interviews and talks, read turn by turn.

Every text here is invented, written in the manner of ministry, government and news-site
transcript pages (site chrome, headers, labels of all kinds); names are real or made up.
"""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract, read_meta
from tracker.extract.transcript import read_transcript


def said(text: str, published: datetime.date | None = None) -> list[tuple[str | None, str]]:
    """(speaker, first words) of each statement extracted from ``text``."""
    return [(s.speaker, " ".join(s.text.split()[:4])) for s in extract(text, published=published)]


def turns(text: str) -> list[tuple[str | None, str]]:
    found = read_transcript(text)
    assert found is not None
    return [(t.speaker.name, " ".join(text[t.start : t.end].split()[:4])) for t in found.turns]


# Page navigation and site chrome before the header


MFA_PAGE = """\
Skip to main content
Home > Press Room > Spokesperson's Remarks
Font size: A A A
Print  Share

Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 12, 2024

2024-03-12 19:05

At the invitation of the government of Laos, Vice Premier Ding Xuexiang will attend the \
opening of the Mekong water forum in Vientiane from March 14 to 15.

Q: Can you share more about the purpose of the visit?

A: The forum is an important platform for cooperation among the countries along the river. \
China stands ready to work with all parties to keep the waterway safe and open.

Q: The EU said yesterday that it would open an inquiry into Chinese wind turbines. What is \
China's response?

A: We have noted the reports. China firmly opposes the abuse of trade remedies and will take \
all necessary measures to protect the lawful rights of Chinese companies.
"""


def test_chrome_before_the_header_does_not_hide_the_briefing() -> None:
    assert turns(MFA_PAGE) == [
        ("Lin Jian", "At the invitation of"),
        ("Lin Jian", "The forum is an"),
        ("Lin Jian", "We have noted the"),
    ]


def test_outlets_labelled_as_askers_are_never_speakers() -> None:
    text = MFA_PAGE.replace("Q: Can", "CCTV: Can").replace("Q: The EU", "Bloomberg: The EU")
    text = text.replace("A: ", "Lin Jian: ")
    assert turns(text) == turns(MFA_PAGE)


def test_reported_speech_inside_a_question_is_no_statement() -> None:
    speakers = [who for who, _ in said(MFA_PAGE, datetime.date(2024, 3, 12))]
    assert speakers == ["Lin Jian"] * 3


UNLABELLED_OPENING = """\
Menu
Search this site
Regular Briefing by Spokesperson Kim Dae-sung

Date: Thursday, April 4, 2024
Time: 10:30-10:45 A.M.

1. Minister's Schedule

The Minister will visit the border village of Dorasan on Friday to meet separated families.

2. Q&A

Q. Will the ministry respond to the latest statement from the North?

A. We are reviewing the statement carefully and will announce our position in due course.
"""


def test_an_opening_without_a_label_is_the_briefer_s() -> None:
    assert turns(UNLABELLED_OPENING) == [
        ("Kim Dae-sung", "The Minister will visit"),
        ("Kim Dae-sung", "We are reviewing the"),
    ]


# Labels longer than four words, with parentheses or timestamps


TALKS = """\
News  /  Events

Talks with President of Ruritania Anton Weller

June 5, 2023, Novo-Ogaryovo

Vladimir Putin held talks with President of Ruritania Anton Weller.

President of Russia Vladimir Putin: Mr President, friends,

I am glad to welcome you here. Trade between our countries has doubled in two years, and we \
expect the new rail link to add to it.

President of Ruritania Anton Weller (retranslated): Thank you for the invitation. Ruritania \
values this partnership and wants the rail link finished by the end of next year.

Vladimir Putin: We will do our part, and our engineers are ready to start in the spring.
"""


def test_long_labels_name_their_speaker_with_the_title() -> None:
    found = read_transcript(TALKS)
    assert found is not None
    people = [(t.speaker.name, t.speaker.role) for t in found.turns]
    assert people == [
        ("Vladimir Putin", "President of Russia"),
        ("Anton Weller", "President of Ruritania"),
        ("Vladimir Putin", "President of Russia"),
    ]


def test_a_host_labelled_with_an_outlet_asks_and_is_never_a_speaker() -> None:
    text = """\
Transcript of Minister for Foreign Affairs Ana Ruiz's Interview with ABC's Dana Kerr, 8 May 2024

9 May 2024

Dana Kerr (ABC): Minister, the summit ended without a statement on shipping. Was it a failure?

Minister: Not at all. We agreed on a working group, and it will report within three months.

Kerr: Is three months not too slow?

Minister: It is fast for eleven governments. The important thing is that everyone signed up.
"""
    assert said(text, datetime.date(2024, 5, 9)) == [
        ("Ana Ruiz", "Not at all. We"),
        ("Ana Ruiz", "It is fast for"),
    ]
    # the interview's day, from the title, not the day the transcript was posted
    assert {s.said_on for s in extract(text, published=datetime.date(2024, 5, 9))} == {"2024-05-08"}


def test_timestamped_labels_on_their_own_line_open_one_statement_each() -> None:
    text = """\
Jun 2, 2022

Joe Biden & Jacinda Ardern Press Conference Transcript

Joe Biden and Jacinda Ardern held a press conference on June 2, 2022. Read the transcript.

President Biden: (00:02)
Welcome, Prime Minister. Our two countries share a deep commitment to a free Pacific.

President Biden: (00:31)
Today we agreed to work together on clean energy and on fisheries enforcement in the region.

Prime Minister Ardern: (01:10)
Thank you, Mr President. New Zealand welcomes the renewed American engagement in the Pacific.
"""
    assert said(text, datetime.date(2022, 6, 2)) == [
        ("Joe Biden", "Welcome, Prime Minister. Our"),
        ("Joe Biden", "Today we agreed to"),
        ("Jacinda Ardern", "Thank you, Mr President."),
    ]


def test_an_interview_written_as_a_dialogue_of_dashes() -> None:
    text = """\
Ryabkov: no date yet for the next round

MOSCOW, March 4. /TASS/. Russian Deputy Foreign Minister Sergey Ryabkov spoke in an interview \
with TASS about the strategic stability talks and the prospects for a new round.

\u2014 Mr. Ryabkov, when will the next round of talks take place?

\u2014 We expect it in April, but the date has not been fixed yet. Much depends on Washington.

\u2014 Tell us about the agenda.

\u2014 The agenda is broad. It covers missiles, space and new technologies.

Both sides are still working on it.
"""
    assert turns(text) == [
        ("Sergey Ryabkov", "We expect it in"),
        ("Sergey Ryabkov", "The agenda is broad."),
    ]


def test_a_joint_press_conference_with_bare_q_and_the_president_label() -> None:
    text = """\
Remarks by President Biden and Prime Minister Kishida of Japan in Joint Press Conference

East Room
April 10, 2024

2:05 P.M. EDT

PRESIDENT BIDEN:  Good afternoon. Today our alliance takes its biggest step forward since \
it was founded, with a new command structure for our forces in Japan.

PRIME MINISTER KISHIDA:  (As interpreted.)  Thank you, Joe. Japan will stand with the United \
States as a global partner, not only a regional one.

Q    Thank you, Mr. President. Are you worried about the election in November?

THE PRESIDENT:  No, I am not. The alliance has the support of both parties in Congress.
"""
    assert said(text, datetime.date(2024, 4, 10)) == [
        ("Biden", "Good afternoon. Today our"),
        # the interpreter's note is the page's, no words of the Prime Minister's
        ("Kishida", "Thank you, Joe. Japan"),
        ("Biden", "No, I am not."),
    ]


def test_labels_with_a_title_after_a_comma_or_in_brackets() -> None:
    text = """\
Transcript of Weekly Media Briefing by the Official Spokesperson (March 14, 2024)

Shri Vikram Rao, Official Spokesperson: Good afternoon. Let me begin with the visit of the \
Prime Minister of Mauritius, who arrives on Monday for talks on maritime security.

Question: Is a defence agreement expected during the visit?

Shri Vikram Rao, Official Spokesperson: Several agreements are under discussion, and we \
will share the outcomes at the end of the visit.
"""
    found = read_transcript(text)
    assert found is not None
    assert {(t.speaker.name, t.speaker.role) for t in found.turns} == {
        ("Vikram Rao", "Official Spokesperson")
    }
    text = """\
Press conference by NATO Secretary General Mark Rutte

Mark Rutte [NATO Secretary General]: Estonia is a model ally, and its forces stand with ours \
on the eastern flank.

Question [ERR News]: Will NATO send more air defence to the Baltic states?

Mark Rutte [NATO Secretary General]: We keep our posture under constant review.
"""
    assert turns(text) == [
        ("Mark Rutte", "Estonia is a model"),
        ("Mark Rutte", "We keep our posture"),
    ]


def test_a_ministry_in_parentheses_is_no_outlet() -> None:
    text = """\
Government press conference of 3 April 2024

Question: Has the Foreign Office summoned the ambassador?

Hansen (AA): Yes, the ambassador was summoned this morning, and the state secretary conveyed \
our protest in clear terms.

Question: What happens next?

Hansen (AA): We are in close contact with our European partners about further steps.
"""
    assert turns(text) == [("Hansen", "Yes, the ambassador was"), ("Hansen", "We are in close")]


# Role labels resolved to the person the header names


def test_a_surname_label_takes_the_full_name_the_header_gives() -> None:
    text = """\
An official website of the United States government
Here's how you know
Home | Briefings and Statements

Department Press Briefing \u2013 May 6, 2024

Matthew Miller, Department Spokesperson
Washington, DC

1:15 p.m. EDT

MR MILLER: Good afternoon. The Secretary spoke this morning with the Foreign Minister of \
Qatar about the hostage talks and the need to open more crossings for aid.

QUESTION: Did he raise the closure of the northern crossing?

MR MILLER: He did. We have made clear that the crossing must reopen without delay.
"""
    found = extract(text, published=datetime.date(2024, 5, 6))
    assert [(s.speaker, s.role, s.said_on) for s in found] == [
        ("Matthew Miller", "Department Spokesperson", "2024-05-06"),
        ("Matthew Miller", "Department Spokesperson", "2024-05-06"),
    ]


def test_the_ambassador_label_is_the_ambassador_the_header_names() -> None:
    text = """\
Embassy News
  Ambassador's Activities
  Consular Services
Home > News

Ambassador Chen Wei Gives Live Interview on Radio Meridian

On March 2nd, Ambassador Chen Wei gave a live interview on Radio Meridian hosted by Tom Hale. \
The full text is as follows.

Hale: Ambassador, thank you for joining us. Are the new export rules aimed at Europe?

Ambassador: No, they are not aimed at any country. They apply to everyone in the same way.

Hale: Many companies here say they were not consulted.

Ambassador: The draft was published for comment for two months, and we received many views.
"""
    assert said(text, datetime.date(2024, 3, 2)) == [
        ("Chen Wei", "No, they are not"),
        ("Chen Wei", "The draft was published"),
    ]


def test_capital_role_labels_with_a_dash_and_q_dot() -> None:
    text = """\
Interview given by M. Paul Berger, Minister for Europe and Foreign Affairs, to Le Courrier \
(12 Feb. 2024)

Q. Is the European mission in the Red Sea enough?

THE MINISTER \u2013 It is a first step, and it is working: no ship under our escort has been hit.

Q. Will France send more frigates?

THE MINISTER \u2013 We will decide with our partners next month, once the first results are known.
"""
    # the courtesy "M." is no part of the name
    assert turns(text) == [("Paul Berger", "It is a first"), ("Paul Berger", "We will decide with")]
    found = extract(text, published=datetime.date(2024, 2, 12))
    assert [s.said_on for s in found] == ["2024-02-12"] * 2


def test_answer_labels_are_the_briefer_s() -> None:
    text = """\
Foreign Ministry Spokesperson Wu Qian's Regular Press Conference on May 9, 2024

Q: Reports say the two navies will hold a joint exercise next week. Can you confirm?

A: I would refer you to the competent authorities for the details of the exercise.

Q: Has the foreign minister accepted the invitation to Lima?

A: We will release information on the minister's travel in due course.
"""
    assert turns(text) == [
        ("Wu Qian", "I would refer you"),
        ("Wu Qian", "We will release information"),
    ]


# Procedural lines and questions are no statements


def test_floor_management_and_pleasantries_are_not_statements() -> None:
    text = """\
Department Press Briefing \u2013 Ned Price, Spokesperson, Washington, D.C., March 1, 2022

MR PRICE: Good afternoon, everyone.

QUESTION: Thank you, Ned.

MR PRICE: Said, go ahead.

QUESTION: On the talks in Belarus, does the U.S. see any sign of progress?

MR PRICE: We have not seen any sign that Moscow is serious about these talks, and we will \
judge it by its actions.

QUESTION: A follow-up?

MR PRICE: Sure.

QUESTION: When?

MR PRICE: Next question, please.

MR PRICE: Thank you all. We will see you tomorrow.
"""
    assert said(text, datetime.date(2022, 3, 1)) == [("Ned Price", "We have not seen")]
    interview = """Interview of Foreign Minister Ines Kragh with Nordic Radio, 12 June 2024

HOST: Minister, welcome to the programme.

INES KRAGH: Thank you, Lars. Good to be with you.

HOST: Will Norway send more air defence to Ukraine?

INES KRAGH: We will send two more batteries this summer, and we are asking our allies to do \
the same.
"""
    assert said(interview) == [("Ines Kragh", "We will send two")]


def test_a_whole_turn_is_one_statement_greetings_and_all() -> None:
    found = read_transcript(TALKS)
    assert found is not None
    first = found.turns[0]
    words = TALKS[first.start : first.end]
    assert words.startswith("Mr President, friends,")
    assert words.endswith("to add to it.")


def test_an_opening_statement_splits_where_a_new_topic_opens() -> None:
    text = """\
Department Press Briefing \u2013 Jane Roe, Spokesperson, Washington, D.C., April 2, 2024

MR ROE: Good afternoon. A few things at the top. First, the United States congratulates the \
people of Freedonia on peaceful elections.

We look forward to working with the new government on trade and security.

Next, we are deeply concerned by the arrest of the journalist Mara Holt in Sylvania. We call \
for her immediate release.

Our embassy has requested consular access.

QUESTION: Has the embassy been given access?

MR ROE: Not yet. We have asked again this morning and we will keep asking.
"""
    assert turns(text) == [
        ("Jane Roe", "Good afternoon. A few"),
        ("Jane Roe", "Next, we are deeply"),
        ("Jane Roe", "Not yet. We have"),
    ]


# Institutions come from what the text says


def test_no_institution_is_made_up_from_the_header_s_wording() -> None:
    text = """\
Department Press Briefing \u2013 Jane Roe, Spokesperson, Washington, D.C., April 2, 2024

MS ROE: We welcome the ceasefire and urge both sides to respect it fully.

QUESTION: Will you send observers?

MS ROE: We are discussing that with our partners and will say more next week.
"""
    found = read_transcript(text)
    assert found is not None
    assert {(t.speaker.name, t.speaker.institution) for t in found.turns} == {("Jane Roe", None)}


NOON = """\
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

14 November 2023

The following is a near-verbatim transcript of today's noon briefing by Anna Brandt, \
Spokesperson for the Secretary-General.

Good afternoon.

**Sudan

UN agencies have pre-positioned food for 200,000 people in Darfur, and a convoy of forty \
trucks is due to leave Port Sudan tomorrow.

**Haiti

Lena Morel, the Special Representative in Haiti, said the mission's first units had arrived \
in the capital. She added that they would patrol the port district.

The Security Council will hold consultations on Haiti this afternoon.
"""


def test_a_noon_briefing_without_labels_is_the_spokesperson_s() -> None:
    found = read_transcript(NOON)
    assert found is not None
    # (the opening is one turn across its headings and the news it relays, as the gold of
    # the UN's noon briefings reads it)
    assert [(t.speaker.name, t.speaker.institution) for t in found.turns] == [
        ("Anna Brandt", "United Nations"),
    ]
    assert NOON[found.turns[0].start :].startswith("UN agencies have pre-positioned")
    assert NOON[: found.turns[0].end].endswith("consultations on Haiti this afternoon.")


def test_a_relayed_paragraph_is_read_as_news() -> None:
    found = read_transcript(NOON)
    assert found is not None
    assert [NOON[a:b].split(",")[0] for a, b in found.narrative][-1] == "Lena Morel"
    speakers = [who for who, _ in said(NOON, datetime.date(2023, 11, 14))]
    assert "Lena Morel" in speakers


def test_the_secretary_general_of_nato_is_not_the_un_s() -> None:
    text = NOON.replace("UN agencies", "NATO allies").replace("noon briefing", "briefing")
    found = read_transcript(text)
    assert found is not None
    assert {t.speaker.institution for t in found.turns} == {"NATO"}


# The header's date


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "Regular Briefing by Spokesperson Kim Dae-sung\n\nDate: Monday, June 22, 2020",
            "2020-06-22",
        ),
        ("Talks with President of Ruritania Anton Weller\n\nMay 3, 2017, Sochi", "2017-05-03"),
        ("Spokesperson Lin Jian's Regular Press Conference\n\n2019-10-17 21:45", "2019-10-17"),
        ("Interview of Minister Ana Ruiz to Radio Sur, 30 December 2023", "2023-12-30"),
        (
            "Briefing by Spokesperson Kim Dae-sung on the talks since 4 March 2021\n\n"
            "5 September 2022",
            "2022-09-05",
        ),
    ],
)
def test_the_header_date_dates_the_turns(header: str, expected: str) -> None:
    text = (
        f"{header}\n\nQuestion: Is the agreement final?\n\n"
        "Kim Dae-sung: It is final, and it will be signed by both governments next week.\n\n"
        "Question: And the schedule?\n\nKim Dae-sung: The schedule will be announced later.\n"
    )
    for name in ("Kim Dae-sung", "Anton Weller", "Lin Jian", "Ana Ruiz"):
        if name in header:
            text = text.replace("Kim Dae-sung:", f"{name}:")
    found = extract(text, published=datetime.date(2024, 1, 2))
    assert [s.said_on for s in found] == [expected, expected]


def test_the_header_date_below_long_site_chrome_is_the_article_s_date() -> None:
    chrome = "\n".join(["Home", "About the Ministry", "Minister", "Press Room"] * 4)
    text = f"{chrome}\n\n{UNLABELLED_OPENING}"
    assert read_meta(text).published == datetime.date(2024, 4, 4)


def test_without_a_header_date_turns_take_the_publication_day() -> None:
    text = (
        "Interview with Foreign Minister Tomas Varga\n\n"
        "Question: Is there progress?\n\nTomas Varga: There is some progress, and talks go on.\n"
        "\nQuestion: When is the next round?\n\nTomas Varga: In two weeks, in Vienna, I hope.\n"
    )
    found = extract(text, published=datetime.date(2024, 1, 2))
    assert [s.said_on for s in found] == ["2024-01-02", "2024-01-02"]


# The end of an excerpt


def test_words_cut_off_by_the_end_of_an_excerpt_are_no_statement() -> None:
    text = """\
Foreign Ministry Spokesperson Wu Qian's Regular Press Conference on May 9, 2024

Q: Will the talks resume?

A: The talks will resume next month in Geneva. Both sides have agreed on the agenda.

Q: And the trade dispute?

A: The Ministry of Comm
"""
    found = read_transcript(text)
    assert found is not None
    assert [text[t.start : t.end] for t in found.turns] == [
        "The talks will resume next month in Geneva. Both sides have agreed on the agenda."
    ]


# Not transcripts


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, May 3. /TASS/. Russian Foreign Minister Sergey Lavrov said on Friday that the "
        "talks would continue.\n\nLavrov added: the next round will take place in Istanbul.\n",
        "Allies meet in Brussels\n\nNote: this story has been updated.\n\nBRUSSELS (Reuters) - "
        "NATO ministers met on Tuesday.\n\nPhoto: a view of the summit hall.\n",
    ],
)
def test_news_is_not_read_as_a_transcript(text: str) -> None:
    assert read_transcript(text) is None


# Formats met on other governments' and broadcasters' pages


def test_q_and_a_under_a_title_naming_the_interviewee_and_the_channel() -> None:
    text = (
        "Interview of Foreign Minister Amara Okafor with Channel Four Television, "
        "8 May 2024\n\n"
        "Q: Minister, what did the summit achieve?\n\n"
        "A: We agreed a framework for the debt talks, and that is real progress for the "
        "countries that carry the heaviest burden.\n\n"
        "Q: Will the lenders accept it?\n\n"
        "A: I believe the main lenders see that a default would cost them more.\n"
    )
    assert turns(text) == [
        ("Amara Okafor", "We agreed a framework"),
        ("Amara Okafor", "I believe the main"),
    ]


def test_an_interviewer_named_only_in_the_labels_asks() -> None:
    text = (
        "Transcript: Interview with Dutch Foreign Minister Pieter Vos on Radio Noord "
        "(June 2, 2024)\n\n"
        "Anna de Wit: Minister, thank you for coming in. Is the asylum deal dead?\n\n"
        "Pieter Vos: Not at all. The coalition agreed the outline, and the details will "
        "follow before the summer.\n\n"
        "Anna de Wit: But your partners say the timetable is unrealistic.\n\n"
        "Pieter Vos: Timetables in The Hague are always unrealistic until they are met.\n"
    )
    found = turns(text)
    assert [who for who, _ in found] == ["Pieter Vos", "Pieter Vos"]
    assert extract(text, published=None)[0].said_on == "2024-06-02"


def test_an_interview_without_labels_gives_each_answer_to_the_interviewee() -> None:
    text = (
        "Interview: Foreign Minister Karin Lund in the Nordposten\n\n"
        "14.05.2024\n\n"
        "Ms Lund, the Baltic pipeline was damaged again. Who is behind it?\n\n"
        "The investigation is still under way. I will not speculate before it is complete.\n\n"
        "Will Sweden close its ports to Russian ships?\n\n"
        "We are discussing every option with our partners in the European Union.\n"
    )
    found = extract(text, published=None)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Karin Lund", "2024-05-14"),
        ("Karin Lund", "2024-05-14"),
    ]
    assert found[1].text.startswith("We are discussing every option")


def test_a_council_record_with_the_language_spoken_after_the_country() -> None:
    text = (
        "Security Council, 9612th meeting, Tuesday, 7 May 2024, 3 p.m., New York\n\n"
        "The President: I give the floor to the representative of Brazil.\n\n"
        "Mr. Sergio Danese (Brazil) (spoke in Portuguese): Brazil supports the draft because "
        "it keeps the humanitarian corridors open.\n\n"
        "The President: I thank the representative of Brazil.\n\n"
        "Mr. Nebenzia (Russian Federation) (spoke in Russian): The text ignores the causes of "
        "the crisis, and we will abstain.\n"
    )
    found = extract(text, published=None)
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Sergio Danese", "2024-05-07"),
        ("Nebenzia", "2024-05-07"),
    ]


def test_a_retranslated_guest_label_is_no_wire_dateline() -> None:
    text = (
        "Press statements following Russian-Egyptian talks\n\n"
        "May 16, 2024, Moscow\n\n"
        "Vladimir Putin: Mr President, friends, our talks covered trade, the nuclear plant "
        "at El Dabaa and the situation in Gaza.\n\n"
        "Abdel Fattah el-Sisi (retranslated): Egypt values the partnership and will keep "
        "working for a ceasefire.\n"
    )
    assert read_meta(text).dateline_place is None
    assert [who for who, _ in said(text)] == ["Vladimir Putin", "Abdel Fattah el-Sisi"]


def test_a_title_ending_in_its_date_in_brackets_heads_a_briefing() -> None:
    text = (
        "Transcript of Weekly Media Briefing by the Official Spokesperson (May 9, 2024)\n\n"
        "Shri Kiran Mehta, Official Spokesperson: Good afternoon. The Prime Minister will "
        "travel to Tokyo next week for the annual summit.\n\n"
        "Ravi: Sir, will a defence agreement be signed?\n\n"
        "Shri Kiran Mehta, Official Spokesperson: Several agreements are being finalised, and "
        "we will share the details once they are signed.\n"
    )
    found = extract(text, published=None)
    assert {s.speaker for s in found} == {"Kiran Mehta"}
    assert len(found) == 2


def test_a_speech_page_is_the_words_of_the_one_its_title_names() -> None:
    text = (
        "Remarks by Secretary-General Maria Duarte at the opening of the Ocean Conference\n\n"
        "Lisbon, 3 June 2024\n\n"
        "Excellencies, ladies and gentlemen,\n\n"
        "The ocean is running out of breath. Warming waters are bleaching the reefs faster "
        "than any model predicted.\n"
    )
    found = extract(text, published=None)
    assert [(s.speaker, s.said_on) for s in found] == [("Maria Duarte", "2024-06-03")]
    assert found[0].text.startswith("The ocean is running out")


def test_the_following_statement_after_a_colon_is_the_minister_s() -> None:
    text = (
        "Minister Lena Brandt today issued the following statement:\n\n"
        '"Norway condemns the attack on the aid convoy. Those responsible must be held '
        'to account."\n'
    )
    (found,) = extract(text, published=datetime.date(2024, 5, 2))
    assert (found.speaker, found.said_on) == ("Lena Brandt", "2024-05-02")
    assert "condemns the attack" in found.text


def test_a_government_speech_page_is_the_words_of_the_one_it_is_from() -> None:
    text = (
        "Speech\n"
        "Minister's speech at the Chatham House conference\n\n"
        "The minister set out the government's approach to the Arctic.\n\n"
        "From: Ministry of Defence and The Rt Hon Jane Doe MP\n"
        "Published 6 May 2024\n"
        "Delivered on: 6 May 2024 (Original script, may differ from delivered version)\n\n"
        "Thank you for having me.\n\n"
        "The Arctic is no longer a region of low tension. We will double our patrols in the "
        "High North and work with our Nordic allies to keep the sea lanes open.\n"
    )
    (found,) = extract(text, published=None)
    assert (found.speaker, found.said_on) == ("Jane Doe", "2024-05-06")
    assert "double our patrols" in found.text


def test_a_doorstop_headed_in_capitals_takes_the_day_of_its_header() -> None:
    text = (
        "TRANSCRIPT\n\n"
        "ERIK SOLVANG, MINISTER FOR TRADE\n\n"
        "DOORSTOP INTERVIEW, PERTH\n\n"
        "TUESDAY, 14 MAY 2024\n\n"
        "ERIK SOLVANG: Thanks for coming. The barley deal opens a market worth two billion "
        "dollars to our growers.\n\n"
        "JOURNALIST: Will the tariffs return?\n\n"
        "SOLVANG: Nobody can promise that, but the agreement gives us a way to settle disputes.\n"
    )
    found = extract(text, published=datetime.date(2024, 5, 16))
    assert [(s.speaker, s.said_on) for s in found] == [("Erik Solvang", "2024-05-14")] * 2


def test_a_label_of_a_title_at_a_body_is_the_one_the_header_names_so() -> None:
    text = (
        "Press conference by OSCE Secretary General Ines Kragh after the Ministerial Council\n\n"
        "12 Jun. 2024\n\n"
        "OSCE Spokesperson Paul Mertens: Good afternoon, the Secretary General will take "
        "questions after her remarks.\n\n"
        "OSCE Secretary General Ines Kragh: The Council agreed on a budget for the first time "
        "in four years.\n\n"
        "Question (AP): Will the mission in Moldova be extended?\n\n"
        "OSCE Secretary General: The mission will continue for another year, with a smaller "
        "staff.\n"
    )
    assert said(text)[-2:] == [
        ("Ines Kragh", "The Council agreed on"),
        ("Ines Kragh", "The mission will continue"),
    ]


def test_opening_remarks_in_lower_case_head_a_page_of_the_speaker_s_words() -> None:
    text = (
        "Opening remarks by High Representative/Vice-President Ines Kragh at the press "
        "conference after the Nordic summit\n\n"
        "Reykjavik, 12.06.2024\n\n"
        "Check against delivery!\n\n"
        "Good afternoon. The five of us agreed to pool our orders of ammunition, because "
        "buying alone has made it dearer for everyone.\n"
    )
    (found,) = extract(text, published=datetime.date(2024, 6, 13))
    assert (found.speaker, found.said_on) == ("Ines Kragh", "2024-06-12")
    assert "pool our orders" in found.text


def test_a_readout_dated_in_capitals_is_published_that_day() -> None:
    text = (
        "Secretary's Meeting with Norwegian Foreign Minister Lund\n\n"
        "READOUT\n\n"
        "OFFICE OF THE SPOKESPERSON\n\n"
        "MAY 14, 2024\n\n"
        "Secretary Ana Roe met today with Norwegian Foreign Minister Kari Lund in Washington. "
        "The Secretary thanked Norway for its support to Ukraine.\n"
    )
    published = read_meta(text).published
    assert published == datetime.date(2024, 5, 14)
    (found,) = extract(text, published=published)
    assert found.said_on == "2024-05-14"


def test_an_excerpt_opening_on_a_turn_keeps_that_turn_but_a_headline_is_none() -> None:
    text = (
        "Lin Jian: China has noted the reports. We urge the US side to stop sending wrong "
        "signals.\n\n"
        "Reuters: Has China lodged representations with the US?\n\n"
        "Lin Jian: We have lodged stern representations with the US side.\n"
    )
    assert said(text) == [("Lin Jian", "China has noted the"), ("Lin Jian", "We have lodged stern")]
    headline = "Lavrov: Moscow will answer the missiles\n\n" + text
    assert said(headline)[0] == ("Lin Jian", "China has noted the")
    quoted = 'Lin Jian: "The US must stop"\n\n' + text
    assert said(quoted)[0] == ("Lin Jian", "China has noted the")


def test_parliament_questions_give_the_minister_s_answers_not_the_members_questions() -> None:
    # members' labels carry a constituency and a party; a minister's label a title with the
    # name in brackets; tabled questions have no question mark; the Speaker keeps order
    inline = (
        "Foreign Office questions - 14 May 2024\n\n"
        "Tom Hale (Westbury) (Lab/Co-op): What recent discussions he has had with allies on "
        "support for Moldova.\n\n"
        "The Minister for Europe (Ruth Castle): Our support for Moldova is unwavering. We have "
        "committed £20 million this year to its energy security.\n\n"
        "Tom Hale: Will the Minister confirm that the money will reach the grid this winter?\n\n"
        "Mr Speaker: I call the Minister.\n\n"
        "Ruth Castle: It will. The first payments were made last week.\n"
    )
    found = extract(inline, published=datetime.date(2024, 5, 15))
    assert [(s.speaker, s.said_on) for s in found] == [("Ruth Castle", "2024-05-14")] * 2
    assert "Our support for Moldova" in found[0].text
    # a parliament site: the name on a line, the party and seat under it, then the post
    stacked = (
        "Moldova\nVolume 750: debated on Tuesday 14 May 2024\n\n"
        "Tom Hale\nLabour - Westbury\n"
        "What recent discussions he has had with allies on support for Moldova.\n\n"
        "Ruth Castle\nConservative - Eastleigh\nMinister of State (Foreign Office)\n"
        "Our support for Moldova is unwavering. We have committed £20 million this year.\n\n"
        "Tom Hale\nLabour - Westbury\nWill the money reach the grid this winter?\n\n"
        "Ruth Castle\nConservative - Eastleigh\nIt will. The first payments were made last week.\n"
    )
    found = extract(stacked, published=datetime.date(2024, 5, 15))
    assert [(s.speaker, s.said_on) for s in found] == [("Ruth Castle", "2024-05-14")] * 2
    assert found[0].text.startswith("Our support for Moldova")


def test_statements_by_a_ministry_s_unnamed_spokesperson_are_the_ministry_s() -> None:
    text = (
        "Statements made by the Spokesperson of the Ministry for Foreign Affairs\n\n"
        "Oslo, May 14, 2024\n\n"
        "1. Sudan - Statement by the Spokesperson\n\n"
        "Norway is deeply concerned by the fighting around El Fasher. It calls on all "
        "parties to let aid through.\n\n"
        "2. Ukraine - Q&A - Excerpt from the press briefing\n\n"
        "Q. - Will Norway send more air defence?\n\n"
        "A. - Norway will do whatever is needed to protect Ukraine's cities.\n"
    )
    found = extract(text, published=None)
    assert [(s.speaker, s.speaker_type) for s in found] == [
        ("Norwegian Ministry for Foreign Affairs", "institution")
    ] * 2
    assert found[0].text.startswith("Norway is deeply concerned")


def test_an_interview_announced_in_a_sentence_gives_the_answers_to_its_guest() -> None:
    text = (
        "Lund: Norway will not accept new faits accomplis in the Arctic\n\n"
        "Foreign Minister Kari Lund spoke to Nordic Review about Russia, the Arctic and "
        "Ukraine.\n\n"
        "Minister, how would you describe relations with Moscow today?\n\n"
        "They are at their lowest point in decades, and we have no illusions about it.\n\n"
        "Is there a risk of an incident at sea?\n\n"
        "There is always a risk. That is why the hotline must stay open.\n"
    )
    assert said(text, datetime.date(2024, 5, 2)) == [
        ("Kari Lund", "They are at their"),
        ("Kari Lund", "There is always a"),
    ]
    # a news story whose reporter asks in the text is not an interview
    story = (
        "Foreign Minister Kari Lund spoke to reporters in Oslo.\n\n"
        'What comes next? "Nobody knows," one diplomat said.\n\n'
        "The talks stalled in March.\n\n"
        "Will they resume? Officials doubt it.\n\n"
        "The ministry declined to comment.\n"
    )
    assert ("Kari Lund", "The talks stalled in") not in said(story, datetime.date(2024, 5, 2))


def test_a_comment_by_a_spokeswoman_is_her_words() -> None:
    text = (
        "Comment by Foreign Ministry Spokeswoman Lena Brandt on the new sanctions package\n\n"
        "We have taken note of the decision to adopt yet another package of restrictions. "
        "They will not achieve their goals.\n"
    )
    (found,) = extract(text, published=datetime.date(2024, 3, 6))
    assert (found.speaker, found.said_on) == ("Lena Brandt", "2024-03-06")
    assert found.text.startswith("We have taken note")


def test_a_parliament_site_s_excerpt_links_and_bracketed_posts_are_no_words() -> None:
    text = (
        "Moldova\nVolume 750: debated on Tuesday 14 May 2024\n\n"
        "Tom Hale Excerpts\nLabour - Westbury\n"
        "What recent discussions he has had with allies on support for Moldova.\n\n"
        "Ruth Castle Excerpts\nConservative - Eastleigh\n(Minister of State (Foreign Office))\n"
        "Our support for Moldova is unwavering. We have committed £20 million this year.\n"
    )
    (found,) = extract(text, published=datetime.date(2024, 5, 15))
    assert (found.speaker, found.said_on) == ("Ruth Castle", "2024-05-14")
    assert found.text.startswith("Our support for Moldova")


def test_a_label_of_initials_is_the_one_whose_title_they_begin() -> None:
    text = (
        "Press remarks by High Representative Ines Kragh after the Council\n\n"
        "Brussels, 12.06.2024\n\n"
        "HR/VP: Good afternoon. Ministers agreed on sanctions against violent settlers.\n\n"
        "Q: Will the money for ammunition arrive in time?\n\n"
        "HR/VP: We are working to make it arrive as fast as possible.\n"
    )
    assert {s.speaker for s in extract(text, published=None)} == {"Ines Kragh"}
