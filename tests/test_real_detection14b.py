"""Which spans of English news prose are statements (issue 8, fourteenth round, second
wave): page layouts that hid a story's sentences (a dateline or a linked headline read as a
transcript's label, an interview whose questions carry no label), clauses that do or do not
frame words, and a seat of government that is also a first name. Each test in new words
written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2024, 3, 12)


# A Gulf paper's summit story: a dateline in capitals before a dash, prose, then excerpts of
# the minister's answers under "Question:" and his name.
SUMMIT_WITH_EXCERPTS = """\
Gulf Tribune
Home | Region | World | Business

Ministers agree on joint water grid; Prince Khalid: A new chapter for the region

Gulf Tribune report
March 12, 2024

TABUK \u2014 Six Gulf states agreed on Tuesday to link their water networks by 2030, \
Foreign Minister Prince Khalid Bin Nasser said at the close of the ministerial meeting.

Speaking to reporters after the session, Prince Khalid said the grid would cut the cost of \
desalinated water for every member state.

"This is the most ambitious project the council has taken on in a decade," Prince Khalid said.

The following are excerpts from Prince Khalid's answers to reporters' questions:

Question: When will the first pipeline be laid?

Prince Khalid: The engineers will start next spring. We have agreed on the route and the \
funding, and the contracts will be signed within weeks.

Question: Will other countries be able to join?

Prince Khalid: The door is open. Any neighbour that shares our goals is welcome to take part.
"""


def test_a_dateline_in_capitals_is_no_turn_label_of_the_excerpts_below() -> None:
    found = extract(SUMMIT_WITH_EXCERPTS, published=TUESDAY)
    starts = [s.text for s in found]
    assert any("Six Gulf states agreed on Tuesday" in t for t in starts)
    assert any(t.startswith("the grid would cut the cost") for t in starts)
    assert any(t.startswith("This is the most ambitious project") for t in starts)
    assert any(t.startswith("The door is open.") for t in starts)
    assert {s.speaker for s in found} == {"Khalid Bin Nasser"}


# A public broadcaster's interview: the questions set in bold on the page lost their
# formatting when copied; no paragraph carries a label. Another story's headline of the
# form "Name: words" stands in the list of links at the foot, and the page's report goes on
# for a paragraph after the last answer.
UNLABELLED_INTERVIEW = """\
Nordic Radio News
News   Politics   Economy   Interview

Interview | Halvorsen: Grid cables need a navy, not only insurance

12.03.2024 09:40
Author: Nordic Radio News

Defence Minister Ingrid Halvorsen spoke to Nordic Radio News on Monday, a day after Prime \
Minister Lars Berg announced a review of coastal patrols.

The interview has been edited for length and clarity.

Is a review of coastal patrols enough?

It is a start, and it is what we asked for last year. But I have to be frank: more ships \
will not solve the problem on their own. We need rules that let us board the vessels that \
drag their anchors.

Who is behind the damage?

The police are investigating, and I will not get ahead of them. What I can say is that we \
have seen the same pattern three times this winter.

Will you raise this with your Nordic colleagues?

Yes. I have already spoken with my Danish counterpart, and we will put it on the agenda of \
the next meeting.

EU foreign policy chief Marta Ruiz said last week that the bloc would draft new rules for \
ships without insurance.

Related
Coast guard boards cargo ship after cable damage
Berg: Patrols will double by the summer
"""


def test_an_unlabelled_interview_gives_each_answer_to_the_one_who_spoke_to_the_outlet() -> None:
    found = extract(UNLABELLED_INTERVIEW, published=TUESDAY)
    by_start = {s.text[:30]: s.speaker for s in found}
    assert by_start.get("It is a start, and it is what ") == "Ingrid Halvorsen"
    assert by_start.get("The police are investigating, ") == "Ingrid Halvorsen"
    assert by_start.get("Yes. I have already spoken wit") == "Ingrid Halvorsen"
    # the report after the last answer is the page's, not hers
    assert by_start.get("the bloc would draft new rules") == "Marta Ruiz"
    last = next(s for s in found if s.text.startswith("Yes."))
    assert "Marta Ruiz" not in last.text
    assert not any("Patrols will double" in s.text for s in found)


# A wire story's lead: the deal, then a person's judgement of it in a clause about it.
DEAL_THAT_SHE_SAID = """\
LISBON, March 12 (Reuters) - Portugal and Brazil signed a fisheries accord on Tuesday, a \
pact that Prime Minister Ana Duarte said had ended a decade of quarrels over the Atlantic \
quotas.

Talks on a second accord, which Brazil says would cover shipping, are due in May.
"""


def test_a_persons_judgement_in_a_clause_about_the_thing_is_a_statement() -> None:
    found = extract(DEAL_THAT_SHE_SAID, published=TUESDAY)
    assert [(s.speaker, s.text[:30]) for s in found] == [
        ("Ana Duarte", "had ended a decade of quarrels")
    ]


# A summit story: a verb of saying in a clause whose object is the noun before it, the
# preposition left at the clause's end.
STRANDED_PREPOSITION = """\
The two presidents then answered questions at separate podiums, an arrangement the \
Foreign Ministry had pressed for. President Carlos Ortega said the talks had been frank.

"We will meet again in the autumn," Ortega went on.
"""


def test_a_verb_whose_preposition_ends_the_clause_frames_no_words() -> None:
    found = extract(STRANDED_PREPOSITION, published=TUESDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Carlos Ortega", "the talks had been frank"),
        ("Carlos Ortega", "We will meet again in the autumn"),
    ]


# A warning to two addressees joined by "and", then what they are warned against.
WARNED_TWO_ADDRESSEES = """\
President Ivan Petrov said the talks had been useful. He warned Vilnius and the Baltic \
capitals against blocking the transit of goods to the enclave.
"""


def test_a_warning_keeps_all_its_addressees() -> None:
    found = extract(WARNED_TWO_ADDRESSEES, published=TUESDAY)
    texts = [s.text for s in found]
    assert (
        "Vilnius and the Baltic capitals against blocking the transit of goods to the "
        "enclave" in texts
    )


# A news agency's story: a ministry named by where it sits, a capital whose name is also a
# woman's first name.
MINISTRY_IN_A_CAPITAL = """\
SOFIA, March 12 (BTA) - The cabinet approved the budget revision on Tuesday.

The Finance Ministry in Sofia said in a statement that the deficit would stay below three \
percent of output this year.
"""


def test_a_ministry_in_a_capital_named_like_a_woman_is_the_states_ministry() -> None:
    found = extract(MINISTRY_IN_A_CAPITAL, published=TUESDAY)
    assert [(s.speaker, s.text[:30]) for s in found] == [
        ("Bulgarian Finance Ministry", "the deficit would stay below t")
    ]


# A conference story: a retort, its words after a colon or before the verb.
RETORTS = """\
Foreign Minister Omar Haddad spoke for forty minutes. When the chair interrupted him, \
the minister shot back: "I have waited eleven years to be heard in this room."

"We will not take lessons from anyone," Haddad fired back later.

Oil prices shot back up after the meeting. Haddad hit back at his critics over the plan.
"""


def test_a_retort_frames_its_words() -> None:
    found = extract(RETORTS, published=TUESDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Omar Haddad", "I have waited eleven years to be heard in this room."),
        ("Omar Haddad", "We will not take lessons from anyone"),
    ]


# A conflict story: a toll of the dead, sourced; a position, sourced.
TOLL_AND_POSITION = """\
The fighting has killed more than 3,200 civilians since January, according to the \
region's health ministry.

More than 400 people have been wounded in the port city alone, according to the Red Cross.

The ceasefire must be extended to the whole coast, according to Foreign Minister Dana Weiss.
"""


def test_a_count_of_the_dead_according_to_a_source_is_no_statement() -> None:
    found = extract(TOLL_AND_POSITION, published=TUESDAY)
    assert [(s.speaker, s.text[:30]) for s in found] == [
        ("Dana Weiss", "The ceasefire must be extended")
    ]


# A state visit's story: the meeting told by a statement, whose author's words follow in a
# clause about him.
ACCORDING_TO_WHO_SAID = """\
The king had met the defence minister on Monday, according to a statement from palace \
spokesman Rami Khoury, who said the talks focused on training and joint exercises.
"""


def test_the_words_of_a_source_who_said_them_follow_his_name() -> None:
    found = extract(ACCORDING_TO_WHO_SAID, published=TUESDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Rami Khoury", "the talks focused on training and joint exercises")
    ]


# A stand taken on a thing the story told before, pointed back at and nothing more; and
# stands that tell what they are.
STANDS_POINTED_BACK = """\
ROME, March 12 (Reuters) - The government will close two coal plants by 2026.

Prime Minister Paolo Conti, speaking to business leaders in Milan later on Tuesday, defended \
the decision. Energy Minister Sara Moretti dismissed the objections at the time.

Economy Minister Luca Ferri confirmed it a few minutes later. In a post on X, he said the \
savings would go to the regions.

Opposition leader Marta Villa rejected the plan as a gift to importers, and Conti defended \
the decision to move before the summer.
"""


def test_a_stand_pointed_back_at_a_thing_told_before_is_no_statement() -> None:
    found = extract(STANDS_POINTED_BACK, published=TUESDAY)
    assert [(s.speaker, s.text) for s in found] == [
        ("Luca Ferri", "the savings would go to the regions"),
        ("Marta Villa", "the plan as a gift to importers"),
        ("Paolo Conti", "defended the decision to move before the summer"),
    ]


# A national news site's story that prints excerpts of a press conference's questions and
# answers, then goes on reporting; the site's "Related Articles:" list closes the page.
EXCERPTS_THEN_REPORT = """\
Lakeside Herald
Home | News | Politics | Sports

National News of Tuesday, 12 March 2024

Ferry deal: "Our waters stay open to all" - President Okello

President Daniel Okello has defended the ferry agreement signed with the neighbouring \
republic last month.

Below are excerpts from the press conference:

Reporter: Mr President, fishermen fear the new routes. Were they consulted?

President Okello: Their associations sat with us three times before we signed. Nobody will \
lose a landing site, and the ferries will keep to the marked lanes.

Reporter: What does the country gain?

President Okello: Cheaper transport for our traders and a second port for our exports. We \
expect the first ferry to sail in June.

Earlier on Tuesday, Transport Minister Grace Amollo told a local radio station that the \
lanes had been surveyed by engineers from both countries.

The opposition has called for the agreement to be tabled in Parliament.

Related Articles:
- Ferry deal: fishermen demand answers
- Okello: We will not sell our lake
"""


def test_a_sites_related_articles_heading_is_no_turn_label() -> None:
    found = extract(EXCERPTS_THEN_REPORT, published=TUESDAY)
    last = next(s for s in found if s.text.startswith("Cheaper transport"))
    assert "Amollo" not in last.text
    assert ("Grace Amollo", "the lanes had been surveyed by engineers from both countries") in [
        (s.speaker, s.text) for s in found
    ]


# A Gulf daily's summit story: excerpts of the press conference, the report going on after
# the last answer, and the site's share buttons labelled at the foot.
EXCHANGE_THEN_SHARE_BUTTONS = """\
Tribune summit: 'The border opens on Monday,' says Omani minister

Published: March 12, 2024 18:05

Muscat: Oman's Foreign Minister Sayyid Hamad Al Busaidi said on Tuesday that the land \
border with its neighbour would reopen next week.

Following are edited excerpts from the press conference:

Question: Will trucks be allowed through from the first day?

Sayyid Hamad: Trucks and buses will cross from the first day. The customs posts have been \
staffed for a month and are ready.

Question: Is a visa still needed?

Sayyid Hamad: For now, yes. We will review the rules with our neighbours in the summer.

Trade Minister Qais Al Yousef had said on Monday that exporters would save a day on every \
shipment.

The head of the chamber of commerce, Salim Al Harthy, also attended the conference.

Share: Facebook | Twitter | WhatsApp
"""


def test_a_label_over_share_buttons_does_not_stretch_the_last_answer() -> None:
    found = extract(EXCHANGE_THEN_SHARE_BUTTONS, published=TUESDAY)
    assert not any("also attended the conference" in s.text for s in found)
    assert any(s.text.startswith("For now, yes.") for s in found)
    assert ("Qais Al Yousef", "exporters would save a day on every shipment") in [
        (s.speaker, s.text) for s in found
    ]


# A national daily's report of a vote abroad, closed by the envoy's statement it prints.
EXCERPTS_OF_A_STATEMENT = """\
The assembly in Vienna yesterday adopted the resolution on the river dam by 31 votes to 9.

Ambassador Petra Novakova told the assembly before the vote that the text ignored the \
findings of two expert panels.

Excerpts from the statement by Ambassador Novakova:

"My delegation regrets that the authors of this text did not wait for the third panel. We \
offered our data to every member of the assembly and we remain ready to share it.

"We ask the members to judge the dam by the facts, not by the campaigns against it."
"""


def test_a_line_naming_the_statement_excerpted_below_gives_its_words_to_the_author() -> None:
    found = extract(EXCERPTS_OF_A_STATEMENT, published=TUESDAY)
    assert any(
        s.speaker == "Petra Novakova" and s.text.startswith("My delegation regrets") for s in found
    )


# A live page's entries in the present tense, and a law signed with a stand taken on it.
PRESENT_AND_PARTICIPLE = """\
14:05 GMT
Chilean President Marta Rios voices her government's "full support" for the mediation.

The president of Kenvaria, Amos Kato, on Monday signed the mining bill into law, \
dismissing warnings by foreign investors that they would leave the country.

The voices of the miners' unions were not heard in the debate.
"""


def test_voices_and_dismissing_frame_a_stand() -> None:
    found = extract(PRESENT_AND_PARTICIPLE, published=TUESDAY)
    assert [(s.speaker, s.text[:40]) for s in found] == [
        ("Marta Rios", 'voices her government\'s "full support" f'),
        ("Amos Kato", "warnings by foreign investors that they "),
    ]


# A vote's aftermath: a sum made by adding, a name added to a list, and words added.
THINGS_ADDED = """\
Foreign Minister Jan Novak said the result showed that support for the text was thin. \
Adding the abstentions to the votes against, Novak said, most members had refused to back it.

The ministry added two envoys to the delegation on Monday. Novak added that the talks \
would resume in May.
"""


def test_a_thing_added_to_another_is_no_saying() -> None:
    found = extract(THINGS_ADDED, published=TUESDAY)
    texts = [s.text for s in found]
    assert not any(t.startswith("the abstentions") or "two envoys" in t for t in texts)
    assert any(t.startswith("Adding the abstentions") for t in texts)
    assert "the talks would resume in May" in texts


# A stand taken on a choice named by whose it is.
DEFENDED_WHOSE_CHOICE = """\
President Amara Diallo has defended government's decision to lease the port to a foreign \
operator, insisting that the state keeps the land.

Finance Minister Ousmane Ba defended the cabinet's plan to cut fuel subsidies. Opposition \
leader Awa Sy defended her party's decision.
"""


def test_a_choice_defended_keeps_its_owner() -> None:
    found = extract(DEFENDED_WHOSE_CHOICE, published=TUESDAY)
    assert [(s.speaker, s.text[:45]) for s in found] == [
        ("Amara Diallo", "defended government's decision to lease the p"),
        ("Ousmane Ba", "defended the cabinet's plan to cut fuel subsi"),
    ]
