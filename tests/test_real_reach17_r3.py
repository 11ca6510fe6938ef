"""Round seventeen reach (r3): the classes fixed on branch h3, written again in other
outlets' words (other verbs, word order, spelling, a sentence that could confuse it and
near-misses that must not trigger)."""

from __future__ import annotations

import datetime

import pytest

from tracker.extract import extract

THU = datetime.date(2024, 6, 13)


def _found(text: str) -> list[tuple[str, str]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=THU)]


# d2edd4dd: a turn relaying another's words of a dated occasion ------------------------


@pytest.mark.parametrize(
    "relay, who, day",
    [
        (
            "Yesterday the Prime Minister, Sione Latu, stressed that the treaty had to be "
            "ratified before the elections.",
            "Sione Latu",
            "2024-06-12",
        ),
        (
            "Foreign Secretary Mark Dalby told MPs on Monday that the embassy would reopen "
            "within weeks.",
            "Mark Dalby",
            "2024-06-10",
        ),
        (
            "On Tuesday, Chancellor Ilse Brandt argued that the programme had to be extended.",
            "Ilse Brandt",
            "2024-06-11",
        ),
    ],
)
def test_a_turn_relaying_dated_words_of_another(relay: str, who: str, day: str) -> None:
    _assert_relayed_in_turn(f"{relay} Our own position has not changed since the spring.", who, day)


def _assert_relayed_in_turn(turn: str, who: str, day: str) -> None:
    """The minister's first answer ``turn`` relays ``who``'s words of ``day``: those are
    ``who``'s, and both of the minister's answers stay hers, on the briefing's day."""
    text = (
        "Transcript: Press conference of Minister Nadia Ferro, 13 June 2024\n\n"
        "QUESTION: Minister, what is the government's position?\n\n"
        f"NADIA FERRO: {turn}\n\n"
        "QUESTION: And the timetable?\n\n"
        "NADIA FERRO: We will publish it next week."
    )
    found = _found(text)
    assert (who, day) in found
    assert found.count(("Nadia Ferro", "2024-06-13")) == 2


def test_a_turn_citing_an_undated_view_of_another_is_not_a_dated_relay() -> None:
    # near-miss: no day of its own; nothing here tells another occasion
    text = (
        "Transcript: Press conference of Minister Nadia Ferro, 13 June 2024\n\n"
        "QUESTION: Minister, what is the government's position?\n\n"
        "NADIA FERRO: Our position has not changed since the spring. We will publish the "
        "timetable next week."
    )
    assert _found(text) == [("Nadia Ferro", "2024-06-13")]


# 73a58dff: 'made the point that' ---------------------------------------------------------


@pytest.mark.parametrize(
    "sentence, who, day, said",
    [
        (
            "Trade Minister Joyce Mbeki made the point on Wednesday that tariffs hurt "
            "consumers first.",
            "Joyce Mbeki",
            "2024-06-12",
            "tariffs hurt consumers first",
        ),
        (
            "Defence Secretary Alan Price has made the point repeatedly that the army is "
            "too small.",
            "Alan Price",
            "../2024-06-13",
            "the army is too small",
        ),
        (
            "Opposition leader Dan Okoro made a similar point on Monday that the budget "
            "ignored the north.",
            "Dan Okoro",
            "2024-06-10",
            "the budget ignored the north",
        ),
    ],
)
def test_made_the_point_variants(sentence: str, who: str, day: str, said: str) -> None:
    text = f"LAGOS, June 13 (Reuters) - {sentence}"
    found = [(s.speaker, s.said_on, s.text) for s in extract(text, published=THU)]
    assert found == [(who, day, said)]


def test_a_point_of_order_is_no_saying() -> None:
    # near-miss: 'point' as a place in a text, no verb of saying
    text = (
        "LAGOS, June 13 (Reuters) - The talks reached the point on Tuesday that both sides "
        "had stopped meeting."
    )
    assert _found(text) == []


# d8e5d221: a post alone speaking on a dated occasion inside the briefer's turn -----------


@pytest.mark.parametrize(
    "turn, who, day",
    [
        (
            "Addressing the donors' conference in Brussels on Monday, the Secretary-General "
            "warned that aid cuts would cost lives.",
            "the Secretary-General",
            "2024-06-10",
        ),
        (
            # a post capitalised as a title, its occasion set off between commas
            "The Deputy Secretary-General, in her remarks to the forum yesterday, said that "
            "financing gaps were widening.",
            "The Deputy Secretary-General",
            "2024-06-12",
        ),
        (
            "On Tuesday the High Representative told the Council that the mission would be "
            "extended.",
            "the High Representative",
            "2024-06-11",
        ),
    ],
)
def test_a_post_alone_relayed_by_a_briefer(turn: str, who: str, day: str) -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson, 13 June 2024\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Omar "
        "Haddad, Spokesperson.\n\n"
        "Question: Is there any update on funding?\n\n"
        f"Spokesperson: {turn} We will share the full text with you."
    )
    found = _found(text)
    assert any(s.lower() == who.lower() and d == day for s, d in found), found


# 00559258: 'spokesman for President Y' -----------------------------------------------------


@pytest.mark.parametrize(
    "lead, who",
    [
        (
            "Dmitri Orlov, a spokesman for President Ivan Petrov, said on Thursday the "
            "Kremlin had seen the report.",
            "Dmitri Orlov",
        ),
        (
            "Sara Lind, press secretary to Prime Minister Olof Berg, said on Thursday the "
            "visit had been postponed.",
            "Sara Lind",
        ),
        (
            "Spokeswoman for Chancellor Karl Adler, Jana Roth, said on Thursday the "
            "government would not comment.",
            "Jana Roth",
        ),
        (
            "Tomas Vidal, the chief of staff to Foreign Minister Elena Ruiz, told reporters "
            "on Thursday the talks would resume.",
            "Tomas Vidal",
        ),
    ],
)
def test_an_aides_post_for_a_principal(lead: str, who: str) -> None:
    text = f"MADRID, June 13 (AFP) - {lead}"
    assert _found(text) == [(who, "2024-06-13")]


# f6653092: digest topic headings in capitals ------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["HAITI", "DEMOCRATIC REPUBLIC OF THE CONGO", "CLIMATE CHANGE", "UKRAINE / RUSSIA"],
)
def test_a_digest_topic_heading_leaves_the_previous_day(heading: str) -> None:
    text = (
        "Highlights of the Noon Briefing\n\n"
        "Thursday, 13 June 2024\n\n"
        "SUDAN\n"
        "The Emergency Relief Coordinator, Joyce Msuya, briefed the Security Council on "
        "Wednesday and said that famine had spread to five more areas.\n\n"
        f"{heading}\n"
        "Spokesperson Omar Haddad said humanitarian access remained severely limited.\n"
    )
    assert _found(text) == [("Joyce Msuya", "2024-06-12"), ("Omar Haddad", "2024-06-13")]


# da5f5424: header line with the paper's day then the occasion's -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "The interview was published in Le Monde on 13 June; it was recorded on 9 June in Paris.",
        "First published by Der Spiegel on June 13, 2024. The interview was conducted on June 9.",
        "This interview appeared in The Hindu on 13 June 2024 and was held on 9 June 2024.",
    ],
)
def test_the_occasions_day_after_the_papers_day(line: str) -> None:
    text = (
        "Interview with Minister of Foreign Affairs Eirik Lund\n\n"
        f"{line}\n\n"
        "Q: Is the Arctic still a zone of low tension?\n\n"
        "A: Less than it was. We see more military activity near our borders.\n\n"
        "Q: Will Norway raise its defence budget again?\n\n"
        "A: Yes, and we will do it together with our Nordic neighbours."
    )
    assert _found(text) == [("Eirik Lund", "2024-06-09"), ("Eirik Lund", "2024-06-09")]


# 84f7fc81: 'Answers to media questions by X' -------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Ambassador Dana Seitova's answers to media questions",
        "Answers by Ambassador Dana Seitova to questions from the media",
        "Replies to questions from journalists by Ambassador Dana Seitova",
        "Answer of Ambassador Dana Seitova to a media question",
        "Reply of Ambassador Dana Seitova to a question from RIA Novosti",
    ],
)
def test_answers_by_a_named_official(title: str) -> None:
    text = (
        "Embassy of the Republic of Kazakhstan\n\n"
        f"{title}\n\n"
        "13.06.2024\n\n"
        "Question: How do you assess the new transit corridor?\n\n"
        "Answer: It shortens the route to Europe by two weeks.\n\n"
        "Question: Are new flights planned?\n\n"
        "Answer: Two airlines will open direct routes in the autumn."
    )
    assert _found(text) == [("Dana Seitova", "2024-06-13"), ("Dana Seitova", "2024-06-13")]


def test_questions_by_a_named_journalist_are_not_answers_by_them() -> None:
    # near-miss: 'Questions by X' names the one who asks
    text = (
        "Embassy of the Republic of Kazakhstan\n\n"
        "Interview of Ambassador Dana Seitova; questions by journalist Marat Ospan\n\n"
        "13.06.2024\n\n"
        "Question: How do you assess the new transit corridor?\n\n"
        "Answer: It shortens the route to Europe by two weeks."
    )
    assert [s for s, _ in _found(text)] != ["Marat Ospan"]


# 96a48b9c / 3979b389 / f562a747: the interview's day in the intro sentence ------------------


@pytest.mark.parametrize(
    "intro, day",
    [
        (
            "Rasa Juknevic sat down with The Baltic Times on Monday to discuss conscription.",
            "2024-06-10",
        ),
        (
            "The Baltic Times spoke with Defence Minister Rasa Juknevic on 10 June about "
            "conscription.",
            "2024-06-10",
        ),
        (
            "In an interview with The Baltic Times on June 10th, Defence Minister Rasa "
            "Juknevic discussed conscription.",
            "2024-06-10",
        ),
        (
            "LRT interviewed the Defence Minister, Rasa Juknevic, on Tuesday 11 June, before "
            "the NATO summit on July 9.",
            "2024-06-11",
        ),
        (
            "Ahead of the NATO summit on 9 July, The Baltic Times talked to Defence Minister "
            "Rasa Juknevic on Wednesday.",
            "2024-06-12",
        ),
    ],
)
def test_the_interview_sentences_day_dates_the_answers(intro: str, day: str) -> None:
    text = (
        "The Baltic Times\n\n"
        "Interview with Defence Minister Rasa Juknevic\n\n"
        "June 13, 2024\n\n"
        f"{intro}\n\n"
        "TBT: Will the brigade be ready on time?\n\n"
        "RJ: Yes. The barracks will be finished next year.\n\n"
        "TBT: Is conscription enough?\n\n"
        "RJ: No. We also need trained reserves."
    )
    assert _found(text) == [("Rasa Juknevic", day), ("Rasa Juknevic", day)]


# 01217ce4 / 47d8dded: live pages --------------------------------------------------------------


@pytest.mark.parametrize(
    "today, yesterday",
    [
        ("Thursday, June 13", "Wednesday, June 12"),
        ("13 June", "12 June"),
        ("THURSDAY 13 JUNE", "WEDNESDAY 12 JUNE"),
        ("Thu 13 Jun", "Wed 12 Jun"),
    ],
)
def test_a_live_pages_yearless_day_heading(today: str, yesterday: str) -> None:
    text = (
        "Live: EU leaders meet in Brussels\n\n"
        f"{today}\n\n"
        "10:15 CET\n"
        "Tusk arrives\n\n"
        "Polish Prime Minister Donald Tusk told reporters the budget talks would be hard.\n\n"
        f"{yesterday}\n\n"
        "19:30 CET\n"
        "Michel on the agenda\n\n"
        "Council President Charles Michel said the summit would focus on defence spending.\n"
    )
    assert _found(text) == [("Donald Tusk", "2024-06-13"), ("Charles Michel", "2024-06-12")]


@pytest.mark.parametrize(
    "stamp",
    ["12 June 2024, 22:40 BST", "June 12, 2024 at 10:40 p.m. EDT", "12.06.2024 22:40"],
)
def test_a_live_entry_stamped_with_an_earlier_day(stamp: str) -> None:
    text = (
        "Live: Ceasefire talks resume in Cairo\n\n"
        "13 June 2024, 09:10 BST\n"
        "Mediators meet again\n\n"
        "Egypt's foreign minister Sameh Shoukry said the talks had resumed in a positive "
        "atmosphere.\n\n"
        f"{stamp}\n"
        "Hamas responds to proposal\n\n"
        "Hamas political official Osama Hamdan told reporters the group had sent its reply "
        "to the mediators.\n"
    )
    assert _found(text) == [("Sameh Shoukry", "2024-06-13"), ("Osama Hamdan", "2024-06-12")]


# 01c030a9 / 7349ee40: 'in a recent interview' -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "NAIROBI, June 13 (Xinhua) -- In a recent interview with Xinhua, Kenyan Trade "
        "Minister Rebecca Miano said the port would double its capacity.",
        "NAIROBI, June 13 (Xinhua) -- Kenyan Trade Minister Rebecca Miano said in a recent "
        "interview that the port would double its capacity.",
        'NAIROBI, June 13 (Xinhua) -- "The port will double its capacity," Kenyan Trade '
        "Minister Rebecca Miano said during a recent interview with Xinhua.",
        "NAIROBI, June 13 (Xinhua) -- Kenyan Trade Minister Rebecca Miano, in a recent "
        "exclusive interview with Xinhua, said the port would double its capacity.",
    ],
)
def test_words_from_a_recent_interview(text: str) -> None:
    assert _found(text) == [("Rebecca Miano", "../2024-06-13")]


def test_words_after_a_recent_interview_share_its_occasion() -> None:
    text = (
        "NAIROBI, June 13 (Xinhua) -- Kenyan Trade Minister Rebecca Miano said in a recent "
        "interview with Xinhua that the port would double its capacity.\n\n"
        "She also noted that Kenya would seek more investment from the Gulf."
    )
    assert _found(text) == [("Rebecca Miano", "../2024-06-13")] * 2


def test_a_recent_visit_is_no_interview() -> None:
    # near-miss: a recent event that is no interview leaves the words on the page's day
    text = (
        "NAIROBI, June 13 (Xinhua) -- Kenyan Trade Minister Rebecca Miano, who returned "
        "from a recent visit to China, said on Thursday the port would double its capacity."
    )
    assert _found(text) == [("Rebecca Miano", "2024-06-13")]


# 048116ea: 'Delivered on ... in New York.' ----------------------------------------------------


@pytest.mark.parametrize(
    "note",
    [
        "Delivered in New York on 11 June 2024.",
        "(Delivered on June 11, 2024, New York)",
        "As delivered, New York, 11 June 2024",
        "Speech delivered on 11 June 2024 in Geneva",
    ],
)
def test_a_delivered_on_line(note: str) -> None:
    text = (
        "Federal Department of Foreign Affairs\n\n"
        "Federal Councillor Lena Baumann's speech at the Human Rights Council\n\n"
        "Published: 13.06.2024\n\n"
        f"{note}\n\n"
        "Mr President,\n\n"
        "Switzerland remains committed to the universality of human rights. No state is "
        "above the obligations it has freely accepted.\n\n"
        "Thank you."
    )
    found = [(s.speaker, s.said_on, s.text[:11]) for s in extract(text, published=THU)]
    assert found == [("Lena Baumann", "2024-06-11", "Switzerland")]


# 6b9e3ece: a full name before 'and <title of the ... Republic>' ------------------------------


@pytest.mark.parametrize(
    "intro, labels, who",
    [
        (
            "Shavkat Mirziyoyev and President of the Kyrgyz Republic Sadyr Japarov made "
            "press statements.",
            ("Sh.Mirziyoyev", "S.Japarov"),
            "Shavkat Mirziyoyev",
        ),
        (
            "Ilham Aliyev and President of the Republic of Kazakhstan Kassym-Jomart Tokayev "
            "addressed the media.",
            ("I.Aliyev", "K.Tokayev"),
            "Ilham Aliyev",
        ),
        (
            "Emomali Rahmon and Chairman of the State Council of the Republic of Cuba Jose "
            "Marti made statements to the press.",
            ("E.Rahmon", "J.Marti"),
            "Emomali Rahmon",
        ),
    ],
)
def test_a_full_name_before_and_a_state_title(
    intro: str, labels: tuple[str, str], who: str
) -> None:
    text = (
        "Press statements following talks\n\n"
        f"{intro}\n\n"
        f"{labels[0]}: Our talks were substantive. We agreed to double trade within five "
        "years.\n\n"
        f"{labels[1]} (retranslated): We value this partnership highly. We will open a new border "
        "crossing next year."
    )
    found = [s.speaker for s in extract(text, published=THU)]
    assert found[0] == who


# c2084e20: a long fronted occasion before the relay's subject ---------------------------------


@pytest.mark.parametrize(
    "turn, who, day",
    [
        (
            "At the opening ceremony of the China-Africa trade expo in Changsha on Tuesday, "
            "Vice Premier Liu Ping stated that tariffs on African goods would be cut.",
            "Liu Ping",
            "2024-06-11",
        ),
        (
            "When meeting the visiting Foreign Minister of Brazil Mauro Vieira in Beijing "
            "yesterday, Foreign Minister Wang Yi noted that the two countries shared broad "
            "interests.",
            "Wang Yi",
            "2024-06-12",
        ),
        (
            "In his keynote speech at the opening of the Summer Davos forum in Dalian on "
            "Tuesday, Premier Li Qiang pointed out that the economy was recovering.",
            "Li Qiang",
            "2024-06-11",
        ),
    ],
)
def test_a_long_fronted_occasion(turn: str, who: str, day: str) -> None:
    text = (
        "Foreign Ministry Spokesperson Chen Wei's Regular Press Conference on June 13, 2024\n\n"
        "Xinhua: Could you share more details?\n\n"
        f"Chen Wei: {turn} The two sides signed several documents.\n\n"
        "AFP: Anything else?\n\n"
        "Chen Wei: I have nothing further to share."
    )
    assert (who, day) in _found(text)


# second round: more outlets' wordings ------------------------------------------------------


@pytest.mark.parametrize(
    "intro, day",
    [
        ("Defence Minister Rasa Juknevic was interviewed by LRT on Tuesday.", "2024-06-11"),
        ("This interview was conducted on 10 June 2024 in Vilnius.", "2024-06-10"),
        (
            "Defence Minister Rasa Juknevic spoke exclusively to The Baltic Times on Monday.",
            "2024-06-10",
        ),
    ],
)
def test_more_interview_intros(intro: str, day: str) -> None:
    text = (
        "The Baltic Times\n\n"
        "Interview with Defence Minister Rasa Juknevic\n\n"
        "June 13, 2024\n\n"
        f"{intro}\n\n"
        "TBT: Will the brigade be ready on time?\n\n"
        "RJ: Yes. The barracks will be finished next year.\n\n"
        "TBT: Is conscription enough?\n\n"
        "RJ: No. We also need trained reserves."
    )
    assert _found(text) == [("Rasa Juknevic", day), ("Rasa Juknevic", day)]


def test_an_interview_intro_naming_only_a_day_to_come_keeps_the_pages_day() -> None:
    # near-miss: the only day told is the summit's, ahead of it
    text = (
        "The Baltic Times\n\n"
        "Interview with Defence Minister Rasa Juknevic\n\n"
        "June 13, 2024\n\n"
        "The Baltic Times spoke with Defence Minister Rasa Juknevic ahead of the NATO summit "
        "on July 9.\n\n"
        "TBT: Will the brigade be ready on time?\n\n"
        "RJ: Yes. The barracks will be finished next year.\n\n"
        "TBT: Is conscription enough?\n\n"
        "RJ: No. We also need trained reserves."
    )
    assert _found(text) == [("Rasa Juknevic", "2024-06-13"), ("Rasa Juknevic", "2024-06-13")]


@pytest.mark.parametrize(
    "lead, who",
    [
        (
            "Olena Marchenko, an adviser to President Taras Bondar, said on Thursday the "
            "offer was unacceptable.",
            "Olena Marchenko",
        ),
        (
            "A spokesperson for Prime Minister Keir Stanton, Amelia Hart, said on Thursday "
            "the offer was unacceptable.",
            "Amelia Hart",
        ),
    ],
)
def test_more_aides_for_principals(lead: str, who: str) -> None:
    assert _found(f"KYIV, June 13 (Reuters) - {lead}") == [(who, "2024-06-13")]


def test_a_recent_poll_is_no_interview() -> None:
    # near-miss: "recent" of no occasion of words
    text = (
        "NAIROBI, June 13 (Xinhua) -- Citing a recent survey, Kenyan Trade Minister Rebecca "
        "Miano said on Thursday the port would double its capacity."
    )
    assert _found(text) == [("Rebecca Miano", "2024-06-13")]


def test_a_line_in_capitals_inside_a_topic_is_no_reason_to_drop_a_told_day() -> None:
    # the day told in the same paragraph as the words still dates them
    text = (
        "Highlights of the Noon Briefing\n\n"
        "Thursday, 13 June 2024\n\n"
        "HAITI\n"
        "On Wednesday, the Special Representative, Maria Isabel Salvador, told the Council "
        "that gang violence had displaced thousands more people.\n"
    )
    assert _found(text) == [("Maria Isabel Salvador", "2024-06-12")]


@pytest.mark.parametrize(
    "turn, who, day",
    [
        (
            "President Mireille Okafor made it clear on Tuesday that there would be no amnesty.",
            "Mireille Okafor",
            "2024-06-11",
        ),
    ],
)
def test_more_dated_relays_in_a_ministers_turn(turn: str, who: str, day: str) -> None:
    _assert_relayed_in_turn(
        f"{turn} I fully share that view, and I have said so to our partners.", who, day
    )


def test_a_capitalised_post_before_an_aside_speaks() -> None:
    # "The High Commissioner, in a statement, said": one person's post, set off aside
    text = (
        "GENEVA, June 13 (Reuters) - The High Commissioner, in a statement, said that "
        "detention conditions had worsened."
    )
    assert _found(text) == [("The High Commissioner", "2024-06-13")]


@pytest.mark.parametrize(
    "turn",
    [
        "When we met the donors on Monday, we said that the pledges were not enough.",
        "Addressing reporters on Tuesday, I said that the pledges were not enough.",
        "On Tuesday we told the Council that the pledges were not enough.",
    ],
)
def test_the_briefers_own_dated_words_stay_the_briefers(turn: str) -> None:
    # near-miss: a fronted occasion before "we" or "I" is the briefer's own
    text = (
        "Daily Press Briefing by the Office of the Spokesperson, 13 June 2024\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Omar "
        "Haddad, Spokesperson.\n\n"
        "Question: Is there any update on funding?\n\n"
        f"Spokesperson: {turn} We will keep pressing."
    )
    assert [s for s, _ in _found(text)] == ["Omar Haddad"]


@pytest.mark.parametrize(
    "turn, who, day",
    [
        (
            "The Prime Minister, Sione Latu, yesterday stressed that the treaty had to be "
            "ratified before the elections.",
            "Sione Latu",
            "2024-06-12",
        ),
        (
            "Following his meeting with the King on Monday, Prime Minister Sione Latu "
            "reiterated that the treaty had to be ratified.",
            "Sione Latu",
            "2024-06-10",
        ),
    ],
)
def test_more_relays_in_a_ministers_turn(turn: str, who: str, day: str) -> None:
    text = (
        "Transcript: Press conference of Minister Nadia Ferro, 13 June 2024\n\n"
        "QUESTION: Minister, what is the government's position?\n\n"
        f"NADIA FERRO: {turn} Our own position has not changed since the spring.\n\n"
        "QUESTION: And the timetable?\n\n"
        "NADIA FERRO: We will publish it next week."
    )
    found = _found(text)
    assert (who, day) in found
    assert found.count(("Nadia Ferro", "2024-06-13")) == 2


@pytest.mark.parametrize(
    "heading",
    ["Wednesday June 12", "Wednesday, 12 June", "June 12"],
)
def test_more_yearless_live_headings(heading: str) -> None:
    text = (
        "As it happened: G7 summit in Apulia\n\n"
        "Thursday June 13\n\n"
        "11:05 a.m.\n"
        "Meloni welcomes leaders\n\n"
        "Italian Prime Minister Giorgia Meloni said the summit would focus on Africa.\n\n"
        f"{heading}\n\n"
        "9:40 p.m.\n"
        "Scholz lands\n\n"
        "German Chancellor Olaf Scholz told reporters the talks on frozen assets were close "
        "to agreement.\n"
    )
    assert _found(text) == [("Giorgia Meloni", "2024-06-13"), ("Olaf Scholz", "2024-06-12")]


@pytest.mark.parametrize("heading", ["COVID-19", "G20 SUMMIT", "SYRIA:", "IRAN"])
def test_more_digest_topic_headings(heading: str) -> None:
    # a heading with figures or a colon, or of four letters, is a topic too
    text = (
        "Highlights of the Noon Briefing\n\n"
        "Thursday, 13 June 2024\n\n"
        "HAITI\n"
        "The Special Representative, Maria Isabel Salvador, told the Security Council "
        "yesterday that gang violence had displaced thousands more people.\n\n"
        f"{heading}\n"
        "Spokesperson Omar Haddad said humanitarian access remained severely limited.\n"
    )
    assert _found(text) == [("Maria Isabel Salvador", "2024-06-12"), ("Omar Haddad", "2024-06-13")]


@pytest.mark.parametrize(
    "line",
    [
        "Published on 13/06/2024. Interview recorded on 9 June 2024.",
        "The interview took place on June 9 and was published on June 13.",
        "Le Temps, 13 June 2024 (interview held on 9 June)",
    ],
)
def test_more_paper_then_occasion_lines(line: str) -> None:
    text = (
        "Interview with Minister of Foreign Affairs Eirik Lund\n\n"
        f"{line}\n\n"
        "Q: Is the Arctic still a zone of low tension?\n\n"
        "A: Less than it was. We see more military activity near our borders.\n\n"
        "Q: Will Norway raise its defence budget again?\n\n"
        "A: Yes, and we will do it together with our Nordic neighbours."
    )
    assert _found(text) == [("Eirik Lund", "2024-06-09"), ("Eirik Lund", "2024-06-09")]


@pytest.mark.parametrize(
    "lead, who",
    [
        (
            "Peter Holm, spokesman to the President of Finland, said on Thursday the visit "
            "would go ahead.",
            "Peter Holm",
        ),
        (
            "Anna Berg, a spokeswoman for the Swedish foreign ministry, said on Thursday the "
            "visit would go ahead.",
            "Anna Berg",
        ),
    ],
)
def test_aides_of_a_post_or_a_body(lead: str, who: str) -> None:
    assert _found(f"HELSINKI, June 13 (STT) - {lead}") == [(who, "2024-06-13")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kenyan Trade Minister Rebecca Miano told reporters in a recent briefing that the "
        "port would double its capacity.",
        "In recent remarks, Kenyan Trade Minister Rebecca Miano said the port would double "
        "its capacity.",
        "Kenyan Trade Minister Rebecca Miano said in a recent TV interview that the port "
        "would double its capacity.",
    ],
)
def test_more_recent_occasions(sentence: str) -> None:
    assert _found(f"NAIROBI, June 13 (Xinhua) -- {sentence}") == [
        ("Rebecca Miano", "../2024-06-13")
    ]


@pytest.mark.parametrize(
    "intro, day",
    [
        ("The Diplomat caught up with Defence Minister Rasa Juknevic on Monday.", "2024-06-10"),
        ("Rasa Juknevic caught up with The Diplomat on Monday in Vilnius.", "2024-06-10"),
    ],
)
def test_other_sit_down_verbs(intro: str, day: str) -> None:
    text = (
        "The Diplomat\n\n"
        "Interview with Defence Minister Rasa Juknevic\n\n"
        "June 13, 2024\n\n"
        f"{intro}\n\n"
        "TD: Will the brigade be ready on time?\n\n"
        "RJ: Yes. The barracks will be finished next year.\n\n"
        "TD: Is conscription enough?\n\n"
        "RJ: No. We also need trained reserves."
    )
    assert _found(text) == [("Rasa Juknevic", day), ("Rasa Juknevic", day)]


@pytest.mark.parametrize(
    "turn, who, day",
    [
        (
            "President Mireille Okafor echoed this on Monday, when she said that there "
            "would be no amnesty.",
            "Mireille Okafor",
            "2024-06-10",
        ),
    ],
)
def test_a_ministers_turn_recalling_a_leader(turn: str, who: str, day: str) -> None:
    text = (
        "Transcript: Press conference of Minister Nadia Ferro, 13 June 2024\n\n"
        "QUESTION: Minister, what is the government's position?\n\n"
        f"NADIA FERRO: {turn} I fully share that view.\n\n"
        "QUESTION: And the timetable?\n\n"
        "NADIA FERRO: We will publish it next week."
    )
    found = _found(text)
    assert (who, day) in found
    assert ("Nadia Ferro", "2024-06-13") in found


def test_a_leaders_point_still_to_be_made_is_the_ministers_words() -> None:
    # near-miss: a day to come, no words said yet
    text = (
        "Transcript: Press conference of Minister Nadia Ferro, 13 June 2024\n\n"
        "QUESTION: Minister, what is the government's position?\n\n"
        "NADIA FERRO: President Mireille Okafor will make that point on Monday in Brussels. "
        "Our position has not changed.\n\n"
        "QUESTION: And the timetable?\n\n"
        "NADIA FERRO: We will publish it next week."
    )
    assert [s for s, _ in _found(text)] == ["Nadia Ferro", "Nadia Ferro"]


@pytest.mark.parametrize("verb", ["made the same point", "stressed"])
def test_a_comma_before_that_after_the_phrases(verb: str) -> None:
    text = (
        f"LAGOS, June 13 (Reuters) - Health Minister Priya Nair {verb} in parliament on "
        "Tuesday, that waiting lists were falling."
    )
    found = [(s.speaker, s.said_on, s.text) for s in extract(text, published=THU)]
    assert found == [("Priya Nair", "2024-06-11", "waiting lists were falling")]


def test_as_a_named_leader_said_on_a_day_relays_the_leaders_words() -> None:
    text = (
        "Transcript: Press conference of Minister Nadia Ferro, 13 June 2024\n\n"
        "QUESTION: Minister, what is the government's position?\n\n"
        "NADIA FERRO: As President Amaro Reyes said in his address on Tuesday, the border "
        "will stay open to trade. Our own position has not changed since the spring.\n\n"
        "QUESTION: And the timetable?\n\n"
        "NADIA FERRO: We will publish it next week."
    )
    found = _found(text)
    assert ("Amaro Reyes", "2024-06-11") in found
    assert found.count(("Nadia Ferro", "2024-06-13")) == 2


def test_as_a_leader_said_then_we_is_the_ministers_own() -> None:
    # near-miss: the minister's "we" after the citation; the words are her own
    text = (
        "Transcript: Press conference of Minister Nadia Ferro, 13 June 2024\n\n"
        "QUESTION: Minister, what is the government's position?\n\n"
        "NADIA FERRO: As President Amaro Reyes said on Tuesday, we will keep the border open "
        "to trade.\n\n"
        "QUESTION: And the timetable?\n\n"
        "NADIA FERRO: We will publish it next week."
    )
    assert [s for s, _ in _found(text)] == ["Nadia Ferro", "Nadia Ferro"]
