"""Official pages whose speaker is not named as a person: a ministry's weekly briefing by a
spokesperson the page never names, which greets the room in the ministry's name, and
interviews labelled by the post alone ("EAM:", "Foreign Secretary:") on pages that never say
who held it.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

# A foreign ministry's weekly briefing: the title says "by the Spokesperson" and no more, and
# the only words naming the body are the briefer's greeting to the room.

WELCOMED_TO_THE_MINISTRY = """\
Office of the Spokesperson
Transcript of the Weekly Media Briefing by the Spokesperson
Friday, 14 March 2025
Good afternoon and welcome to the Ministry of Foreign Affairs.
The Foreign Minister will travel to Tashkent next week for the meeting of the regional \
contact group, where he will set out our view on trade corridors and water sharing.
We are deeply saddened by the loss of life in the floods in the north of Sri Lanka, and \
our thoughts are with the families of the victims.
"""


def test_a_briefers_welcome_to_the_ministry_names_the_body_that_speaks() -> None:
    found = extract(WELCOMED_TO_THE_MINISTRY, published=datetime.date(2025, 3, 14))
    assert found
    assert {s.speaker for s in found} == {"Ministry of Foreign Affairs"}
    assert {s.speaker_type for s in found} == {"institution"}


# The same briefing with nothing naming the ministry: no one can be named, so nothing is
# recorded rather than a guess.

NO_BODY_NAMED = """\
Transcript of the Weekly Media Briefing by the Spokesperson
Friday, 14 March 2025
Good afternoon and thank you for joining us.
The Foreign Minister will travel to Tashkent next week for the meeting of the regional \
contact group, where he will set out our view on trade corridors and water sharing.
"""


def test_an_unnamed_spokesperson_of_no_named_body_speaks_for_no_one() -> None:
    found = extract(NO_BODY_NAMED, published=datetime.date(2025, 3, 14))
    assert not found


# A ministry's page of an interview its minister gave a newspaper: the title names the paper,
# not the minister, and the answers are labelled by the post's initials alone.

POST_INITIALS_ONLY = """\
Interview with the Gulf Herald
June 11, 2024
Question: How do you read the mood in the region after the ceasefire talks stalled?
EAM: Cautiously. Every capital I have visited wants the fighting to end, but each of them \
has its own red lines, and those have not moved much.
Question: Will the new shipping corridor survive the crisis?
EAM: I believe so. The economics behind it are stronger than any single crisis, and the \
partners have told us plainly that they are staying the course.
"""


def test_a_posts_initials_on_a_page_naming_no_holder_answer_under_the_title() -> None:
    found = extract(POST_INITIALS_ONLY, published=datetime.date(2024, 6, 11))
    assert len(found) == 2
    assert {s.speaker for s in found} == {"External Affairs Minister"}
    assert not any(s.text.endswith("?") for s in found)


# A broadcaster's page where the labels give the post in words and never its holder.

POST_IN_WORDS_ONLY = """\
Interview on Morning Edition
Question: Minister, is the aid package for the flood victims ready?
Foreign Secretary: Most of it is. The first flights leave tomorrow morning, and more will \
follow once the airport at the coast reopens.
Question: How much of it is money, and how much supplies?
Foreign Secretary: Roughly half and half, though we will shift towards money as the markets \
there start working again.
"""


def test_a_post_in_words_on_a_page_naming_no_holder_answers_under_the_title() -> None:
    found = extract(POST_IN_WORDS_ONLY, published=datetime.date(2024, 6, 11))
    assert len(found) == 2
    assert {s.speaker for s in found} == {"Foreign Secretary"}


# The minister's interview with his post and name in the title, the labels a shorter post.

SHORTER_POST_IN_LABELS = """\
External Affairs Minister Dr. S. Jaishankar's interview with the Gulf Herald
June 11, 2024
Question: How do you read the mood in the region after the ceasefire talks stalled?
FM: Cautiously. Every capital I have visited wants the fighting to end, but each of them \
has its own red lines.
Question: Will the new shipping corridor survive the crisis?
FM: I believe so. The economics behind it are stronger than any single crisis.
"""


def test_a_shorter_post_in_the_labels_is_the_minister_the_title_names() -> None:
    found = extract(SHORTER_POST_IN_LABELS, published=datetime.date(2024, 6, 11))
    assert len(found) == 2
    assert {s.speaker for s in found} == {"S. Jaishankar"}


# A presenter the page names in full, labelled by initials that also abbreviate a post: the
# presenter asks, and his questions are no one's statement.

HOST_INITIALS_LIKE_A_POST = """\
Peter Marsh talks to Foreign Minister Anna Lindqvist on the Evening Hour
PM: Minister, thank you for coming in. Are the sanctions working?
Anna Lindqvist: They are biting harder than most people expected, and the figures for the last \
quarter show it.
PM: And yet the war goes on. Why should voters believe more of the same will end it?
Anna Lindqvist: Because pressure compounds over time, and we are only now seeing its full effect.
"""


def test_a_hosts_initials_that_spell_a_post_still_ask() -> None:
    found = extract(HOST_INITIALS_LIKE_A_POST, published=datetime.date(2024, 6, 11))
    assert {s.speaker for s in found} == {"Anna Lindqvist"}
    assert not any(s.text.startswith(("Minister, thank", "And yet")) for s in found)


# A ministry's numbered regular press conference: the page names the ministry above the
# title, never the spokesperson; each question is numbered under the outlet that asked it,
# the answer below it unlabelled.

NUMBERED_CONFERENCE = """\
Ministry of Foreign Affairs of Viet Nam
The 9th Regular Press Conference (20th May 2021)

I. ANNOUNCEMENTS

1. Visit of the Foreign Minister of Chile

At the invitation of the Minister of Foreign Affairs, the Foreign Minister of Chile will pay \
an official visit to Viet Nam from 25 to 27 May 2021.

II. Q&A

1. Reuters: Fishing boats from Quang Ngai were reportedly chased out of waters near the \
Paracel Islands last week. What is Viet Nam's response?

Viet Nam is verifying the reports with the competent authorities. We ask the parties \
concerned to respect the legitimate rights of Vietnamese fishermen in these waters.

2. Kyodo: The Japanese government has said the Prime Minister will visit Tokyo in June. \
Has a date been set?

The two sides are still discussing the programme and a suitable time, and the details will \
be announced in due course.
"""


def test_a_numbered_regular_press_conference_is_the_ministry_the_page_names() -> None:
    found = extract(NUMBERED_CONFERENCE, published=datetime.date(2021, 5, 20))
    assert found
    assert {s.speaker for s in found} == {"Ministry of Foreign Affairs of Viet Nam"}
    assert {s.speaker_type for s in found} == {"institution"}
    assert any(s.text.startswith("Viet Nam is verifying") for s in found)
    assert not any(s.text.rstrip().endswith("?") for s in found)


def test_a_numbered_regular_press_conference_of_no_named_body_is_no_ones() -> None:
    # nor is a question that reports what someone said
    unnamed = NUMBERED_CONFERENCE.split("\n", 1)[1]
    assert not extract(unnamed, published=datetime.date(2021, 5, 20))


# A foreign service's page of a statement by its spokesperson, the service's name at the head
# of the page and no spokesperson named.

SERVICE_NAMED_AT_THE_HEAD = """\
European Union External Action

Statement by the Spokesperson on the vote count in Karelia

Brussels, 03/09/2023

The European Union notes the provisional results published by the electoral commission \
on Friday. The vote itself passed off peacefully.

Several candidates were nonetheless intimidated during the campaign, and the EU expects \
every complaint to be examined openly and without delay.
"""


def test_a_spokespersons_statement_under_a_foreign_services_name_is_its_own_words() -> None:
    found = extract(SERVICE_NAMED_AT_THE_HEAD, published=datetime.date(2023, 9, 3))
    assert found
    assert {s.speaker for s in found} == {"European Union"}
    assert {s.kind for s in found} == {"direct"}
    assert any(s.text.startswith("The European Union notes") for s in found)
    assert any("every complaint to be examined" in s.text for s in found)


# The ministry's briefing again, the answers now labelled "Spokesperson:": the post that
# speaks for the ministry the page names, not a person to look up.

SPOKESPERSON_LABELS = """\
Transcript of the Weekly Media Briefing by the Spokesperson
Friday, 14 March 2025
Good afternoon and welcome to the Ministry of Foreign Affairs.
The Foreign Minister leaves for Tashkent on Monday for the regional contact group.
Question: Is there a date for the next round of border talks?
Spokesperson: Not so far. The two delegations are in touch, and the dates will be made \
public once both capitals have agreed them.
Question: How do you respond to the remarks of the neighbouring army chief?
Spokesperson: We reject them outright. Remarks of this kind are reckless and serve no one \
who wants calm along the border.
"""


def test_spokesperson_labels_in_a_ministrys_unnamed_briefing_are_the_ministry() -> None:
    found = extract(SPOKESPERSON_LABELS, published=datetime.date(2025, 3, 14))
    assert len(found) == 3
    assert {s.speaker for s in found} == {"Ministry of Foreign Affairs"}
    assert not any(s.text.rstrip().endswith("?") for s in found)


# A foreign ministry's doorstop transcript: the title names its minister, the answers are
# labelled "Min:", the post cut short, and the questions "Q:".

SHORTENED_POST_LABELS = """\
Transcript of doorstop interview of Minister for Foreign Affairs Vivian Balakrishnan with \
the Straits Times, 4 March 2019

Min: We had a very candid discussion this morning on the haze and on what both sides can do \
before the dry season sets in.
Q: Did you agree on anything concrete?
Min: We agreed to share hotspot data every day and to meet again before June. That is a \
good start, and I expect the officials to build on it.
"""


def test_a_post_cut_short_in_the_labels_is_the_minister_the_title_names() -> None:
    found = extract(SHORTENED_POST_LABELS, published=datetime.date(2019, 3, 4))
    assert len(found) == 2
    assert {s.speaker for s in found} == {"Vivian Balakrishnan"}


# A weekly paper's interview: the introduction names the guest with a middle initial, the
# labels give the paper's initials for the questions and the guest's first and last
# initials for the answers.

INITIALS_WITHOUT_THE_MIDDLE = """\
Before her talks at the Foreign Ministry, the Baltic Times spoke to US Assistant Secretary \
of State Karen E. Donfried about the alliance's plans for the region.
BT: What brings you to Vilnius this week?
KD: The summit preparations, above all. We want the allies on the eastern flank to see \
exactly what the new force posture means for them.
BT: Will more troops be stationed here?
KD: That is being worked out with the ministries now, and I would not get ahead of those \
conversations.
"""


def test_a_guests_first_and_last_initials_label_her_answers() -> None:
    found = extract(INITIALS_WITHOUT_THE_MIDDLE, published=datetime.date(2023, 5, 2))
    assert len(found) == 2
    assert {s.speaker for s in found} == {"Karen E. Donfried"}
    assert not any(s.text.endswith("?") for s in found)
