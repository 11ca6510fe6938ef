"""Still more briefing and interview pages: a host known by the welcome in the first turn,
labels in capitals with a courtesy title's full stop, askers described in lower-case words,
a transcript archive's stamped segments, names in capitals alone on a line, initials run into
surnames, an unnamed spokesperson's answers, interviews titled below a site's menu, header
dates written year first, with a comma after the month, or twice (posted and held), and
answers run on after the question in one paragraph.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A broadcaster's interview as a minister's office posts it: the host in capitals by full
# name, then by surname; the guest with the post, then by the post alone. Too few turns end
# in a question to tell who asks from the questions; the host's welcome tells it.

WELCOMED = """\
Radio National Breakfast - Canberra - 04/06/2024

4 June 2024

Subjects: Pacific visit; fisheries agreement.

MARA TOLLAND: The Foreign Minister joins me now from Parliament House. Minister, thank you \
for joining us this morning.

JANE HOLLIS, FOREIGN MINISTER: Good morning, Mara, it is good to be with you.

TOLLAND: You fly to Suva tomorrow. What will you put on the table there?

FOREIGN MINISTER: We will sign the fisheries agreement and talk about climate finance, \
which is what our neighbours have asked us for.

TOLLAND: Some in the region say that Australia only turns up when China does.

FOREIGN MINISTER: I would reject that. We have been there every month since the election \
and we will keep going.
"""


def test_a_host_who_welcomes_the_guest_asks_and_the_guest_answers() -> None:
    found = extract(WELCOMED, published=datetime.date(2024, 6, 4))
    assert {(s.speaker, s.said_on) for s in found} == {("Jane Hollis", "2024-06-04")}
    answers = [s.text for s in found if not s.text.startswith("Good morning")]
    assert len(answers) == 2
    assert answers[0].startswith("We will sign the fisheries")
    assert answers[1].startswith("I would reject that.")


# A press secretary's briefing with a guest briefer: both named in the title, the guest by a
# post whose field runs to two words; every label a courtesy title with its full stop

TWO_BRIEFERS = """\
Press Briefing by Press Secretary Dana Whitford and National Security Council Coordinator \
for Strategic Communications Paul Brandt

James S. Brady Press Briefing Room

1:12 P.M. EDT

MS. WHITFORD: Good afternoon, everyone. My colleague from the National Security Council is \
here to talk about the ceasefire talks, and then I will take your other questions.

MR. BRANDT: Thanks, Dana. The talks in Doha resumed this morning and the delegations are \
working through the text line by line.

Q: Paul, will the President call the Emir today?

MR. BRANDT: He has no call scheduled today, but he spoke with him on Sunday.
"""


def test_a_courtesy_title_opening_a_label_ends_no_sentence() -> None:
    found = extract(TWO_BRIEFERS, published=datetime.date(2024, 5, 7))
    assert len(found) == 3
    # the full stop of "MR." opening the next turn is no sentence's end: it stays out of
    # the press secretary's words
    assert found[0].text.endswith("your other questions.")
    assert found[2].text.startswith("He has no call scheduled today")


def test_a_two_word_field_of_a_post_is_no_part_of_the_name() -> None:
    found = extract(TWO_BRIEFERS, published=datetime.date(2024, 5, 7))
    assert [s.speaker for s in found] == ["Dana Whitford", "Paul Brandt", "Paul Brandt"]
    assert found[1].role == "Coordinator for Strategic Communications"


def test_a_field_of_a_post_alone_opening_a_sentence_names_no_one() -> None:
    text = (
        "Relations between the two capitals soured this month when the junta went back on a "
        "promise to hold a vote in March and proposed keeping power until 2027."
    )
    found = extract(text, published=datetime.date(2024, 5, 7))
    assert "Relations" not in [s.speaker for s in found]


# A ministry's transcript of an interview with the host country's press: the questions
# labelled by who asks in words of lower case

LOWER_CASE_ASKERS = """\
MFA Press Release: Transcript of Minister for Foreign Affairs Tomas Ilves's Interview with \
Kenyan Media in Nairobi on 12 March 2024

Kenyan media: Minister, welcome to Nairobi. What brings you here at this moment?

Minister Ilves: Our two countries signed an air services agreement last year, and we want \
to see the first direct flights before the end of this year.

Kenyan media: Will your government support Kenya's bid for the Council seat?

Minister Ilves: We have not taken a decision yet. We will weigh every candidacy on its merits.

Question from the floor: And on the trade talks?

Minister Ilves: The next round opens in Geneva in May, and we expect to close two chapters.
"""


def test_askers_described_in_lower_case_words_open_turns_of_their_own() -> None:
    found = extract(LOWER_CASE_ASKERS, published=datetime.date(2024, 3, 12))
    assert [s.speaker for s in found] == ["Tomas Ilves"] * 3
    assert found[0].text.endswith("before the end of this year.")
    assert found[1].text.endswith("every candidacy on its merits.")


# An embassy's copy of a leader's news conference: the place, then the date with a comma
# after the month as well as after the day

COMMA_AFTER_MONTH = """\
President's annual news conference

Astana, December, 18, 2019

Olga Marsh: Mr President, will the gas deal with your neighbours be signed this winter?

Kassym Nurlan: The text is ready. We expect to sign it in January, once both parliaments \
have seen it.
"""


def test_a_header_date_with_a_comma_after_the_month() -> None:
    found = extract(COMMA_AFTER_MONTH, published=None)
    assert [(s.speaker, s.said_on) for s in found] == [("Kassym Nurlan", "2019-12-18")]


# A transcription service's briefing: the briefer thanks the room for joining him in a turn
# of his own, a reporter numbered; the thanks make no host of him

ROOM_THANKED = """\
Mar 4, 2021

Secretary of State Press Conference Transcript March 4

Secretary of State Lena Ortiz held a press conference on March 4, 2021.

Sec. Lena Ortiz: (00:03)
Good afternoon. It is good to be back in this room after a long week on the road.

Sec. Lena Ortiz: (00:15)
Thanks everyone for joining me today. The ceasefire in the north has held for a week now, \
and we will press both sides to turn it into a lasting arrangement.

Speaker 1: (03:40)
Madam Secretary, will you travel to the region again this month?

Sec. Lena Ortiz: (03:52)
Not this month. Our envoy is there now and she reports to me every day.
"""


def test_a_briefer_thanking_the_room_for_joining_is_no_host() -> None:
    found = extract(ROOM_THANKED, published=datetime.date(2021, 3, 4))
    assert {s.speaker for s in found} == {"Lena Ortiz"}
    assert found[-1].text.startswith("Not this month.")


# A radio interview: the guest labelled once with a post that ends in a body's name ("in the
# Senate"), then by surname; the host greets the guest in the first turn

POST_ENDING_IN_A_BODY = """\
12 May 2018

TOM REILLY: Senator Jo Marsh is the shadow foreign minister and she joins me now in our \
studio. Senator, thank you very much for joining us. Was the aid cut a mistake?

SENATOR JO MARSH, LEADER OF THE OPPOSITION IN THE SENATE: Good morning, Tom. Yes, it was. \
Cutting aid to our neighbours leaves room for others to step in, and they will.

REILLY: So you would restore it?

MARSH: We would restore it in our first budget, and we have said so for a year.
"""


def test_a_post_ending_in_a_bodys_name_labels_the_guest_not_an_outlet() -> None:
    found = extract(POST_ENDING_IN_A_BODY, published=datetime.date(2018, 5, 12))
    assert [s.speaker for s in found] == ["Jo Marsh", "Jo Marsh"]
    assert found[0].text.startswith("Good morning, Tom. Yes, it was.")


# A transcript archive's layout: each segment under the speaker's name, the tone the archive
# scores it with and a stamp of its time; the words end with the segment's number

SEGMENTED = """\
Press Conference: Dana Whitford Holds a Press Briefing at The White House - June 6, 2023

Dana Whitford

Positive
00:00:00-00:00:04 (4 sec)
Good afternoon, everybody. 1

Question

Neutral
00:00:04-00:00:06 (2 sec)
Good afternoon. 2

Dana Whitford

Slightly Positive
00:00:06-00:00:21 (15 sec)
So, the President spoke with the Prime Minister of Canada this morning, and they agreed to \
send a joint team to the wildfire areas by the weekend. 3

Question

Neutral
00:00:21-00:00:27 (6 sec)
Dana, will the President visit the fire zone himself? 4

Dana Whitford

Leans Positive
00:00:27-00:00:38 (11 sec)
He wants to go, and we are working with the provinces on when a visit would not get in the \
way of the crews. 5
"""


def test_segments_stamped_under_the_speakers_name_are_turns() -> None:
    found = extract(SEGMENTED, published=datetime.date(2023, 6, 6))
    assert [(s.speaker, s.said_on) for s in found] == [("Dana Whitford", "2023-06-06")] * 2
    assert found[0].text.startswith("So, the President spoke")
    # the archive's number of the segment is no part of the words
    assert found[1].text.endswith("in the way of the crews.")


# A blog's translation of a leader's press approach: each label an initial run into the
# surname, the reporter introducing themselves and their channel

GLUED_INITIALS = """\
Late in the evening the press pool was given forty minutes with President Petrov outside the \
summit venue.

K.Lebedev: Kirill Lebedev, Channel Five. How do you rate the talks with your Chinese \
counterpart, and what came out of them?

A.Petrov: The talks were long and very useful. We signed eleven documents, the most \
important of them on energy supplies through the new pipeline.

K.Lebedev: Will prices for consumers change?

A.Petrov: Not for the next two years; that is written into the contracts.
"""


def test_labels_with_an_initial_run_into_the_surname() -> None:
    found = extract(GLUED_INITIALS, published=datetime.date(2025, 9, 3))
    assert [s.speaker for s in found] == ["A. Petrov", "A. Petrov"]
    assert found[0].text.startswith("The talks were long")


# A joint press conference copied from a page that set each speaker's name in capitals on a
# line of its own and lost the colons

NAMES_ALONE = """\
Joint press conference of the foreign ministers, Vilnius, 9 October 2023

ANNA KOWALSKA
Dear colleague, welcome to Vilnius. Today we agreed to open a joint rail freight line by spring.

TOMAS VARGA
Thank you for the welcome. The line will carry grain north and machinery south.

QUESTION
Minister Varga, will your government lift the transit fees?

TOMAS VARGA
We will cut them by half from January, and review the rest next year.
"""


def test_names_in_capitals_alone_on_a_line_are_labels() -> None:
    found = extract(NAMES_ALONE, published=datetime.date(2023, 10, 9))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Anna Kowalska", "2023-10-09"),
        ("Tomas Varga", "2023-10-09"),
        ("Tomas Varga", "2023-10-09"),
    ]
    assert found[2].text.startswith("We will cut them by half")


# A conference session's transcript: the guest cites another speaker in passing, "as X
# pointed out", inside a sentence of his own

CITED_IN_PASSING = """\
Transcript: foreign minister's remarks at the security forum

Here is the transcript of the session in which Ann Ward of the Daily Herald interviewed Karim \
Haddad, the foreign minister:

Ann Ward: Minister, you met the envoy this morning. How did it go?

Karim Haddad: We met for two hours before breakfast, which tells you how seriously we take it.

The goal, as the envoy rightly pointed out earlier today, is simple: a ceasefire that holds \
and a road back to elections.
"""


def test_someone_cited_in_passing_in_an_answer_is_no_relayed_news() -> None:
    found = extract(CITED_IN_PASSING, published=datetime.date(2024, 2, 17))
    assert [s.speaker for s in found] == ["Karim Haddad"]
    assert found[0].text.endswith("a road back to elections.")


# An embassy's page: the site's menu, a line a link, above the title of an interview whose
# questions and answers stand in paragraphs of their own, unlabelled

BELOW_A_MENU = """\
Home
About the Embassy
  The Ambassador
  Previous Ambassadors
Relations
  Politics
  Trade
Visas
Home > Embassy News
Ambassador Sofia Lind Gives Interview to The Coast Daily

On 6 May, Ambassador Sofia Lind gave an interview to The Coast Daily on the new ferry link.

When will the ferry link open?

The first crossing is planned for the autumn, once the harbour works in both ports are done.

Will the fares be affordable for students?

Yes. We agreed with the operator on a youth fare, and it will be half the full price.
"""


def test_an_unlabelled_interview_titled_below_a_sites_menu() -> None:
    found = extract(BELOW_A_MENU, published=datetime.date(2024, 5, 7))
    assert [s.speaker for s in found] == ["Sofia Lind", "Sofia Lind"]
    assert found[0].text.startswith("The first crossing is planned")


# Briefing headers dated year first with dots or slashes, or in East Asian characters, and
# with "the 5th of March"


def _briefing(date_line: str) -> str:
    return (
        "Regular Press Briefing by Spokesperson Mira Holm\n"
        f"{date_line}\n\n"
        "Q: Will the talks in Geneva go ahead next week?\n\n"
        "Mira Holm: We expect them to go ahead as planned, and we will send a delegation.\n"
    )


def test_header_dates_year_first_or_with_of() -> None:
    for line in ("Date: 2024.03.05", "2024/03/05", "2024\u5e743\u67085\u65e5", "5th of March 2024"):
        found = extract(_briefing(line), published=datetime.date(2024, 3, 9))
        assert [(s.speaker, s.said_on) for s in found] == [("Mira Holm", "2024-03-05")], line


def test_a_version_number_is_no_date() -> None:
    found = extract(_briefing("Release 2024.13.05"), published=datetime.date(2024, 3, 9))
    assert [s.said_on for s in found] != ["2024-13-05"]


# A press gaggle on the way: the title names the briefer, then where the plane is headed

GAGGLE = """\
Press Gaggle by Deputy Press Secretary Nora Quint En Route Vilnius, Lithuania

Aboard Air Force One
En Route Vilnius, Lithuania

10:05 A.M. EEST

MS. QUINT: Good morning, everyone. The President will meet the Baltic leaders this \
afternoon to talk about air defence and the energy grid.

Q Will he announce new funding there?

MS. QUINT: I won't get ahead of the President, but you will hear from him this afternoon.
"""


def test_a_gaggle_en_route_names_its_briefer_in_full() -> None:
    found = extract(GAGGLE, published=datetime.date(2023, 7, 11))
    assert [s.speaker for s in found] == ["Nora Quint", "Nora Quint"]


# A ministry's briefing where the minister's label gives the post, then the name with the
# Indian honorific for a woman in parentheses

HONORIFIC_IN_PARENTHESES = """\
Briefing by External Affairs Minister on the Year in Review (June 2, 2016)

External Affairs Minister (Shrimati Kamala Rao): Good afternoon, friends. This year we \
opened six new missions in Africa and doubled our lines of credit to the region.

Question: Ma'am, when will the talks with Nepal resume?

External Affairs Minister: The dates will be fixed when the Foreign Secretary visits next \
month.
"""


def test_the_honorific_shrimati_is_no_part_of_the_name() -> None:
    found = extract(HONORIFIC_IN_PARENTHESES, published=datetime.date(2016, 6, 2))
    assert [s.speaker for s in found] == ["Kamala Rao", "Kamala Rao"]


# A spokesperson's opening announcements, one visit a paragraph, no headings between them

ANNOUNCED_VISITS = """\
Foreign Ministry Spokesperson Lin Hua's Regular Press Conference on April 8, 2019

At the invitation of Foreign Minister Ana Ruiz of Peru, State Councilor Zhou Min will pay an \
official visit to Peru from April 10 to 12.

At the invitation of the Government of Kenya, Vice Premier Tan Lei will attend the opening \
of the new railway terminal in Nairobi on April 15.

Q: What does China expect from the visit to Peru?

A: We hope the visit will deepen trade and open new fields of cooperation between our \
two countries.
"""


def test_each_visit_announced_at_someones_invitation_is_an_announcement_of_its_own() -> None:
    found = extract(ANNOUNCED_VISITS, published=datetime.date(2019, 4, 8))
    assert [s.speaker for s in found] == ["Lin Hua"] * 3
    assert found[1].text.startswith("At the invitation of the Government of Kenya")


# A ministry's briefing whose title never names the spokesperson, answers marked "A:"

UNNAMED_SPOKESPERSON = """\
Foreign Ministry Spokesperson's Regular Press Conference on May 14, 2012

Q: Has the ministry received the note from the embassy about the fishing boats?

A: We have received it. The boats were operating in waters where they have every right to \
fish, and we have asked for the crews to be released at once.

Q: Will the talks on the border go ahead?

A: Both sides have agreed to hold the next round in June, as planned.
"""


def test_answers_under_the_title_of_an_unnamed_spokesperson_are_the_ministrys() -> None:
    found = extract(UNNAMED_SPOKESPERSON, published=datetime.date(2012, 5, 14))
    assert [(s.speaker, s.speaker_type, s.said_on) for s in found] == [
        ("Foreign Ministry", "institution", "2012-05-14"),
        ("Foreign Ministry", "institution", "2012-05-14"),
    ]


# A joint press availability: the moderator gives the floor to a reporter by outlet

MODERATED = """\
Secretary Jane Doyle and Foreign Minister Piet Vos at a Joint Press Availability

March 2, 2023

SECRETARY DOYLE: Thank you, Piet. We agreed today to extend our cooperation on port \
security for another five years.

MR CARR: We have time for a couple of questions. The first goes to Lena Frost of Reuters.

QUESTION: Madam Secretary, will the agreement cover the northern ports?

SECRETARY DOYLE: It will, starting with the two largest of them next spring.
"""


def test_a_moderator_giving_the_floor_makes_no_statement() -> None:
    found = extract(MODERATED, published=datetime.date(2023, 3, 2))
    assert [s.speaker for s in found] == ["Jane Doyle", "Jane Doyle"]


# A blog's copy of a radio interview: the blog's day of posting above the broadcaster's day


REPOSTED = """\
Monday, November 12, 2018

Transcript: Radio Interview With the Ambassador

Radio One - November 8, 2018

Paul Ames: What is holding up the trade agreement?

Ambassador Mei Lan: We want an agreement, but it needs good faith from both sides, and the \
other side keeps changing its demands.

Paul Ames: Do you see good faith now?

Ambassador Mei Lan: Not yet, to be frank, but we will keep talking.
"""


def test_of_two_date_lines_the_one_in_the_week_before_is_the_occasions() -> None:
    found = extract(REPOSTED, published=datetime.date(2018, 11, 12))
    assert [(s.speaker, s.said_on) for s in found] == [("Mei Lan", "2018-11-08")] * 2


# A transcription service's bilateral meeting: the host leader thanks the guest for being
# there, labelled by name alone, and asks nothing

LEADERS_GREETING = """\
President Ortiz and Prime Minister Sato Bilateral Meeting Transcript

Maria Ortiz: (00:01)
Prime Minister, thank you for being here. Our alliance has never been stronger, and today we \
will take it further on defence and on technology.

Ken Sato: (00:35)
Thank you, Madam President. Japan will double its support for the grain corridor, and we \
will work with you on clean energy.
"""


def test_a_leader_welcoming_a_guest_to_talks_is_no_host() -> None:
    found = extract(LEADERS_GREETING, published=datetime.date(2024, 4, 10))
    assert [s.speaker for s in found] == ["Maria Ortiz", "Ken Sato"]


# A mirror of a ministry's briefing that lost the paragraph breaks between each question and
# its answer

RUN_ON_ANSWERS = """\
Foreign Ministry Spokesperson Lin Hua's Regular Press Conference on June 3, 2024

Q: The other side says it will send more ships to the shoal. What is your comment? A: Our \
position is consistent and clear. We urge the other side to stop its provocations at sea.

Q: Will the Premier visit Canberra this month? A: We will release information in due course. \
The two countries are comprehensive strategic partners.
"""


def test_an_answer_run_on_after_the_question_mark_is_a_turn_of_its_own() -> None:
    found = extract(RUN_ON_ANSWERS, published=datetime.date(2024, 6, 3))
    assert [(s.speaker, s.said_on) for s in found] == [("Lin Hua", "2024-06-03")] * 2
    assert found[0].text.startswith("Our position is consistent")
