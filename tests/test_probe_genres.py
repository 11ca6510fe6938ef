"""Pages that are not wire stories, probed one construction at a time (issue 8): speech
pages, briefings, interviews and releases as ministries and missions publish them.

Every text here is invented, written in the manner of those pages; names are made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract

PUBLISHED = datetime.date(2024, 12, 3)


def _by_text(found, start):
    return [s for s in found if s.text.startswith(start)]


# gov.uk names who gave a speech in its "From:" field, with the letters of the honours they
# hold after the name, several deep: the name is the person's without them.
HONOURS_AFTER_NAME = """\
Speech

UK statement on the humanitarian situation in Ruritania

Statement by Ambassador Eleanor Marchbank at the UN Security Council briefing on Ruritania.

From: Foreign, Commonwealth & Development Office and Dame Eleanor Marchbank DCMG OBE
Published 3 December 2024

Thank you, President.

The United Kingdom calls on both armies to open every crossing into the besieged province \
without delay.
"""


def test_honours_after_a_name_in_a_byline_are_no_part_of_it() -> None:
    found = extract(HONOURS_AFTER_NAME, published=PUBLISHED)
    said = [s for s in found if "open every crossing" in s.text]
    assert said and said[0].speaker == "Eleanor Marchbank"


HONOURS_OF_A_MINISTER = """\
Speech

Prime Minister's remarks at the Harbour Forum

From: Prime Minister's Office, 10 Downing Street and The Rt Hon Sir Edmund Ashcombe KCB KC MP
Published 3 December 2024
Delivered on: 2 December 2024 (Transcript of the speech, exactly as it was delivered)

We will build the new port links with our partners across the North Sea, and we will pay \
for them without raising a single tax.
"""


def test_a_knight_with_a_run_of_letters_is_read_by_his_name() -> None:
    found = extract(HONOURS_OF_A_MINISTER, published=PUBLISHED)
    said = _by_text(found, "We will build the new port links")
    assert said and said[0].speaker == "Edmund Ashcombe"
    assert said[0].said_on == "2024-12-02"


# A speech page whose "Speech" label above the title was not kept: its "Delivered on:" field
# still says whose words the page holds, and on which day.
DELIVERED_ON_WITHOUT_KIND = """\
Foreign Secretary's speech to the Atlantic Institute

The Foreign Secretary set out how the country will work with its neighbours on energy.

From: Foreign, Commonwealth & Development Office and The Rt Hon Miranda Castell MP
Published 3 December 2024
Delivered on: 2 December 2024 (Transcript of the speech, exactly as it was delivered)

Good evening.

Our energy security is national security, and we will never again leave ourselves open to \
blackmail by a hostile state.
"""


def test_delivered_on_field_marks_a_speech_page() -> None:
    found = extract(DELIVERED_ON_WITHOUT_KIND, published=PUBLISHED)
    said = [s for s in found if "Our energy security is national security" in s.text]
    assert said and said[0].speaker == "Miranda Castell"
    assert said[0].said_on == "2024-12-02"


# A ministry's own statement page names itself without its state ("the Ministry of Foreign
# Affairs"): in a story that is a description of some state's ministry, but above the page's
# words it is the body that speaks, whatever the topic after "on" says.
MINISTRY_WITHOUT_STATE = """\
Statement of the Ministry of Foreign Affairs on the parliamentary resolution

2 December 2024

We firmly reject the one-sided resolution adopted by the parliament of a distant country. \
Such texts only harm the negotiations between the two neighbours.
"""


def test_a_ministry_named_without_its_state_issues_its_own_statement() -> None:
    found = extract(MINISTRY_WITHOUT_STATE, published=PUBLISHED)
    said = _by_text(found, "We firmly reject the one-sided resolution")
    assert said and said[0].speaker == "Ministry of Foreign Affairs"
    assert said[0].said_on == "2024-12-02"


MINISTRY_TITLE_IN_CAPITALS = """\
Ministry of Foreign Affairs of the Republic of Eastland

Statement of the Ministry of Foreign Affairs Regarding the Bombing in the Harbour District

3 December 2024

We strongly condemn the bombing in the harbour district of the capital, which claimed many \
lives, and we extend our condolences to the bereaved families.
"""


def test_regarding_in_a_title_case_title_opens_its_topic() -> None:
    found = extract(MINISTRY_TITLE_IN_CAPITALS, published=PUBLISHED)
    said = _by_text(found, "We strongly condemn the bombing")
    assert said and said[0].speaker == "Ministry of Foreign Affairs"


# A briefing page titled by the ministry's spokesperson, whose turns carry the spokesperson's
# name in the label: the named person speaks, not the ministry; and a capital a turn names
# ("talks in Doha") is not the page's.
SPOKESPERSON_NAMED_IN_LABEL = """\
Regular Press Briefing by the Spokesperson of the Ministry of Foreign Affairs

December 3, 2024

Spokesperson Farida Qasemi: Our government is deeply concerned about the worsening situation \
along the border and calls on all sides to show restraint.

Question: Is there any news on the talks with the neighbouring government?

Spokesperson Farida Qasemi: The next round of talks will take place in Doha next week, and we \
expect concrete results.
"""


def test_a_spokesperson_named_in_the_label_speaks_in_person() -> None:
    found = extract(SPOKESPERSON_NAMED_IN_LABEL, published=PUBLISHED)
    said = _by_text(found, "The next round of talks")
    assert said and said[0].speaker == "Farida Qasemi"


SPOKESPERSON_UNNAMED_CAPITAL_IN_TURN = """\
Regular Press Briefing by the Spokesperson of the Ministry of Foreign Affairs

December 3, 2024

Spokesperson: Our government is deeply concerned about the worsening situation along the \
border and calls on all sides to show restraint.

Question: Is there any news on the talks with the neighbouring government?

Spokesperson: The next round of talks will take place in Doha next week, and we expect \
concrete results.
"""


def test_a_capital_named_in_a_turn_gives_the_ministry_no_state() -> None:
    found = extract(SPOKESPERSON_UNNAMED_CAPITAL_IN_TURN, published=PUBLISHED)
    said = _by_text(found, "The next round of talks")
    assert said and said[0].speaker == "Ministry of Foreign Affairs"


# Ministry and news pages end with links to other stories under a "Related news" line: their
# headlines ("X says ...") are those stories' statements, not this page's.
RELATED_LIST = """\
Foreign Minister receives the Baltic envoy

3 December 2024

Foreign Minister Tomas Varga received the new envoy of a Baltic state in the capital on \
Tuesday. "Our cooperation in energy security has never been closer," Varga said.

Related news

Varga: the region needs more air defence
Helga Brandt says the union will help "for as long as it takes"
Ministers sign a memorandum on rail links
"""


def test_headlines_listed_under_related_news_are_no_statements() -> None:
    found = extract(RELATED_LIST, published=PUBLISHED)
    assert [s.speaker for s in found] == ["Tomas Varga"]


READ_ALSO_LINE = """\
Foreign Minister receives the Baltic envoy

3 December 2024

Foreign Minister Tomas Varga received the new envoy of a Baltic state in the capital on \
Tuesday. "Our cooperation in energy security has never been closer," Varga said.

Read also: Helga Brandt says the union will help "for as long as it takes"

The envoy said her country would open a consulate in the port city next year.
"""


def test_a_read_also_link_is_no_statement_and_the_story_goes_on_below_it() -> None:
    found = extract(READ_ALSO_LINE, published=PUBLISHED)
    assert not [s for s in found if "Brandt" in (s.speaker or "")]
    assert _by_text(found, "her country would open a consulate")


# gov.uk's kind of page above the title, "Oral statement to Parliament", is no title naming
# a speaker "Oral": the minister the page is from made the statement, on the day it gives.
ORAL_STATEMENT = """\
Oral statement to Parliament

Foreign Secretary's statement on the ceasefire in the north: 9 December 2024

The Foreign Secretary updated the House on the ceasefire.

From: Foreign, Commonwealth & Development Office and The Rt Hon Miranda Castell MP
Published 9 December 2024

With permission, I will make a statement on the ceasefire agreed at the weekend.

The United Kingdom will judge both parties by their actions, not by their words.
"""


def test_the_kind_of_a_statement_page_names_no_speaker() -> None:
    found = extract(ORAL_STATEMENT, published=datetime.date(2024, 12, 17))
    said = [s for s in found if "judge both parties by their actions" in s.text]
    assert said and said[0].speaker == "Miranda Castell"
    assert said[0].said_on == "2024-12-09"


# A doorstep's opening takes its topics in turn, each named first ("On Ukraine:", "On the
# Middle East,"): each topic is a statement of its own, as a "Next," opens another; a day put
# first ("On Tuesday,") names no topic.
DOORSTEP_TOPICS = """\
Doorstep by High Representative Ilse Morgen upon arrival at the Foreign Affairs Council

Brussels, 16.12.2024

Check against delivery!

Good morning. Today we will discuss Ruritania, the Levant and the Caucasus.

On Ruritania: the aggressor is not interested in peace, and we must increase our \
military support.

On the Levant, the fall of the old regime is a positive development, but the future remains \
uncertain.
"""


def test_a_topic_named_first_opens_a_statement_of_its_own() -> None:
    found = extract(DOORSTEP_TOPICS, published=datetime.date(2024, 12, 16))
    assert _by_text(found, "On Ruritania: the aggressor")
    assert _by_text(found, "On the Levant, the fall")


# A ministry's page of one exchange, titled in title case: "Spokesperson X Answers a
# Reporter's Question on ...". The verb is no part of the spokesperson's name.
ANSWERS_A_QUESTION = """\
Foreign Ministry Spokesperson Hu Lanxin Answers a Reporter's Question on the Arms Sales

2024-12-03 18:00

Q: The neighbouring government has approved new arms sales worth 385 million dollars. What \
is the ministry's comment?

A: These arms sales gravely violate the commitments made to us. We firmly oppose them and \
have lodged stern representations.
"""


def test_a_title_case_verb_after_a_name_is_no_part_of_it() -> None:
    found = extract(ANSWERS_A_QUESTION, published=PUBLISHED)
    said = _by_text(found, "These arms sales gravely violate")
    assert said and said[0].speaker == "Hu Lanxin"


# An embassy's page of one exchange whose spokesperson is named nowhere: the embassy speaks.
EMBASSY_ANSWERS = """\
Spokesperson of the Chinese Embassy in Ruritania Answers a Journalist's Question on the Port Deal

2024-12-03 18:00

Q: The Ruritanian parliament has voted to review the port deal. What is the embassy's comment?

A: The port deal is a model of mutually beneficial cooperation. We urge the Ruritanian side to \
honour its commitments and to stop politicising normal trade.
"""


def test_an_unnamed_embassy_spokesperson_answering_speaks_for_the_embassy() -> None:
    found = extract(EMBASSY_ANSWERS, published=PUBLISHED)
    said = _by_text(found, "The port deal is a model")
    assert said and said[0].speaker == "Chinese Embassy in Ruritania"
    assert said[0].speaker_type == "institution"


# A ministry's release titled by its topic alone ("Press Release Regarding ..."), in the
# ministry's own voice, under the site's line naming the ministry: the ministry's words.
RELEASE_BY_TOPIC = """\
Ministry of Foreign Affairs of the Republic of Eastland

Press Release Regarding the Bombing in the Harbour District

No: 245, 3 December 2024

We strongly condemn the bombing in the harbour district of the capital, which claimed many \
lives. We extend our condolences to the bereaved families.
"""


def test_a_release_titled_by_its_topic_is_the_ministrys_own() -> None:
    found = extract(RELEASE_BY_TOPIC, published=PUBLISHED)
    said = _by_text(found, "We strongly condemn the bombing")
    assert said and said[0].speaker == "Ministry of Foreign Affairs of the Republic of Eastland"


# A wire story under such a title reports the release: its reporter's lead is no release.
RELEASE_REPORTED = """\
Ministry of Foreign Affairs of the Republic of Eastland

Press Release Regarding the Bombing in the Harbour District

HARBOUR CITY, Dec 3 (Reuters) - Eastland's foreign ministry said on Tuesday it strongly \
condemned the bombing in the harbour district.
"""


def test_a_story_under_a_release_title_stays_a_story() -> None:
    found = extract(RELEASE_REPORTED, published=PUBLISHED)
    assert [(s.speaker, s.kind) for s in found] == [
        ("Ministry of Foreign Affairs of the Republic of Eastland", "indirect")
    ]


# The EU's foreign service dates its pages in Brussels: the High Representative speaks for the
# European Union, not for the state whose capital heads the page.
HIGH_REPRESENTATIVE_IN_BRUSSELS = """\
Ruritania: Statement by High Representative Ilse Morgen on the latest developments

Brussels, 03.12.2024

I am deeply concerned by the escalation in the north of the country. The EU calls on all \
parties to protect civilians and to return to the negotiating table.
"""


def test_the_high_representative_speaks_for_the_union() -> None:
    found = extract(HIGH_REPRESENTATIVE_IN_BRUSSELS, published=PUBLISHED)
    said = _by_text(found, "I am deeply concerned by the escalation")
    assert said and said[0].speaker == "Ilse Morgen"
    assert said[0].institution == "European Union"


# A statement page whose title names no one ("Statement on the Anniversary of X"), signed
# below by a name with a middle initial and the post under it: the signer's words.
SIGNED_BELOW = """\
Statement on the Anniversary of the Great Flood

November 23, 2024

Today we honor the memory of the thousands who perished in the Great Flood. Our country stands \
with the people of the river valley.

Marian K. Osterberg
Secretary of State
"""


def test_a_statement_signed_below_is_the_signers() -> None:
    found = extract(SIGNED_BELOW, published=datetime.date(2024, 11, 25))
    said = _by_text(found, "Today we honor the memory")
    assert said and said[0].speaker == "Marian K. Osterberg"
    assert said[0].said_on == "2024-11-23"
