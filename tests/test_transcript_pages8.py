"""Transcript pages whose answers were missed: a noon briefing that labels its briefer
"Spokesman:" when the header calls her post "Spokesperson", ...

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A noon briefing by the "Spokesperson for the Secretary-General", whose answer below the
# first question is labelled "Spokesman:": the same post, the man's word for it.

SPOKESMAN_FOR_SPOKESPERSON = """\
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General
The following is a near-verbatim transcript of today's noon briefing by Stéphane Dujarric, \
Spokesperson for the Secretary-General.
**Sahel
Good afternoon.  Our colleagues in Niamey tell us that food stocks in the border camps \
will last only until the end of the month unless new funds arrive.
**Questions and Answers
Question:  Steph, on the camps, has anyone spoken to the authorities in Niamey this week?
Spokesman:  Our resident coordinator met the interior minister yesterday, and we are \
pressing for the convoys to be allowed through before the rains start.
"""


def test_a_spokesman_label_is_the_spokesperson_the_header_names() -> None:
    found = extract(SPOKESMAN_FOR_SPOKESPERSON, published=datetime.date(2024, 5, 7))
    answer = [s for s in found if s.text.startswith("Our resident coordinator met")]
    assert answer
    assert answer[0].speaker == "Stéphane Dujarric"


# An archive of presidential papers closes each speaker's title and name with a full stop;
# in an excerpt of a joint news conference the guest speaks once, between the host's turns.

GUEST_SPEAKS_ONCE = """\
The President's News Conference With Prime Minister Mark Carney of Canada
March 03, 2025
President Biden. Good afternoon. Please sit down. It is a pleasure to host the Prime \
Minister again, and we spent most of the morning on the northern supply routes.
We agreed to set up a joint task force on critical minerals before the summer.
Prime Minister Carney. Thank you, Mr. President. Canada intends to double its purchases of \
air-defence radars over the next three years, and we will build them with our partners.
Q. Mr. President, will the tariffs on lumber stay?
President Biden. That is under review, and I expect an answer within weeks.
"""


def test_a_guest_labelled_once_in_an_archive_of_full_stop_labels_speaks() -> None:
    found = extract(GUEST_SPEAKS_ONCE, published=datetime.date(2025, 3, 3))
    guest = [s for s in found if s.speaker == "Mark Carney"]
    assert guest
    assert guest[0].text.startswith("Thank you, Mr. President. Canada intends")
    host = [s for s in found if s.speaker == "Joe Biden"]
    assert not any("Canada intends" in s.text for s in host)


# An interview reposted under a site's menu: the interviewer's question stands unlabelled,
# and the one answer in the excerpt is labelled with the minister's full name.

ONE_NAMED_ANSWER = """\
Editor's Column
Archive
May 2019 (6)
 Minister, you will be in Canberra next week for the first round of the new strategic \
dialogue. Does that mean the chill between our countries is over?
Penny Wong: I would put it more carefully than that. Both governments have decided that \
talking regularly is better than trading statements through the press, and the new dialogue \
gives that a fixed place in the calendar.
"""


def test_one_answer_labelled_by_full_name_under_an_unlabelled_question_is_recorded() -> None:
    found = extract(ONE_NAMED_ANSWER, published=datetime.date(2019, 5, 20))
    assert [s.speaker for s in found] == ["Penny Wong"]
    assert found[0].text.startswith("I would put it more carefully")
    assert found[0].kind == "direct"


# A ministry's regular press conference titled with the spokesperson's name in the
# possessive: the excerpt holds the opening announcements and is cut inside the first
# question, so no answer is labelled at all.

ANNOUNCEMENTS_ONLY = """\
Home > Spokesperson's Remarks
Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 4, 2025
Foreign Ministry Spokesperson Lin Jian opened the press conference with an announcement:
At the invitation of the Government of Kenya, Vice President Han Zheng will attend the \
inauguration of the new port at Lamu from March 8 to 10.
Q: Reports say the talks on the fisheries accord were put off again. Can you tell us why
"""


def test_announcements_under_a_named_spokespersons_possessive_title_are_recorded() -> None:
    found = extract(ANNOUNCEMENTS_ONLY, published=datetime.date(2025, 3, 4))
    assert [s.speaker for s in found] == ["Lin Jian"]
    assert found[0].text.startswith("At the invitation of the Government of Kenya")
    assert found[0].said_on == "2025-03-04"


# A transcription service's page: its breadcrumb lost the spaces between its links, so the
# briefer's name is glued to the words around it; the service's advertising line above the
# first label is no one's statement.

GLUED_BREADCRUMB = """\
Apr 2, 2024
Department of State Press Briefing 4/01/24 Transcript
HomeBlogTranscriptsMatthew MillerDepartment of State Press Briefing 4/01/24 Transcript
Department of State Press Briefing 4/01/24. Read the full transcript below.
Get your own recordings transcribed in minutes with our service.
Matthew Miller (00:03):
Good afternoon. I want to start with the convoy that reached the north of Gaza overnight, \
which is a step forward but still far short of what is needed there.
Said (00:41):
Thank you, Matt. On the convoy, who is guarding the trucks?
Matthew Miller (00:47):
The arrangements are being worked out with the partners on the ground.
"""


def test_a_glued_breadcrumb_names_no_briefer_and_the_advert_is_nobodys() -> None:
    found = extract(GLUED_BREADCRUMB, published=datetime.date(2024, 4, 1))
    assert {s.speaker for s in found} == {"Matthew Miller"}
    assert not any("transcribed in minutes" in s.text for s in found)


# The same archive's remarks before a meeting: host and guest each speak once in the
# excerpt, each under a title and name closed by a full stop.

EACH_SPEAKS_ONCE = """\
Remarks Prior to a Meeting With Prime Minister Anthony Albanese of Australia and an Exchange \
With Reporters
President Biden. Anthony, welcome back. We have a lot to get through today, from the \
submarine yards to the supply of critical minerals, and I am glad we can do it face to face.
Prime Minister Albanese. Thank you, Joe. Australia wants a partnership that lasts beyond \
any one government, and the shipyards are where we can prove it together.
"""


def test_two_full_stop_labels_each_used_once_open_turns() -> None:
    found = extract(EACH_SPEAKS_ONCE, published=datetime.date(2023, 2, 10))
    texts = {s.speaker: s.text for s in found}
    assert any(t.startswith("Anthony, welcome back.") for t in texts.values())
    guest = [s for s in found if s.text.startswith("Thank you, Joe. Australia wants")]
    assert guest and guest[0].speaker == "Anthony Albanese"


# A presidential site's print page of the start of talks: the excerpt begins on the host's
# label, no title above it, and the two leaders speak in turn with no questions asked.

TALKS_WITHOUT_A_HEADER = """\
President Vladimir Putin: Mr President, friends,
I am glad to welcome you to the Kremlin again. Since our last meeting in Astana, trade \
between our countries has grown by almost a fifth, and the new rail link is carrying freight.
President of Kazakhstan Kassym-Jomart Tokayev: Thank you, Mr President. We value this \
dialogue, and I would like to discuss the water sharing on the Irtysh in some detail today.
Vladimir Putin: Of course, we will do that in the narrow format first.
"""


def test_talks_that_open_on_a_turn_without_a_header_are_recorded() -> None:
    found = extract(TALKS_WITHOUT_A_HEADER, published=datetime.date(2024, 11, 27))
    speakers = [s.speaker for s in found]
    assert speakers[:2] == ["Vladimir Putin", "Kassym-Jomart Tokayev"]
    assert found[0].text.startswith("Mr President, friends,")
    assert "I am glad to welcome you" in found[0].text


# The same site's page of one leader's welcome: a single label on the first line, before an
# address to the guests, and the speech below it.

ONE_TURN_UNDER_AN_ADDRESS = """\
Vladimir Putin: Dear Mr President!
Dear friends!
Let me once more welcome you to St Petersburg. Our governments have prepared a good set of \
agreements on energy and on the northern sea route, and I hope we can sign them tomorrow.
"""


def test_a_first_line_label_before_an_address_opens_a_turn() -> None:
    found = extract(ONE_TURN_UNDER_AN_ADDRESS, published=datetime.date(2024, 6, 6))
    assert [s.speaker for s in found] == ["Vladimir Putin"]
    assert "northern sea route" in found[0].text


# A news site's transcript of two leaders' remarks: its tag line runs their surnames
# together, the introduction names both in full, and the guest's turn, labelled by surname
# in capitals, opens with the White House's note that it was interpreted.

SURNAMES_IN_A_TAG_LINE = """\
Transcript: Macron and Scholz remarks in Paris
Macron Scholz Press conference Europe
This is a transcript of the remarks made by French President Emmanuel Macron and German \
Chancellor Olaf Scholz to reporters at the Elysee on Monday.
MACRON: Welcome to Paris, dear Olaf. We have spent the morning on the defence budget \
rules, and we agree that the next package must be financed together.
SCHOLZ: (As interpreted.) Thank you, Emmanuel. Germany is ready to carry its share of that \
effort, and we will present our proposal to the other capitals this week.
"""


def test_a_surname_label_is_the_person_named_in_full_not_a_tag_line() -> None:
    found = extract(SURNAMES_IN_A_TAG_LINE, published=datetime.date(2024, 5, 27))
    guest = [s for s in found if "Germany is ready" in s.text]
    assert guest
    assert guest[0].speaker == "Olaf Scholz"
    assert guest[0].text.startswith("Thank you, Emmanuel.")


# A news agency's interview: the introduction says the official "told" the agency "in an
# interview", then the questions stand in paragraphs of their own, no labels, each answered
# in the paragraph below.

TOLD_IN_AN_INTERVIEW = """\
Deputy Foreign Minister Alexander Grushko: "The door is not closed"
MOSCOW, March 3. Russian Deputy Foreign Minister Alexander Grushko told Interfax in an \
interview what Moscow expects from the coming round of talks in Geneva.
Mr Grushko, do you expect any progress in Geneva?
We expect a serious conversation. Our proposals are on the table, and we have explained \
them to our partners more than once.
Could the talks be suspended again?
That depends on the other side. We are ready to keep talking, but we will not do it for the \
sake of talking alone.
"""


def test_unlabelled_answers_under_an_interview_announced_in_a_sentence_are_recorded() -> None:
    found = extract(TOLD_IN_AN_INTERVIEW, published=datetime.date(2025, 3, 3))
    # (the headline's quote, a restatement, may be read too)
    answers = [s for s in found if s.kind == "direct" and "door" not in s.text]
    assert [s.text[:30] for s in answers] == [
        "We expect a serious conversati",
        "That depends on the other side",
    ]
    assert {s.speaker for s in answers} == {"Alexander Grushko"}


# A press release of remarks titled by the post alone, then a line saying whose transcript
# follows: the tail of the title ("... at Press Encounter") names no one.

TITLED_BY_THE_POST = """\
SG/2299
Remarks by United Nations High Commissioner-designate at Press Encounter
Following is a transcript of UN High Commissioner-designate Volker Türk's remarks at a \
press encounter, in Geneva today:
It is a privilege to take up this post at a time when so many people see their rights \
shrinking. I intend to listen first, to victims above all, and then to speak plainly.
"""


def test_a_title_tail_is_no_name_and_the_transcript_line_says_whose_remarks() -> None:
    found = extract(TITLED_BY_THE_POST, published=datetime.date(2022, 10, 17))
    assert [s.speaker for s in found] == ["Volker Türk"]
    assert found[0].text.startswith("It is a privilege to take up this post")


# A mission's page titled with the speaker's post and name followed by "Press Conference",
# nothing after it, and his opening statement below.

NAME_THEN_PRESS_CONFERENCE = """\
NATO Secretary General Mark Rutte Press Conference
14 Feb 2025
Brussels, 14 February 2025
Good afternoon.
Ministers agreed today to speed up the joint purchase of air-defence interceptors, and the \
first contracts will be signed before the summer.
"""


def test_a_title_of_name_and_press_conference_announces_the_briefer() -> None:
    found = extract(NAME_THEN_PRESS_CONFERENCE, published=datetime.date(2025, 2, 14))
    assert [s.speaker for s in found] == ["Mark Rutte"]
    assert "air-defence interceptors" in found[0].text


# A news site's post of an official's words: a sentence saying where he spoke, then a line
# saying the paragraphs below are his comments, unquoted, in his own voice.

HIGHLIGHTS_OF_COMMENTS = """\
Foreign Minister Hakan Fidan was the guest of a news programme on TRT Haber on Sunday.
Highlights of Fidan's comments:
We have told our European partners clearly that a security architecture without Türkiye \
will not work. Our contribution to the Black Sea's security speaks for itself.
On Syria, we expect the new administration to keep its promises on the return of refugees, \
and we will support it where we can.
"""


def test_paragraphs_under_a_line_naming_whose_comments_they_are_are_that_persons() -> None:
    found = extract(HIGHLIGHTS_OF_COMMENTS, published=datetime.date(2025, 3, 9))
    words = [s for s in found if s.text.startswith("We have told our European partners")]
    assert words
    assert words[0].speaker == "Hakan Fidan"
    assert words[0].kind == "direct"


# A joint press conference whose host is labelled by an honorific, a long name, a comma and
# a long post: longer than a person's phrase is read whole, but a label all the same.

LONG_NAME_COMMA_POST = """\
Joint press conference of the Minister of Foreign Affairs and the Foreign Secretary
Riyadh, 12 March 2025
H.E. Prince Faisal bin Farhan bin Abdullah Al Saud, Minister of Foreign Affairs of the Kingdom:
Good afternoon. We discussed the reconstruction of Gaza and the next steps towards a \
Palestinian state, and we agreed to keep working closely together.
Foreign Secretary David Lammy:
Thank you, Your Highness. The United Kingdom shares that aim and will back it with funding.
Question (Al Arabiya):
Your Highness, will the conference on reconstruction be held this spring?
H.E. Prince Faisal bin Farhan bin Abdullah Al Saud, Minister of Foreign Affairs of the Kingdom:
We hope so, and we are talking with our partners about the date and the place.
"""


def test_a_long_name_comma_post_label_opens_every_turn_of_its_speaker() -> None:
    found = extract(LONG_NAME_COMMA_POST, published=datetime.date(2025, 3, 12))
    answer = [s for s in found if s.text.startswith("We hope so, and we are talking")]
    assert answer
    assert answer[0].speaker == "Faisal bin Farhan bin Abdullah Al Saud"


# A ministry's briefing titled by the post ("Spokesperson's Press Briefing"), the holder
# named below with a comma and the post, and an excerpt holding only the opening statement.

POST_TITLE_NAME_BELOW = """\
Press Briefings
Spokesperson's Press Briefing (Oct. 4, 2016)
Press Briefing
Cho June-hyuck, Spokesperson and Deputy Minister for Public Relations
Oct. 4, 2016 14:30 KST
Good afternoon. Let me start today's briefing.
First, the Government strongly condemns the nuclear test carried out by North Korea, which \
clearly violates the resolutions of the Security Council.
Next, the Foreign Minister will attend the ASEAN Regional Forum in Vientiane next week.
"""


def test_a_briefing_of_a_post_is_the_briefing_of_the_holder_named_below() -> None:
    found = extract(POST_TITLE_NAME_BELOW, published=datetime.date(2016, 10, 4))
    condemn = [s for s in found if "nuclear test" in s.text]
    assert condemn
    assert condemn[0].speaker == "Cho June-hyuck"
    assert condemn[0].kind == "direct"


# A ministry's daily press briefing that labels nothing: its title broken over three lines
# names the ministry (of two portfolios), the announcements come first, then each question
# stands in a paragraph ending in a question mark, the answer in the paragraph below.

UNLABELLED_QUESTIONS = """\
The Daily Press Briefing
Statements made by
the Ministry for Europe
and Foreign Affairs
Paris - March 11, 2025
Niger – Release of a French aid worker
We welcome the release of our compatriot, who was held in the north of the country for \
eight months, and we thank all those who made it possible.
Has France been in contact with the new authorities in Damascus about the detained \
journalists? When will the embassy reopen?
We are in regular contact with the transitional authorities, and the question of our \
compatriots is raised at every meeting.
"""


def test_a_question_paragraph_in_an_unlabelled_briefing_splits_the_answers() -> None:
    found = extract(UNLABELLED_QUESTIONS, published=datetime.date(2025, 3, 11))
    answer = [s for s in found if s.text.startswith("We are in regular contact")]
    assert answer
    assert answer[0].speaker == "Ministry for Europe and Foreign Affairs"
    assert not any("When will the embassy reopen" in s.text for s in found)


# A news site's roundup: two sentences of the reporter's about a marathon news conference,
# then a line saying the official's most notable statements follow, then each quote on a
# line of its own after a dash, under topic headings.

ROUNDUP_OF_QUOTES = """\
What Kazakhstan's Tokayev Said About Russia at His Annual News Conference
Kazakh President Kassym-Jomart Tokayev on Friday answered questions from local and foreign \
journalists for more than four hours in Astana.
The session covered everything from grain exports to the border with China.
We collected Tokayev's most notable statements about Russia and the war in Ukraine:
On sanctions
— "We will not help anyone to get around the sanctions, and our banks know that."
— "Our trade with Russia is large, and it will stay large, but it has to stay within the law."
On the war
— "Kazakhstan recognises the borders of every state as the United Nations Charter sets them."
"""


def test_each_quote_of_a_roundup_is_the_officials_statement() -> None:
    found = extract(ROUNDUP_OF_QUOTES, published=datetime.date(2025, 12, 20))
    quotes = [s for s in found if s.kind == "direct"]
    assert len(quotes) == 3
    assert {s.speaker for s in quotes} == {"Kassym-Jomart Tokayev"}
    assert {s.kind for s in quotes} == {"direct"}


# The same kind of roundup under a title naming it: the reporter's sentences (one naming
# the official in full) come before the first quote, and are no words of his.

KEY_QUOTES_TITLE = """\
Key quotes from Orban's press conference
The Hungarian prime minister took questions for three hours
Hungarian Prime Minister Viktor Orban spoke to reporters in Budapest on Monday, defending \
his talks in Moscow and his veto threats in Brussels.
The questions ranged from energy prices to the next European budget.
On the talks in Moscow
"Someone has to talk to both sides, otherwise there will never be a ceasefire."
On the budget
"We will not sign a budget that takes money from farmers to give it to bureaucrats."
"""


def test_under_a_key_quotes_title_the_reporters_sentences_are_not_the_officials() -> None:
    found = extract(KEY_QUOTES_TITLE, published=datetime.date(2025, 1, 13))
    orban = [s for s in found if s.speaker == "Viktor Orban"]
    assert [s.text[:19] for s in orban] == ["Someone has to talk", "We will not sign a "]


# A government page whose standfirst labels a sentence of the remarks ("PM X: ..."), then
# the page's own line introducing the remarks: that line is the page's, not the speaker's.

INTRODUCING_LINE = """\
PM Starmer's remarks at the start of the weekly Cabinet meeting
PM Starmer: We will not let the strikes on shipping in the Red Sea go unanswered, and we \
are working with our allies on the response.
Prime Minister Keir Starmer, this morning (Tuesday, 14 January 2025), at the start of the \
weekly Cabinet meeting, made the following remarks:
"Last night I spoke with the President of the United States about the attacks on shipping, \
and we agreed that freedom of navigation must be defended."
"""


def test_the_pages_line_introducing_the_remarks_is_not_the_speakers() -> None:
    found = extract(INTRODUCING_LINE, published=datetime.date(2025, 1, 14))
    assert not any("made the following remarks" in s.text for s in found)
    assert any("freedom of navigation" in s.text for s in found)


def test_a_title_cut_short_by_its_full_stop_opens_no_turn() -> None:
    # "Republican South Carolina Sen. Lindsey Graham says ..." in a running news page ("The
    # Latest") was read as the full-stop label "Republican South Carolina Sen", and the page
    # as a transcript whose turns were that label's
    from tracker.extract.transcript_labels import read_lines

    text = (
        "Republican Ohio Sen. Mara Quinn says the party must unite behind one rival.\n\n"
        "Democratic Iowa Rep. Tom Vale says the turnout was the highest in a decade.\n\n"
        "Ann Ruiz won her home state."
    )
    assert [line.label for line in read_lines(text)] == [None, None, None]
