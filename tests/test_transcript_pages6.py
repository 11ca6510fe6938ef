"""Transcript layouts of official pages found by a yield scan of real briefings, press
conferences, interviews and press encounters: a head of state's label in capitals with the
title "of" the country, a post's initials under a site's "Former", numbered questions, a
reposted title after two names, a courtesy title run into a name, single-letter labels,
questions set off by a dash, Turkish capitals, "Q)" and "A)", a label that lost its colon,
an excerpt opening on an interpreted turn, and labels closed by a full stop.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# An archived presidential site's transcript of a news conference: the labels in capitals,
# the first one giving the title "of" the country before the name, the later ones the name.

SHOUTED_TITLE_OF = """\
Transcript of the Annual Press Conference

February 14, 2007

Round Hall, The Kremlin, Moscow

PRESIDENT OF RUSSIA VLADIMIR PUTIN: Good afternoon, colleagues. I am glad to see so many of you \
here again this winter.

Let me say a few words about the economy before we turn to your questions. Growth held up well \
over the year and investment rose faster than we had planned.

QUESTION: Mr President, will the pipeline to China be finished on schedule?

VLADIMIR PUTIN: The first section will be ready next year, and the rest depends on the price \
talks, which are going well.
"""


def test_a_title_of_a_country_in_a_shouted_label_is_no_part_of_the_name() -> None:
    found = extract(SHOUTED_TITLE_OF, published=datetime.date(2007, 2, 14))
    assert len(found) == 2
    assert {s.speaker for s in found} == {"Vladimir Putin"}
    assert not any(s.text.startswith("Mr President") for s in found)


# An international organisation's archive of its chief's press encounters: the page names
# him with the post the site has given him since ("Former Secretary-General"); the words
# below are labelled by the initials of the post he held then, the questions by "Q:".

FORMER_POST_INITIALS = """\
Remarks on leaving the Security Council chamber (unofficial transcript)
Press encounters | Javier Pérez de Cuéllar, Former Secretary-General
SG: The members asked me to keep the channels open, and I told them I would travel to the \
region next week.
Q: Sir, do you expect a ceasefire before the end of the month?
SG: I would not put a date on it. Both parties have told me they want the fighting to stop, \
and I intend to hold them to that.
Q: Will you meet the foreign ministers together?
SG: If they agree to it, yes. Separately first, then together.
"""


def test_a_post_s_initials_name_its_holder_under_the_sites_former() -> None:
    found = extract(FORMER_POST_INITIALS, published=datetime.date(1988, 5, 10))
    assert len(found) == 3
    assert {s.speaker for s in found} == {"Javier Pérez de Cuéllar"}
    assert not any(s.text.startswith(("Sir, do you", "Will you meet")) for s in found)


# A foreign ministry's page of its spokesperson's regular press conference: the title names
# her, an announcement opens, then the questions are numbered ("1. Question:"), each under
# the outlet or the word "Question", the answers below labelled "Answer:" or not at all.

NUMBERED_QUESTIONS = """\
PRESS CONFERENCE BY MOFA SPOKESPERSON NGUYEN MINH HANG – October 3, 2019

ANNOUNCEMENT

President Nguyen Phu Trong will receive the Prime Minister of Cambodia in Ha Noi next \
Tuesday, and the two leaders will sign a plan for cooperation along the border.

QUESTIONS AND ANSWERS

1. Question: How does Viet Nam respond to the survey ship that entered its waters last week?

Answer: Viet Nam has lodged a protest and demands that the ship leave its exclusive \
economic zone at once.
"""


def test_a_numbered_question_label_asks_and_leaves_the_announcement_whole() -> None:
    found = extract(NUMBERED_QUESTIONS, published=datetime.date(2019, 10, 3))
    assert {s.speaker for s in found} == {"Nguyen Minh Hang"}
    texts = [s.text for s in found]
    assert len(texts) == 2
    assert any(t.startswith("President Nguyen Phu Trong will receive") for t in texts)
    assert not any("survey ship" in t for t in texts)


NUMBERED_OUTLETS = """\
Regular Press Conference by Foreign Ministry Spokesperson Doan Khac Viet – 14 March 2024

I. ANNOUNCEMENTS

Foreign Minister Bui Thanh Son will pay an official visit to New Zealand from 18 to 20 \
March, where he will co-chair the joint commission on trade and education.

II. Q&A

1. Tuoi Tre: What is Viet Nam's view of the new rules on fishing announced by a neighbour?

Viet Nam asks every country to respect the lawful rights of its fishermen and to settle \
differences by peaceful means.

2. Bloomberg: Will Viet Nam send rescue teams to the flooded provinces of Laos?

Two teams left Ha Noi this morning and more will follow if our friends ask for them.
"""


def test_numbered_outlet_questions_under_a_title_naming_the_briefer() -> None:
    found = extract(NUMBERED_OUTLETS, published=datetime.date(2024, 3, 14))
    assert {s.speaker for s in found} == {"Doan Khac Viet"}
    texts = [s.text for s in found]
    assert len(texts) == 3
    assert any(t.startswith("Two teams left Ha Noi") for t in texts)
    assert not any(t.endswith("?") for t in texts)


# A press club's repost of an EU service's page: the site's breadcrumb, then the title with
# the service's name and the meeting's before "Press remarks by X"; the remarks unlabelled,
# then a question marked "Q." and the answer below it.

REPOSTED_REMARKS = """\
Press Releases EEAS: General Affairs Council: Press remarks by High Representative Kaja \
Kallas upon arrival

EEAS: General Affairs Council: Press remarks by High Representative Kaja Kallas upon arrival

Good morning.

Today the ministers will look at how we keep our support for Ukraine going through the \
winter, and I will ask them to agree on the next package of measures.

We will also talk about the Western Balkans, where the region needs to see that its path \
towards the Union is real.

Q. Do you expect Hungary to lift its veto today?

I hope so, but I cannot promise it. We keep talking to every capital until we find a way.
"""


def test_a_reposted_title_with_two_names_before_it_says_whose_remarks() -> None:
    found = extract(REPOSTED_REMARKS, published=datetime.date(2025, 3, 10))
    assert {s.speaker for s in found} == {"Kaja Kallas"}
    texts = [s.text for s in found]
    assert any(t.startswith("I hope so, but I cannot promise it") for t in texts)
    assert not any("veto today?" in t for t in texts)


# A ministry's transcript whose labels run the courtesy title into the given name
# ("Mr.Jane Roe (Official Spokesperson):"), the post in brackets after the name.

GLUED_COURTESY = """\
Transcript of Special Briefing by Official Spokesperson on the visit of the Prime Minister \
to Japan (August 29, 2024)

August 30, 2024

Mr.Randhir Jaiswal (Official Spokesperson): Good evening and thank you for joining this \
briefing. The Prime Minister held talks with his Japanese counterpart this afternoon and the \
two sides agreed to double the number of students who study in each other's country.

Question: Was the bullet train project discussed?

Mr.Randhir Jaiswal (Official Spokesperson): It was, and both leaders asked their teams to \
keep the first section on schedule.
"""


def test_a_courtesy_title_run_into_the_name_is_no_part_of_it() -> None:
    found = extract(GLUED_COURTESY, published=datetime.date(2024, 8, 30))
    assert len(found) == 2
    assert {s.speaker for s in found} == {"Randhir Jaiswal"}


# An embassy's page reprinting a newspaper's interview with its ambassador: each speaker is
# named in full once with a single letter in brackets ("Marta Quist (Q):"), then labelled by
# that letter alone; the editor's first turn sets out the plan, the later ones ask.

SINGLE_LETTER_LABELS = """\
Home > Embassy Events
Breakfast with the Herald

On March 3rd, the Herald published its interview with Ambassador Zheng Zeguang. The \
transcript is as follows:

Marta Quist (Q): We will go through three parts today: your time in this country, your own \
career, and then the wider relationship.

Zheng Zeguang (Z): Thank you for having me here. I have enjoyed my three years in London more \
than I expected, and the people have been generous with their time.

Q: You arrived during a difficult winter for the relationship. Has it improved since?

Z: It has, step by step. Our trade grew last year and the students have come back in large \
numbers.

Q: What will you miss most when you leave?

Z: The long walks by the river on Sunday mornings, and the honest arguments with my friends \
here.
"""


def test_a_single_letter_after_a_name_labels_that_speaker_from_then_on() -> None:
    found = extract(SINGLE_LETTER_LABELS, published=datetime.date(2023, 3, 3))
    assert {s.speaker for s in found} == {"Zheng Zeguang"}
    texts = [s.text for s in found]
    assert len(texts) == 3
    assert any(t.startswith("It has, step by step") for t in texts)
    assert not any(t.startswith("We will go through three parts") for t in texts)


# A foreign ministry's page of its minister's interview with a broadcaster: the questions set
# off by "Question \u2013", the answers by the minister's name in capitals and a hyphen; an
# answer runs over several paragraphs.

DASHED_QUESTIONS = """\
Interview of H.E. Mr. Hakan Fidan to Euronews, 4 March 2024, Antalya

Question \u2013 Minister, thank you for joining us at the forum. What did you hear from your \
guests about the Black Sea?

H.E. HAKAN FIDAN - Thank you. Most of them told me that shipping has become safer since the \
summer, and that they want the corridor to stay open.

We also spoke about the harvest, which will need more ships than last year.

Question \u2013 Will you host new talks between the two sides?

H.E. HAKAN FIDAN - If both of them ask for it, our door is open, as it has always been.
"""


def test_a_question_set_off_by_a_dash_is_no_part_of_the_answer_above() -> None:
    found = extract(DASHED_QUESTIONS, published=datetime.date(2024, 3, 4))
    assert len(found) == 2
    assert not any("Will you host" in s.text for s in found)
    assert any(s.text.startswith("If both of them ask for it") for s in found)


# The same ministry's transcripts set the names in Turkish capitals, whose dotted capital I
# ("FİDAN") lowers to a plain i in the name as English writes it.

DOTTED_CAPITAL = """\
Press Conference by Minister of Foreign Affairs Hakan Fidan and Foreign Minister Espen Barth \
Eide, 9 May 2024, Ankara

HAKAN FİDAN: Dear colleague, welcome to Ankara. We discussed the war in Gaza and agreed to \
keep working for a ceasefire and for aid to reach every part of the strip.

ESPEN BARTH EIDE: Thank you, Hakan. Norway and Türkiye see this crisis in much the same way.

QUESTION: Minister Fidan, will Türkiye join the case at the court in The Hague?

HAKAN FİDAN: We have decided to join it, and our lawyers are preparing the papers now.
"""


def test_a_turkish_dotted_capital_in_a_label_is_a_plain_i_in_the_name() -> None:
    found = extract(DOTTED_CAPITAL, published=datetime.date(2024, 5, 9))
    assert {s.speaker for s in found} == {"Hakan Fidan", "Espen Barth Eide"}
    fidan = [s.text for s in found if s.speaker == "Hakan Fidan"]
    assert len(fidan) == 2
    assert any(t.startswith("We have decided to join it") for t in fidan)


# A ministry's regular briefing: the spokesperson named in the title, the minister's week
# read out first, then the questions and answers marked "Q)" and "A)".

BRACKETED_LETTERS = """\
Press Briefings

Regular Briefing by Spokesperson Kim In-ae
Date: Monday, June 3, 2024
Time: 10:30-10:35 A.M.

1. Minister's Schedule

On June 4, at 10 A.M., Unification Minister Kim Yung Ho will chair a meeting of the advisory \
council on separated families.

2. Q&A

Q) The North sent balloons carrying rubbish across the border over the weekend. How does the \
Ministry view this?

A) Such acts are low and vulgar, and the North must stop them at once. The Government will \
take every measure it needs to protect our people.

Q) Will the Ministry ask civic groups to stop sending leaflets to the North?

A) We have nothing new to announce on that today.
"""


def test_letters_closed_by_a_bracket_mark_the_questions_and_answers() -> None:
    found = extract(BRACKETED_LETTERS, published=datetime.date(2024, 6, 3))
    assert {s.speaker for s in found} == {"Kim In-ae"}
    texts = [s.text for s in found]
    assert len(texts) == 3
    assert any(t.startswith("Such acts are low and vulgar") for t in texts)
    assert not any("balloons carrying rubbish" in t for t in texts)


# A ministry's transcript of its minister's studio interview, where the page lost the colon
# and the space after one of the minister's labels ("MinisterThe first ..."); the other
# labels keep theirs.

GLUED_LABEL = """\
Transcript of Minister for Foreign Affairs Dr Vivian Balakrishnan's Interview with Today's \
Podcast, 5 May 2023

5 May 2023

Marcus Lim (Today): Minister, thank you for joining us. Is the region ready for a long period \
of rivalry between the big powers?

MinisterNo one is ever fully ready, but we have prepared for it for decades. Our task is to \
stay useful to both sides and to keep our word.

Marcus Lim (Today): And if the rivalry turns into a conflict?

Minister: Then every country in the region loses, and that is why we speak up early.
"""


def test_a_label_run_into_the_first_word_still_opens_its_turn() -> None:
    found = extract(GLUED_LABEL, published=datetime.date(2023, 5, 5))
    assert {s.speaker for s in found} == {"Vivian Balakrishnan"}
    texts = [s.text for s in found]
    assert len(texts) == 2
    assert any(t.startswith("No one is ever fully ready") for t in texts)


# An excerpt of a presidential site's transcript of press statements after talks that opens
# right on the first turn: the guest's label with "(retranslated)", his address ending in a
# comma, his words on the lines below; then the host's turn.

OPENS_ON_A_TURN = """\
President of the Republic of Kazakhstan Kassym-Jomart Tokayev (retranslated): Mr President, \
colleagues,
Allow me to thank you for the warm welcome in Moscow and for the talks we held today.
We agreed to build two new border crossings and to keep trade growing this year.
President of Russia Vladimir Putin: Mr President, friends,
Our talks were businesslike and friendly, and we signed eleven documents together.
"""


def test_an_excerpt_may_open_on_an_interpreted_turn() -> None:
    found = extract(OPENS_ON_A_TURN, published=datetime.date(2023, 11, 28))
    assert {s.speaker for s in found} == {"Kassym-Jomart Tokayev", "Vladimir Putin"}
    tokayev = [s.text for s in found if s.speaker == "Kassym-Jomart Tokayev"]
    assert any("two new border crossings" in t for t in tokayev)


# An archive of presidential papers: each speaker's title and name closed by a full stop
# ("President Biden."), the reporters' shouted questions marked "Q." even where the question
# opens with a courtesy title ("Q. Mr. President, ...").

PERIOD_LABELS = """\
Remarks Prior to a Meeting With Chancellor Olaf Scholz of Germany
President Biden. Well, Olaf, welcome back. We have a lot to get through this afternoon, and \
I'm glad we can do it in person.
Chancellor Scholz. Thank you, Joe. It is good to be here again, and our countries have never \
worked more closely than they do now.
Q. Mr. President, will you send more air defence to Kyiv this month?
President Biden. We're going to talk about that today, and you'll hear from us soon.
Chancellor Scholz. Germany will do its part as well, as it always has.
"""


def test_a_title_and_name_closed_by_a_full_stop_label_each_turn() -> None:
    found = extract(PERIOD_LABELS, published=datetime.date(2024, 2, 9))
    texts = {s.text.split(".")[0] for s in found}
    assert "We're going to talk about that today, and you'll hear from us soon" in texts
    assert "Germany will do its part as well, as it always has" in texts
    assert {s.speaker.split()[-1] for s in found} == {"Biden", "Scholz"}
    assert not any("air defence" in s.text for s in found)


# The same archive's title names the guest with a country that takes its article ("of the
# Netherlands", "of the United Kingdom"): the labels by title and surname stand for the
# person the title names in full.

TITLE_OF_THE_COUNTRY = """\
Remarks Prior to a Meeting With Prime Minister Dick Schoof of the Netherlands in The Hague
Prime Minister Schoof. Mr. President, welcome to The Hague. We are honoured to host the \
summit and to have you here a day early.
President Trump. Thank you very much. It's a beautiful city and a great country, and we've \
had a tremendous relationship.
Prime Minister Schoof. We will talk about defence spending and about trade this morning.
"""


def test_a_title_naming_the_guest_of_the_country_gives_the_full_name() -> None:
    found = extract(TITLE_OF_THE_COUNTRY, published=datetime.date(2025, 6, 24))
    schoof = [s for s in found if s.speaker.endswith("Schoof")]
    assert len(schoof) == 2
    assert {s.speaker for s in schoof} == {"Dick Schoof"}
