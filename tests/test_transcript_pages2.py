"""More briefing and interview pages: labels a page shortens after naming the speaker once,
header dates written with slashes, a press secretary's post, a briefing's section headings.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime
import re

from tracker.extract import extract
from tracker.extract.meta import read_meta

# A ministry's interview transcript: fields naming the programme and the interviewer, then
# each speaker labelled in full once, "Name (ABBR):", and by the letters alone afterwards

SHORTENED = """\
INTERVIEW TRANSCRIPT
Official interviewed: SFA
Programme: Morning Edition
Name of interviewer: Ms. Liza Ramos
Date: 14 March 2022, 7:30 AM
Secretary Ramon P. Villareal (SFA): Good morning, Liza.
Liza Ramos (LR): Good morning, sir. Has Beijing answered the protest you filed last week?
SFA: Not yet. We sent the note on Monday and we expect a reply through the embassy.
LR: Will you raise the matter at the ministers' meeting in Phnom Penh?
SFA: Yes. Our position on the arbitral award will be on the table, as it always is.
"""


def test_a_label_shortened_to_letters_is_the_speaker_named_in_full() -> None:
    found = extract(SHORTENED, published=datetime.date(2022, 3, 14))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Ramon P. Villareal", "2022-03-14"),
        ("Ramon P. Villareal", "2022-03-14"),
    ]
    assert found[0].text.startswith("Not yet.")
    assert found[1].text.startswith("Yes. Our position")


# A press secretary's briefing as an archive republishes it: the day in the title, US order
# with slashes and a two-digit year

SLASHED = """\
Press Briefing by Press Secretary Dana Whitford, 3/22/19

James S. Brady Press Briefing Room

1:05 P.M. EDT

MS. WHITFORD:  Good afternoon.  The President spoke with the Prime Minister of Canada this \
morning about the trade talks, and they agreed to meet again next month.

Q    Will the tariffs be lifted before then?

MS. WHITFORD:  I won't get ahead of the negotiators.  Those talks continue this week.
"""


def test_a_slashed_day_in_the_title_dates_the_briefing() -> None:
    found = extract(SLASHED, published=datetime.date(2019, 3, 25))
    assert [(s.speaker, s.role, s.said_on) for s in found] == [
        ("Dana Whitford", "Press Secretary", "2019-03-22"),
        ("Dana Whitford", "Press Secretary", "2019-03-22"),
    ]


# A noon briefing: the spokesman's turn under section headings ("**Secretary-General's
# Travels"), the page's department named above it

SECTIONS = """\
Daily Press Briefing by the Office of the Spokesperson for the Secretary-General

Department of Global Communications . Meetings Coverage and Media Division . New York

4 May 2016

The following is a near-verbatim transcript of today's noon briefing by Tomas Berglund, \
Spokesman for the Secretary-General.

Good afternoon.

**Secretary-General Travel

The Secretary-General arrived in Vienna this morning for a conference on nuclear safety.

He told delegates that no country can manage the risks of the atom on its own.
"""


def test_a_section_heading_or_a_division_speaks_for_no_one() -> None:
    found = extract(SECTIONS, published=datetime.date(2016, 5, 4))
    # (the spokesman relays what the Secretary-General told delegates: the post's words)
    assert [(s.speaker, s.text[:21]) for s in found] == [
        ("The Secretary-General", "no country can manage")
    ]


# A ministry's page reposting a television interview: a stamp "• Date : 2018-05-02 ...",
# a tag in square brackets above, each speaker's name in square brackets, the interviewer's
# turns in parentheses (but not always)

BRACKETED = """\
Ministry News

[Video] Foreign Minister's Interview with Channel 9 (5.1.)

  \u2022 Date : 2018-05-02 10:12:40
  \u2022 Hit : 311

[Minister Seo] We welcome the summit, and we believe the two leaders can build on what was \
agreed in April.

([Anna Holt] Will sanctions stay in place until then?)

[Minister Seo] Sanctions will stay until there is real progress on denuclearisation.

[Anna Holt] Some say that is too slow.

[Minister Seo] We would rather be slow and sure than fast and wrong.
"""


def test_names_in_square_brackets_label_the_turns() -> None:
    # the turns take the interview's day its title gives ("(5.1.)"), not the posting day, as
    # the corpus dates a transcript posted after the interview it titles
    found = extract(BRACKETED, published=datetime.date(2018, 5, 2))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Seo", "2018-05-01"),
        ("Seo", "2018-05-01"),
        ("Seo", "2018-05-01"),
    ]
    assert found[0].text.startswith("We welcome the summit")
    assert found[2].text.startswith("We would rather")


def test_a_bulleted_date_stamp_year_first_dates_the_page() -> None:
    found = extract(BRACKETED.replace("(5.1.)", ""), published=None)
    assert {s.said_on for s in found} == {"2018-05-02"}


# A ministry's weekly briefing as a news archive reposts it: the ministry on a line of its
# own, a title saying the spokesperson gave it (never who) and its day with an ordinal

UNNAMED_SPOKESPERSON = """\
News archive

Republic of Nauru Ministry of Foreign Affairs

Transcript of the Weekly Media Briefing by the Spokesperson on Thursday, 12th June 2025

Thank you for joining us. Let me begin with the fisheries talks held in Suva on 3 June 2025.

We regret that the talks ended without agreement. We remain ready to resume them at any \
time and call on all parties to respect the quotas agreed last year.
"""


def test_a_briefing_by_a_spokesperson_no_one_names_is_the_ministrys() -> None:
    found = extract(UNNAMED_SPOKESPERSON, published=None)
    assert [(s.speaker, s.said_on, s.kind) for s in found] == [
        ("Republic of Nauru Ministry of Foreign Affairs", "2025-06-12", "direct")
    ]
    assert found[0].text.startswith("Thank you for joining us.")


def test_a_title_day_with_an_ordinal_is_the_pages_day() -> None:
    text = UNNAMED_SPOKESPERSON.replace("News archive\n\n", "")
    assert read_meta(text).published == datetime.date(2025, 6, 12)


# A transcription service's page: the header says who held the briefing ("Press Briefing
# with Spokesperson X"), the turns are stamped "Speaker 1", "Speaker 2" by the recording

NUMBERED = """\
Department Press Briefing, March 3, 2024

Department Press Briefing with Deputy Spokesperson Lena Ortiz, on March 3, 2024. Read the \
transcript here.

Speaker 1 (00:01):

Morning.

Speaker 2 (00:03):

Good morning, everyone. A few things at the top before I take your questions. This week \
we will host the foreign ministers of the Pacific island states for talks on maritime \
security and on fisheries, and we expect to announce new funding for coastal patrols.

Speaker 1 (00:41):

Will the talks cover the cable project?

Speaker 2 (00:44):

They will. We see undersea cables as part of the same security picture.
"""


def test_the_numbered_speaker_who_talks_most_is_the_briefer() -> None:
    found = extract(NUMBERED, published=datetime.date(2024, 3, 3))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Lena Ortiz", "2024-03-03"),
        ("Lena Ortiz", "2024-03-03"),
    ]
    assert found[0].text.startswith("Good morning, everyone.")
    assert found[1].text.startswith("They will.")


# A prime minister's office: the remarks at the start of a cabinet meeting, introduced by
# "made the following remarks:" (with where, at times) and quoted below

REMARKS = """\
(Communicated by the Prime Minister's Media Adviser)
Prime Minister Maria Lindqvist, this morning (Sunday, 9 March 2025), made the following \
remarks:
"We will present the budget to the Riksdag next week. It keeps the promises we made to \
families and to the armed forces."
"""


def test_made_the_following_remarks_introduces_the_quote_below() -> None:
    found = extract(REMARKS, published=datetime.date(2025, 3, 9))
    assert [(s.speaker, s.kind, s.said_on) for s in found] == [
        ("Maria Lindqvist", "direct", "2025-03-09")
    ]
    assert found[0].text.startswith("We will present the budget")


def test_where_the_remarks_were_made_may_stand_before_the_colon() -> None:
    found = extract(
        REMARKS.replace("remarks:", "statement at the weekly Cabinet meeting:"),
        published=datetime.date(2025, 3, 9),
    )
    assert [(s.speaker, s.kind) for s in found] == [("Maria Lindqvist", "direct")]
    assert found[0].text.startswith("We will present the budget")


# A presidential press office's briefing with guests from a ministry: the host names each
# guest by the full name of the body, then the post

GUESTS = """\
Press Briefing

Press Briefing with guests from the Department of Foreign Affairs

MS. REYES: Good afternoon. Joining us today is the Department of Foreign Affairs \
Spokesperson Carmela Vidal. Go ahead, ma'am.

SPOKESPERSON VIDAL: Thank you. The President will attend the summit in Jakarta next week, \
where he will meet the leaders of the region.
"""


def test_a_body_named_in_full_before_the_post_is_the_institution() -> None:
    found = extract(GUESTS, published=datetime.date(2023, 4, 28))
    said = [s for s in found if s.speaker == "Carmela Vidal"]
    assert [(s.role, s.institution) for s in said] == [
        ("Spokesperson", "Department of Foreign Affairs")
    ]


# A weekly briefing: a reporter labelled by a first name addresses the spokesperson as
# "Sir"; the spokesperson asks back which reports are meant before answering

ASKED_BACK = """\
Transcript of Weekly Media Briefing by the Official Spokesperson (May 9, 2024)

Shri Arun Mehra, Official Spokesperson: Good afternoon. Let me begin with one announcement. \
The External Affairs Minister will visit Japan next week for the strategic dialogue.

Kabir: Sir, on the reports about the detained fishermen, is there any update?

Shri Arun Mehra, Official Spokesperson: Which reports are you referring to? The ones from \
Jaffna?

Kabir: Yes, sir, the ones from Jaffna.

Shri Arun Mehra, Official Spokesperson: Our High Commission is in touch with the \
authorities and we have sought consular access to all of them.
"""


def test_a_reporter_who_addresses_the_briefer_as_sir_asks() -> None:
    found = extract(ASKED_BACK, published=datetime.date(2024, 5, 9))
    assert "Kabir" not in {s.speaker for s in found}


def test_a_question_asked_back_to_a_reporter_is_no_statement() -> None:
    found = extract(ASKED_BACK, published=datetime.date(2024, 5, 9))
    texts = [s.text for s in found if s.speaker == "Arun Mehra"]
    assert len(texts) == 2
    assert texts[1].startswith("Our High Commission")


def test_concluding_a_visit_is_no_statement() -> None:
    text = (
        "**Travels\n\n"
        "Deputy Secretary-General Amina Mohammed concluded her three-day trip to Ghana "
        "yesterday. On Monday she opened a school in Tamale.\n"
    )
    assert extract(text, published=datetime.date(2022, 10, 6)) == []


# A ministry's edited transcript of a radio interview: two hosts labelled with the station
# in brackets once, then by name alone; the minister by the title

STATION = """\
Edited Transcript of Minister for Foreign Affairs Dr Lena Varga's Radio Interview on \
RADIO77 'Morning Line', 4 March 2024

Tom Berry (RADIO77): Good morning. This is Morning Line with Tom Berry and Ada Klein.

Ada Klein (RADIO77): And with us in the studio is the Minister for Foreign Affairs, \
Dr Lena Varga. Minister, welcome.

Minister: Thank you, good morning.

Ada Klein: What will you tell your counterparts at the summit next week?

Minister: That we will not accept new tariffs without talks, and that our door remains open \
to a fair agreement.
"""


def test_hosts_labelled_with_their_station_ask() -> None:
    found = extract(STATION, published=datetime.date(2024, 3, 4))
    assert [(s.speaker, s.said_on) for s in found] == [("Lena Varga", "2024-03-04")]
    assert found[0].text.startswith("That we will not accept")


# A parliament site's page of an urgent question: the question tabled, then the one minister
# who answers, by post and name on a line of their own

URGENT = """\
Sudan: Humanitarian Access Debate
Main Page: Jane Holloway (Labour - Northtown)
Commons Chamber
Urgent Question: To ask the Foreign Secretary if he will make a statement on aid to Sudan.
The Minister for Development (Jane Holloway)
The fighting around El Fasher has cut off the last road for aid convoys. We are working \
with the United Nations to reopen it and will announce further funding this week.
"""


def test_the_one_minister_answering_an_urgent_question_speaks() -> None:
    found = extract(URGENT, published=datetime.date(2025, 5, 6))
    assert [(s.speaker, s.role) for s in found] == [("Jane Holloway", "Minister for Development")]
    assert found[0].text.startswith("The fighting around El Fasher")


# A prime minister's office: the moderator's post in capitals with "(MODERATOR)", then a
# section heading over the prime minister's unlabelled opening, which names him

MODERATED = """\
Press Conference by Prime Minister Kenji Arai

March 14, 2024
[Provisional Translation]

CABINET PUBLIC RELATIONS SECRETARY (MODERATOR): We will now begin the press conference. \
Prime Minister, your opening statement, please.

Opening Statement by Prime Minister Kenji Arai

Good evening. I am Kenji Arai. Today the Cabinet approved a package to raise wages in small \
firms, and I will ask the Diet to pass it before the summer recess.
"""


def test_a_section_in_the_body_names_whose_words_follow_the_moderator() -> None:
    found = extract(MODERATED, published=datetime.date(2024, 3, 14))
    assert [(s.speaker, s.said_on) for s in found] == [("Kenji Arai", "2024-03-14")]
    assert "Cabinet approved a package" in found[0].text


def test_a_moderators_post_and_part_are_no_dateline() -> None:
    assert read_meta(MODERATED).dateline_place is None


def test_a_stage_direction_in_square_brackets_labels_no_one() -> None:
    text = BRACKETED.replace(
        "agreed in April.\n",
        "agreed in April.\n\n[Laughter] We mean it.\n",
    ).replace(
        "than fast and wrong.\n",
        "than fast and wrong.\n\n[Laughter] Truly, we do.\n",
    )
    found = extract(text, published=datetime.date(2018, 5, 2))
    assert [s.speaker for s in found] == ["Seo", "Seo", "Seo"]
    assert "[Laughter] We mean it." in found[0].text


# A transcription service's joint press conference: the leaders labelled by name, a reporter
# as "Speaker 1"; the stamp after the colon ("Name: (00:14)")

NAMED_AND_NUMBERED = """\
President Ortiz and Chancellor Weber Joint Press Conference Transcript

President Ortiz and Chancellor Weber held a joint press conference on March 3, 2024.

Maria Ortiz: (00:14)
Good afternoon. The Chancellor and I agreed today to double our support for the grain \
corridor, and we will ask our partners to join us before the summer.

Speaker 1: (02:10)
Madam President, how will you pay for it, and when will the first ships sail from the port?

Maria Ortiz: (02:31)
From the reserve we set aside last year. The first ships sail next week.
"""


def test_numbered_speakers_beside_a_named_one_who_talks_most_ask() -> None:
    found = extract(NAMED_AND_NUMBERED, published=datetime.date(2024, 3, 3))
    assert [s.speaker for s in found] == ["Maria Ortiz", "Maria Ortiz"]
    assert found[1].text.startswith("From the reserve")


def test_numbered_labels_without_stamps_are_read() -> None:
    text = re.sub(r": \(\d\d:\d\d\)\n", ": ", NAMED_AND_NUMBERED)
    assert "(00:14)" not in text
    assert [s.speaker for s in extract(text, published=None)] == ["Maria Ortiz", "Maria Ortiz"]
