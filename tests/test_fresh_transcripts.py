"""Transcripts and briefing pages of a fresh blind set (ministry briefings, UN noon
briefings, White House and broadcast transcripts; issue 8): whole sections of a briefer's
turn that went missing, and proposals that were no statement.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A ministry briefing split by topic lines in sentence case, with no full stop: the second
# topic opens with a ceremony in which the minister "presented a book called ...".

BRIEFING_BY_TOPIC = """\
Briefing by Foreign Ministry Spokesperson Maria Zakharova, Sochi, May 14, 2019

Good afternoon, colleagues,

We are meeting today in Sochi, where the weather has been kind to us all week.

Presentation of a photo album on the Russian fleet in Malta

Earlier today, Foreign Minister Sergey Lavrov and his Maltese counterpart presented an \
album called Malta and the Northern Sea at the ministry's guest house. We announced it last \
month.

The album is printed in Russian and Maltese, and copies will go to both naval museums.
"""


def test_a_topic_line_without_a_stop_opens_a_new_section_of_the_briefing() -> None:
    found = extract(BRIEFING_BY_TOPIC, published=datetime.date(2019, 5, 14))
    opening = [s for s in found if s.text.startswith("We are meeting today in Sochi")]
    assert opening and "Presentation of a photo album" not in opening[0].text
    album = [s for s in found if s.text.startswith("Earlier today, Foreign Minister Sergey")]
    assert album and album[0].speaker == "Maria Zakharova"


def test_a_thing_called_by_its_name_is_no_saying() -> None:
    # "presented an album called X", "joined a group called Y": "called" names the thing
    for text in (
        "Earlier today, Foreign Minister Ana Ruiz and her Maltese counterpart launched an "
        "album called Malta and the Sea at the ministry's guest house.",
        "Minister Ana Ruiz wrote a letter to a panel called the Coastal Forum on Monday.",
    ):
        found = extract(text, published=datetime.date(2019, 5, 14))
        assert not any(s.text.startswith(("Malta and the Sea", "the Coastal Forum")) for s in found)


def test_calling_a_plan_something_is_still_saying() -> None:
    # guard (passes before): the subject "calls" the plan a name: a description, said
    found = extract(
        "Foreign Minister Ana Ruiz called the plan a trap on Monday.",
        published=datetime.date(2019, 5, 14),
    )
    assert [s.speaker for s in found] == ["Ana Ruiz"]


# A noon briefing relays the Secretary-General's day: "called on King X" is a visit paid.

COURTESY_CALL = """\
Later, the Secretary-General called on Emir Hamad and personally offered his sympathy \
for the victims of the floods.
"""


def test_calling_on_a_named_host_with_no_appeal_is_a_visit() -> None:
    found = extract(COURTESY_CALL, published=datetime.date(2019, 5, 14))
    assert not any(s.text.startswith("called on Emir Hamad") for s in found)


def test_calling_on_a_named_leader_to_act_is_still_an_appeal() -> None:
    # guard (passes before)
    found = extract(
        "Later, the Secretary-General called on Emir Hamad to open the border crossings.",
        published=datetime.date(2019, 5, 14),
    )
    assert [s.text for s in found] == ["called on Emir Hamad to open the border crossings"]


# Highlights of a noon briefing: the new deputy is sworn in, then "The Secretary-General
# said ..." about her. The bare title is not the deputy's.

DEPUTY_SWORN_IN = """\
HIGHLIGHTS OF THE NOON BRIEFING
TUESDAY, 4 MARCH 2014
-
The new Deputy Secretary-General, Ms. Amina Mohammed, was sworn in this morning.
-
The Secretary-General said Ms. Mohammed brings long experience of development work.
-
The Deputy Secretary-General said she was proud to take up the post.
"""


def test_the_bare_title_is_not_the_deputy_named_with_it() -> None:
    found = extract(DEPUTY_SWORN_IN, published=datetime.date(2014, 3, 4))
    praise = [s for s in found if s.text.startswith("Ms. Mohammed brings long")]
    assert praise and praise[0].speaker != "Amina Mohammed"
    # guard: the deputy's own title still finds her
    proud = [s for s in found if s.text.startswith("she was proud")]
    assert proud and proud[0].speaker == "Amina Mohammed"


def test_the_president_is_not_the_vice_president_named_before() -> None:
    text = (
        "Vice President Laura Vance met the delegation on Tuesday.\n"
        "The president said the talks would resume in June."
    )
    found = extract(text, published=datetime.date(2014, 3, 4))
    assert found and found[0].speaker != "Laura Vance"


# "X, spokesman for Secretary-General Y, said": Y holds the title after "for"; X speaks.


def test_the_spokesman_speaks_not_the_chief_he_speaks_for() -> None:
    found = extract(
        "Farhan Haq, spokesman for Secretary-General Antonio Guterres, said the convoy had "
        "reached the camp on Sunday.",
        published=datetime.date(2019, 5, 14),
    )
    assert [s.speaker for s in found] == ["Farhan Haq"]


def test_an_unnamed_spokesman_for_a_named_chief_is_no_one_named() -> None:
    # guard (passes before): the aide unnamed, the chief not the speaker
    found = extract(
        "A spokesman for Secretary-General Antonio Guterres said the convoy had reached the "
        "camp on Sunday.",
        published=datetime.date(2019, 5, 14),
    )
    assert not any(s.speaker and "Guterres" in s.speaker for s in found)


# Highlights of a noon briefing name the Secretary-General only in the capitals of the
# header; the body calls him "the Secretary-General".

SHOUTED_HEADER = """\
HIGHLIGHTS OF THE NOON BRIEFING
BY FARHAN HAQ, DEPUTY SPOKESPERSON FOR SECRETARY-GENERAL ANTONIO GUTERRES
THURSDAY, 16 MAY 2019
FLOODS IN THE SOUTH
-
The Secretary-General said the floods showed how exposed the region had become.
"""


def test_the_title_in_the_body_is_the_one_the_shouted_header_names() -> None:
    found = extract(SHOUTED_HEADER, published=datetime.date(2019, 5, 16))
    floods = [s for s in found if s.text.startswith("the floods showed")]
    assert floods and floods[0].speaker == "Antonio Guterres"


# "The Secretary-General spoke at the opening of ... He said ...": the title as the subject of
# a sentence that frames no words is who "he" next means, not the man quoted before it.

TITLE_LEADS = """\
Secretary-General Antonio Guterres swore in his new chief of staff, Mr. Jan Kowal, on \
Monday morning.
Mr. Kowal said he was honoured to join the team at a difficult time.
On Monday afternoon, the Secretary-General spoke at the opening of the Economic and Social \
Council.
He said that this year's report on poverty gave some reason for hope.
"""


def test_a_title_leading_a_sentence_of_narrative_is_the_next_he() -> None:
    found = extract(TITLE_LEADS, published=datetime.date(2019, 5, 13))
    hope = [s for s in found if s.text.startswith("this year's report on poverty")]
    assert hope and hope[0].speaker == "Antonio Guterres"


def test_highlighting_a_quoted_word_of_praise_is_saying() -> None:
    # 'highlighted his "decisive" role': the object holds the speaker's own word, quoted;
    # "the visit highlighted the ties" still says nothing
    found = extract(
        "The Secretary-General, Antonio Guterres, highlighted her \u201cdecisive\u201d role in "
        "the Geneva talks.",
        published=datetime.date(2019, 5, 13),
    )
    assert [(s.speaker, s.kind) for s in found] == [("Antonio Guterres", "mixed")]
    assert not extract(
        "The visit of Antonio Guterres highlighted the close ties between the two states.",
        published=datetime.date(2019, 5, 13),
    )


def test_an_aside_between_the_verb_and_its_object_keeps_the_words() -> None:
    # "praised, in particular, the work of ...": the aside set off by commas, then the object
    for text, words in (
        (
            "Antonio Guterres highlighted, for example, her \u201cdecisive\u201d role in the "
            "Geneva talks.",
            "her \u201cdecisive\u201d role in the Geneva talks",
        ),
        (
            "Antonio Guterres condemned, in particular, the shelling of the port.",
            "condemned, in particular, the shelling of the port",
        ),
    ):
        found = extract(text, published=datetime.date(2019, 5, 13))
        assert [(s.speaker, s.text) for s in found] == [("Antonio Guterres", words)], text


def test_a_comma_inside_the_closing_quote_reads_as_a_plain_comma_before_a_participle() -> None:
    # 'rooted in "naked force," arguing that ...': American punctuation puts the comma inside
    # the quote; the participle's words are read as after a plain comma
    plain = extract(
        "Spokesman Esmaeil Baqaei accused Washington of bullying, arguing that the talks "
        "were over for good.",
        published=datetime.date(2025, 12, 1),
    )
    quoted = extract(
        "Spokesman Esmaeil Baqaei accused Washington of \u201cbullying,\u201d arguing that the "
        "talks were over for good.",
        published=datetime.date(2025, 12, 1),
    )
    assert len(plain) == len(quoted) == 1
    # (the participle reads on with the words before it, in both)
    assert plain[0].text.endswith(", arguing that the talks were over for good")
    assert quoted[0].text.endswith(",\u201d arguing that the talks were over for good")


# A briefing relayed the next day by a subscription service, its stamp in an American time
# zone: "10/11/2022 07:54 PM EDT" is 11 October (month first), the day of the briefing.

RELAYED_BRIEFING = """\
You are subscribed to Department Press Briefings. This information has recently been updated.
03/06/2023 06:12 PM EST
Vedant Patel, Principal Deputy Spokesperson
Washington, D.C.
2:11 p.m. EST
MR PATEL: Good afternoon, everybody. I have one item at the top.
MR PATEL: The United States condemns the sentencing of the three reporters in Minsk, and we \
call for their immediate release.
QUESTION: Thanks, Vedant.
"""


def test_a_slashed_stamp_in_an_american_time_zone_is_month_first() -> None:
    found = extract(RELAYED_BRIEFING, published=datetime.date(2023, 3, 7))
    condemn = [s for s in found if "sentencing of the three reporters" in s.text]
    assert condemn and condemn[0].said_on == "2023-03-06"


# A ministry's written answer, numbered and dated in its title, the spokesperson named after
# the post and a comma, then the occasion: "In Response to a Question Regarding ...".

NUMBERED_ANSWER = """\
QA-12, 3 March 2019, Statement of the Spokesperson of the Ministry of Foreign Affairs, \
Ambassador Hami Aksoy, In Response to a Question Regarding the Remarks of a Greek Official

It is regrettable that a neighbour with whom we share so many interests chooses the language \
of threats at a time when talks have only just resumed.

We expect Athens to stay on the path of dialogue.
"""


def test_a_numbered_answer_is_the_spokesperson_named_in_its_title() -> None:
    found = extract(NUMBERED_ANSWER, published=datetime.date(2019, 3, 3))
    assert found and all(s.speaker == "Hami Aksoy" for s in found)
    assert found[0].text.startswith("It is regrettable that a neighbour")


def test_a_feeling_expressed_is_not_the_one_who_expressed_it() -> None:
    # "the concerns and complaints expressed about this country": what was expressed
    found = extract(
        "These claims are at odds with the concerns and complaints expressed repeatedly at the "
        "United Nations about the country's conduct.",
        published=datetime.date(2019, 3, 3),
    )
    assert found == []


# Excerpts of a ministry's daily briefing, "Q :" and "A :" only and no name anywhere: the
# question's report of what someone said is the journalist's question, not a statement.

UNNAMED_QA = """\
Spain - Q&A - Excerpts from the daily press briefing (14.03.19)

Q : The Spanish foreign minister said this morning that Paris had blocked the new gas link. \
How do you respond?

A : We are not blocking anything, and the two ministers will discuss the link on Friday.
"""


def test_a_question_of_an_unnamed_briefing_reports_no_statement() -> None:
    found = extract(UNNAMED_QA, published=datetime.date(2019, 3, 14))
    assert not any("blocked the new gas link" in s.text for s in found)


def test_a_question_labelled_in_prose_with_no_answers_is_still_read() -> None:
    # guard (passes before): "Q:" with no answer labelled is no Q&A page
    text = "Q: the foreign minister said this morning that Paris had blocked the new gas link."
    found = extract(text, published=datetime.date(2019, 3, 14))
    assert found


# A transcription service posts the briefing the next day, its title giving the day with
# slashes that read either way ("3/08/23"): the reading in the week before the page's day.

SLASHED_TITLE = """\
Mar 9, 2023

Pentagon press secretary holds news briefing on 3/08/23 Transcript

Pat Ryder: (00:02)
Good afternoon, everyone. Secretary Austin spoke with his Polish counterpart this morning \
about the new air-defence batteries, and the first of them will arrive before the summer.
"""


def test_a_slashed_day_in_the_title_is_read_in_the_week_before_the_posting() -> None:
    found = extract(SLASHED_TITLE, published=datetime.date(2023, 3, 9))
    assert found and all(s.said_on == "2023-03-08" for s in found)


# Highlights copied from an old page whose lines break at its links, often before a name:
# "agreed to send the\nStanding Committee". Every line of a bullet runs into the next.

RAGGED_HIGHLIGHTS = """\
HIGHLIGHTS OF THE NOON BRIEFING
BY FARHAN HAQ, DEPUTY SPOKESPERSON FOR SECRETARY-GENERAL ANTONIO GUTERRES
TUESDAY, 14 MAY 2019
COUNCIL HEARS OF FIGHTING IN THE NORTH
- In a closed meeting this morning, the
Security Council heard a briefing on the
fighting around the northern camps from the
Special Envoy.
- Under-Secretary-General for Humanitarian
Affairs, Mark Lowcock, told the
Council on Monday that the camps had run out of
clean water and that convoys were blocked at the
border.
- The Secretary-General said that the
United Nations would keep its staff in the
region and urged the parties to reopen the
roads to the camps without delay.
"""


def test_lines_broken_at_links_are_read_as_one_sentence() -> None:
    found = extract(RAGGED_HIGHLIGHTS, published=datetime.date(2019, 5, 14))
    said = {s.speaker: s for s in found}
    assert "Mark Lowcock" in said and said["Mark Lowcock"].text.startswith("the camps had run")
    assert said["Mark Lowcock"].said_on == "2019-05-13"
    assert "Antonio Guterres" in said
    assert said["Antonio Guterres"].text.startswith("the United Nations would keep its staff")


def test_words_of_a_heading_in_capitals_are_no_one_he_can_be() -> None:
    # a heading broken over two lines, "U.N. MIDDLE / EAST ENVOY CONCERNED ...": its words read
    # like a name, but no one is named there
    text = (
        "THURSDAY, 16 MAY 2019\n"
        "U.N. MIDDLE\n"
        "EAST ENVOY CONCERNED AT NEW BUILDING PLANS\n"
        "- He said the plans would make a settlement harder to reach.\n"
    )
    found = extract(text, published=datetime.date(2019, 5, 16))
    assert not any(s.speaker == "U.N. MIDDLE" for s in found)


# A video page: a caption naming who held the briefing and the day, then a machine transcript
# in timed lines, unlabelled, in the first person.

VIDEO_CAPTION = """\
State Department spokesperson Tammy Bruce held a press briefing on Tuesday.
Category
News
Transcript
00:00Good afternoon, everyone. I have two things at the top before we go to questions.
00:07First, the United States welcomes the release of the two aid workers held in the north \
since March,
00:15and we thank the government of Oman for its help in bringing them home safely.
"""


def test_a_caption_naming_who_held_the_briefing_gives_the_words_below() -> None:
    found = extract(VIDEO_CAPTION, published=datetime.date(2025, 6, 12))
    welcome = [s for s in found if "welcomes the release" in s.text]
    assert welcome and welcome[0].speaker == "Tammy Bruce"
    assert welcome[0].said_on == "2025-06-10"


def test_a_story_opening_with_who_held_a_briefing_is_still_a_story() -> None:
    # guard: the story's next sentence reports, in the third person
    text = (
        "State Department spokesperson Tammy Bruce held a press briefing on Tuesday.\n"
        "She said the United States welcomed the release of the two aid workers held in the "
        "north since March.\n"
    )
    found = extract(text, published=datetime.date(2025, 6, 12))
    assert [(s.speaker, s.text[:20]) for s in found] == [("Tammy Bruce", "the United States we")]


VIDEO_CAPTION_GLUED = """\
- 2 days ago
Pentagon press secretary Kingsley Wilson held a news briefing on Monday.
Category
\U0001f5de
NewsTranscript
00:00Good afternoon. I'll begin with a short update on the exercise in the Pacific and then
00:06take your questions. This week our forces completed the largest joint drill in the region
00:13since the spring, and we will publish the full results on Friday.
"""


def test_a_caption_over_timed_lines_glued_to_their_times_gives_the_words() -> None:
    found = extract(VIDEO_CAPTION_GLUED, published=datetime.date(2025, 8, 6))
    drill = [s for s in found if "largest joint drill" in s.text]
    assert drill and drill[0].speaker == "Kingsley Wilson"
    assert drill[0].said_on == "2025-08-04"


# A parliamentary record names a member in full at the first question, then by courtesy
# title and surname alone on the line above a later turn: "Mr Lammy".

QUESTION_TIME = """\
Ukraine
Volume 729: debated on Tuesday 7 March 2023

1. Ms Priya Kalsi (Northtown) (Lab)
What recent assessment she has made of the situation in Ukraine.

The Minister of State for Europe (Leo Docherty)
The United Kingdom will keep supplying Ukraine with what it needs to defend itself, and we \
will work with our allies to make sure the support lasts for as long as it takes.

Ms Kalsi
I am grateful for that answer, but families in my constituency are still waiting for their \
visas after four months, and that is simply not good enough.

Leo Docherty
The Home Office has cleared most of the backlog, and I will write to the hon. Lady about the \
cases she raises.
"""


def test_a_member_named_by_surname_alone_is_the_member_named_in_full_before() -> None:
    # her supplementary is hers (whether a record counts it as a statement or a question),
    # never the minister's whose turn came before it
    found = extract(QUESTION_TIME, published=datetime.date(2023, 3, 7))
    assert not any(s.speaker == "Leo Docherty" and "waiting for their" in s.text for s in found)
    assert [s.speaker for s in found if "cleared most of the backlog" in s.text] == ["Leo Docherty"]
