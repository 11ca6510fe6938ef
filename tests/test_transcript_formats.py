"""Transcript formats met on pages nobody here wrote: doorsteps and remarks under a title that
is not the page's first line, parliament records as sites lay them out, labels that run on in
one paragraph, a site's own date above the page's.

Every text here is invented, written in the manner of those pages; names are real or made up.
"""

from __future__ import annotations

import datetime

from tracker.extract import extract


def said(text: str, published: datetime.date | None = None) -> list[tuple[str | None, str]]:
    """(speaker, first words) of each statement extracted from ``text``."""
    return [(s.speaker, " ".join(s.text.split()[:4])) for s in extract(text, published=published)]


# Remarks under a title below the site's name, or with the person first


DOORSTEP = """\
European External Affairs

Doorstep remarks of High Representative Anna Varga upon arrival at the Foreign Affairs Council

Brussels, 14 April 2025

Check against delivery!

Good morning.

Today the ministers will look first at the situation in the Sahel, where the security \
of our partners is getting worse week after week.

Q. Will the ministers agree on a new package of sanctions today?

I hope so, but unanimity is needed and two member states still have doubts about it.
"""


def test_a_doorstep_title_below_the_site_name_names_who_speaks() -> None:
    found = extract(DOORSTEP, published=datetime.date(2025, 4, 14))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Anna Varga", "2025-04-14"),
        ("Anna Varga", "2025-04-14"),
    ]
    assert found[0].text.startswith("Today the ministers")
    assert found[1].text.startswith("I hope so")


def test_an_abbreviated_title_before_a_surname_is_the_person_s() -> None:
    text = (
        "Council meeting: Press remarks by HR/VP Varga upon arrival\n\n"
        "Check against delivery!\n\n"
        "We meet today with one priority, which is to keep our support for Ukraine "
        "flowing through the winter.\n\n"
        "Q. Are you worried about the delays in ammunition deliveries?\n\n"
        "Yes, I am worried, because every week of delay is paid for on the front line.\n"
    )
    found = extract(text, published=datetime.date(2025, 1, 27))
    assert [s.speaker for s in found] == ["Varga", "Varga"]


def test_a_statement_titled_with_the_person_first_is_theirs() -> None:
    text = (
        "Foreign Minister Petros Alexiou statement to journalists after his talks with "
        "the President of Chad (N'Djamena, 05.03.2024)\n"
        "It is a pleasure to be the first Greek foreign minister to visit this country.\n"
        "We have agreed to open an embassy here within the year, and to work together "
        "on migration and on security in the region.\n"
        "Question: Minister, how do you respond to the latest remarks from Ankara?\n"
        "Minister of Foreign Affairs:\n"
        "Those remarks do not deserve an answer; our position rests on international law "
        "and it will not change.\n"
    )
    found = extract(text, published=datetime.date(2024, 3, 5))
    assert {s.speaker for s in found} == {"Petros Alexiou"}
    assert found[0].text.startswith("It is a pleasure")
    assert found[-1].text.startswith("Those remarks do not")


# A site's "today" above the page's own date


def test_a_site_date_after_publication_gives_way_to_the_page_s_own() -> None:
    text = (
        "Mon. Nov 3rd, 2025\n\n"
        "Press remarks by High Representative Anna Varga after the Council\n\n"
        "Luxembourg, 23 June 2025\n\n"
        "Check against delivery!\n\n"
        "The ministers agreed today to extend the naval mission in the Red Sea for "
        "another two years.\n"
    )
    (found,) = extract(text, published=datetime.date(2025, 6, 23))
    assert (found.speaker, found.said_on) == ("Anna Varga", "2025-06-23")


def test_a_briefing_title_s_day_wins_over_a_later_page_date() -> None:
    text = (
        "December 1, 2022\n\n"
        "Department Press Briefing \u2013 June 6, 2022\n\n"
        "Jane Roe, Department Spokesperson\n\n"
        "MR ROE: Good afternoon. We condemn the attack on the grain port, which will "
        "only make the food crisis worse for the poorest countries.\n\n"
        "QUESTION: Will there be new sanctions?\n\n"
        "MR ROE: We are looking at every tool we have, and we will coordinate any step "
        "with our allies.\n"
    )
    found = extract(text, published=datetime.date(2022, 6, 6))
    assert {(s.speaker, s.said_on) for s in found} == {("Jane Roe", "2022-06-06")}


# A parliament's record as sites lay it out: a member's photo, captioned with the name, then
# the record's label, then the site's links, then the words


PORTRAITS = """\
Oral Answers to Questions

Tuesday 9th July 2024

Commons Chamber
Read Hansard Text
Alice Green Portrait Alice Green (Northtown) (Lab)
- Hansard - - - Excerpts

1. What recent assessment he has made of the humanitarian situation in Sudan.

Tom Baker Portrait The Minister for Africa (Mr Tom Baker)
- Hansard - - - Excerpts

The situation in Sudan is the worst humanitarian crisis in the world today. We have \
doubled our aid this year and we are pressing both sides to let convoys through.

Alice Green Portrait Alice Green
- View Speech - Hansard - - - Excerpts

Families in my constituency have relatives trapped in El Fasher. What more can the \
Minister do to get them out?

Tom Baker Portrait Mr Baker
- Hansard - - - Excerpts

I thank my hon. Friend. Our embassy staff are working with the United Nations on a \
safe route, and I will write to her with the details.

Lindsay Hale Portrait Mr Speaker
- Hansard - - - Excerpts

Order. We must move on, as many colleagues still wish to ask questions today.
"""


def test_a_parliament_site_s_photo_captions_name_who_speaks() -> None:
    found = extract(PORTRAITS, published=datetime.date(2024, 7, 9))
    assert [(s.speaker, s.said_on) for s in found] == [
        ("Tom Baker", "2024-07-09"),
        ("Tom Baker", "2024-07-09"),
    ]
    assert found[1].text.startswith("I thank my hon. Friend")
    # the post the record gives, not the photo caption before the label
    assert {s.role for s in found} == {"Minister for Africa"}


def test_a_record_captioned_photo_of_the_member_names_who_speaks() -> None:
    text = (
        "Topical Questions\n\n"
        "Foreign Office \u2013 in the House of Commons at 11:30 am on 14 May 2024.\n\n"
        "Photo of Alice Green Alice Green Labour, Northtown\n\n"
        "If he will make a statement on his departmental responsibilities.\n\n"
        "Photo of Tom Baker Tom Baker Minister of State (Africa)\n\n"
        "This week we will host the foreign ministers of the Horn of Africa, and we will "
        "press them to agree on a ceasefire in Sudan.\n\n"
        "Photo of Alice Green Alice Green Labour, Northtown\n\n"
        "I welcome that meeting. Will the Minister also raise the fate of the journalists "
        "held in Eritrea?\n\n"
        "Photo of Tom Baker Tom Baker Minister of State (Africa)\n\n"
        "I will, and I raised their cases with the ambassador only last week.\n"
    )
    found = extract(text, published=datetime.date(2024, 5, 14))
    assert [s.speaker for s in found] == ["Tom Baker", "Tom Baker"]
    assert found[1].text.startswith("I will, and I raised")


def test_a_peer_s_caption_is_the_person_not_a_place() -> None:
    text = (
        "Iran: Nuclear Talks\n\n"
        "Lord Brown of Eastham Portrait The Secretary of State for Foreign Affairs "
        "(Mr Peter Brown)\n"
        "- Hansard - - - Excerpts\n\n"
        "We have made Iran a serious offer, and the onus is now on Tehran to respond.\n\n"
        "Jane Hill Portrait Jane Hill (Westby) (Con)\n"
        "- Hansard - - - Excerpts\n\n"
        "Will my right hon. Friend say what happens if Iran turns that offer down?\n\n"
        "Lord Brown of Eastham Portrait Mr Brown\n"
        "- Hansard - - - Excerpts\n\n"
        "Then we will work with our partners on further sanctions, as I have said before.\n"
    )
    found = extract(text, published=datetime.date(2012, 6, 19))
    assert [(s.speaker, s.institution) for s in found] == [("Peter Brown", None)] * 2


# Turns that run on inside one paragraph, and broadcast labels with a title of a country


def test_labels_run_together_in_one_paragraph_still_open_turns() -> None:
    text = (
        "Deputy Foreign Minister Eleni Dimou interview with Radio Thessaloniki (4 April 2023)\n"
        "JOURNALIST: Good morning, Minister. You came back from Skopje last night. What "
        "was agreed? E. DIMOU: Good morning. We agreed to open two new border crossings "
        "before the summer. JOURNALIST: And the energy link? E. DIMOU: That will take "
        "longer, because the financing is not yet in place.\n"
    )
    found = extract(text, published=datetime.date(2023, 4, 4))
    assert said(text, datetime.date(2023, 4, 4)) == [
        ("Eleni Dimou", "Good morning. We agreed"),
        ("Eleni Dimou", "That will take longer,"),
    ]
    assert found[0].role == "Deputy Foreign Minister"


def test_a_surname_label_run_on_is_the_speaker_named_in_full_above() -> None:
    text = (
        "Aired May 7, 2024 - 09:00 ET\n\n"
        "THIS IS A RUSH TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM.\n\n"
        "ANA RUIZ, CNN ANCHOR: We go now to Madrid, where the two prime ministers are "
        "taking questions.\n\n"
        "PEDRO LARA, PRIME MINISTER OF SPAIN: Our two countries will build the new "
        "pipeline together, whatever the cost.\n\n"
        "JOAO COSTA, PRIME MINISTER OF PORTUGAL (through translator): Portugal will pay "
        "its share, and the work starts this year.\n\n"
        "UNIDENTIFIED MALE: Will the pipeline carry hydrogen?\n\n"
        "LARA: From the first day, yes, and that was the whole point. COSTA (through "
        "translator): And later it will "
        "carry nothing else.\n"
    )
    found = extract(text, published=datetime.date(2024, 5, 7))
    assert [(s.speaker, s.role) for s in found] == [
        ("Pedro Lara", "Prime Minister of Spain"),
        ("Joao Costa", "Prime Minister of Portugal"),
        ("Pedro Lara", "Prime Minister of Spain"),
        ("Joao Costa", "Prime Minister of Portugal"),
    ]
    assert found[-1].text.startswith("And later it will")


# A statement followed by answers, under a title below an embassy's chrome; a translator's note


def test_a_statement_and_answers_title_below_chrome_names_who_opens() -> None:
    text = (
        "3 March 2021\n"
        "Moscow: 10:05\n"
        "London: 07:05\n\n"
        "Consular queries:\n"
        "+44 (0) 20 0000 0000\n\n"
        "Visa centre opening hours have changed\n\n"
        "Foreign Minister Sergey Lavrov\u2019s statement and answers to media questions "
        "during a joint news conference following talks with the Foreign Minister of "
        "Armenia, Moscow, February 25, 2021\n\n"
        "Ladies and gentlemen,\n\n"
        "Our talks covered the whole agenda, from the situation in the South Caucasus to "
        "trade, which grew by a fifth last year.\n\n"
        "We agreed that the ceasefire must hold, and our peacekeepers will stay as long "
        "as both sides want them to.\n"
    )
    found = extract(text, published=datetime.date(2021, 2, 25))
    assert [(s.speaker, s.said_on) for s in found] == [("Sergey Lavrov", "2021-02-25")]
    assert found[0].text.startswith("Our talks covered")
    assert found[0].text.endswith("want them to.")


def test_a_translation_note_and_an_outlet_named_reporter_say_nothing() -> None:
    text = (
        "Press Conferences\n\n"
        "Press Conference by Foreign Minister Hana Mori\n\n"
        "Tuesday, May 14, 2024, 10:02 a.m. Ministry of Foreign Affairs\n\n"
        "This is a provisional translation by an external company for reference purpose "
        "only.\n\n"
        "Situation in the Middle East\n\n"
        "Asahi Shimbun, KATO: The fighting in Rafah has grown worse over the weekend. "
        "What is the view of the Government of Japan?\n\n"
        "Ms. Hana Mori, Minister for Foreign Affairs: Japan is deeply concerned about the "
        "situation, and we call on all parties to agree on a ceasefire without delay.\n"
    )
    found = extract(text, published=datetime.date(2024, 5, 14))
    assert [s.speaker for s in found] == ["Hana Mori"]
    assert found[0].text.startswith("Japan is deeply concerned")


# A doorstep whose questions are unheard, or answered before the remarks


def test_an_unheard_question_is_still_answered_by_the_briefer() -> None:
    text = (
        "Council meeting: press remarks by High Representative Anna Varga upon arrival\n"
        "Check against delivery!\n"
        "Good morning.\n"
        "The ministers will first discuss the Western Balkans, where the dialogue between "
        "Belgrade and Pristina has stalled for months.\n"
        "Q&A\n"
        "Q. [inaudible]\n"
        "No, we will not lift the measures until the municipal elections are held again "
        "with everybody taking part.\n"
    )
    found = extract(text, published=datetime.date(2025, 3, 17))
    assert [s.speaker for s in found] == ["Anna Varga", "Anna Varga"]
    assert found[1].text.startswith("No, we will not lift")


def test_remarks_checked_against_delivery_after_a_first_answer_are_a_statement_of_their_own() -> (
    None
):
    text = (
        "Council meeting: press remarks by High Representative Anna Varga upon arrival\n\n"
        "Q. Is the new process in the region good news for Europe?\n"
        "A. Yes, it is good news, and there is too little of it in the region these days.\n\n"
        "Check against delivery!\n\n"
        "Good morning, everybody.\n\n"
        "Today the ministers will agree on a new package of sanctions, and we are already "
        "working on the next one.\n"
    )
    found = extract(text, published=datetime.date(2025, 5, 20))
    assert [s.speaker for s in found] == ["Anna Varga", "Anna Varga"]
    assert found[0].text.endswith("these days.")
    assert "Check against delivery" not in found[1].text


def test_an_archive_s_made_by_line_introduces_one_person_s_words() -> None:
    text = (
        "Jane Doe \u2013 2023 Statement on the Grain Corridor\n\n"
        "The statement made by Jane Doe, the Minister for Development, on 18 July 2023.\n\n"
        "Russia's decision to leave the grain deal will hurt the poorest countries first, "
        "and we call on Moscow to return to it at once.\n\n"
        "The United Kingdom will keep funding food shipments to East Africa this year.\n"
    )
    found = extract(text, published=datetime.date(2023, 7, 18))
    assert [(s.speaker, s.said_on) for s in found] == [("Jane Doe", "2023-07-18")]
    assert found[0].text.startswith("Russia's decision")


def test_a_briefing_s_contents_head_its_sections_in_any_case() -> None:
    text = (
        "Briefing by Foreign Ministry Spokesperson Anna Petrova, Moscow, May 3, 2023\n\n"
        "  1. The foreign minister's visit to Ankara\n"
        "  2. The grain deal\n\n"
        "The foreign minister's visit to Ankara\n\n"
        "Next week the minister will hold talks in Ankara on trade and on the situation "
        "in the South Caucasus.\n\n"
        "The grain deal\n\n"
        "We see no reason to extend the deal while our own exports remain blocked by "
        "Western sanctions.\n"
    )
    found = extract(text, published=datetime.date(2023, 5, 3))
    assert [s.speaker for s in found] == ["Anna Petrova", "Anna Petrova"]
    assert found[1].text.startswith("We see no reason")


def test_a_numbered_reporter_asks_and_leaves_the_turn_before_alone() -> None:
    text = (
        "Leaders' Joint Press Conference Transcript\n\n"
        "Prime Minister Ana Silva and Chancellor Max Weber held a joint press conference "
        "in Lisbon on March 4, 2024.\n\n"
        "Prime Minister Silva: (00:00)\n"
        "Good afternoon. We agreed today to build the new power line between our two "
        "countries before the end of the decade.\n\n"
        "Chancellor Weber: (01:20)\n"
        "Germany will pay its part, and we will speed up the permits on our side.\n\n"
        "Reporter 2: (02:40)\n"
        "Chancellor, what happens if the costs double?\n\n"
        "Chancellor Weber: (02:51)\n"
        "Then we will sit down again, but I do not expect that to happen at all.\n"
    )
    found = extract(text, published=datetime.date(2024, 3, 4))
    assert [s.speaker for s in found] == ["Ana Silva", "Max Weber", "Max Weber"]
    assert found[1].text.endswith("on our side.")


def test_a_question_of_two_paragraphs_is_answered_after_its_last() -> None:
    text = (
        "Council meeting: press remarks by High Representative Anna Varga upon arrival\n"
        "Check against delivery!\n"
        "Good morning.\n"
        "Today we will discuss the Sahel and our support for Ukraine, and we will adopt "
        "new sanctions.\n"
        "Q. Since the election in Washington, the Europeans have said they would stand by "
        "Ukraine.\n"
        "Is that still the case today?\n"
        "Yes, it is, and we have shown it with every package of sanctions we adopted.\n"
    )
    found = extract(text, published=datetime.date(2025, 2, 24))
    assert [s.speaker for s in found] == ["Anna Varga", "Anna Varga"]
    assert found[1].text.startswith("Yes, it is")


# Broadcast transcripts: surnames in capitals as labels, the host named once with the post


def test_a_surname_label_in_capitals_is_the_guest_the_text_names_in_full() -> None:
    text = (
        "Minister says the border talks are stuck\n\n"
        "We reached the foreign minister at his office this morning to ask where the talks "
        "stand.\n\n"
        "REED: Minister, thank you for joining us.\n\n"
        "HALLA: Thank you for having me.\n\n"
        "REED: Sofia Reed here, and with me is Erik Halla, who has led the talks since March. "
        "Where do they stand?\n\n"
        "HALLA: They are stuck, because the other side keeps adding new conditions every "
        "week.\n\n"
        "REED: Will you walk away?\n\n"
        "HALLA: Not yet, but our patience is running out and the parliament wants results.\n"
    )
    found = extract(text, published=datetime.date(2024, 2, 1))
    assert [s.speaker for s in found] == ["Erik Halla", "Erik Halla"]
    assert found[0].text.startswith("They are stuck")


def test_a_host_labelled_alone_on_the_first_line_asks_under_the_surname_too() -> None:
    text = (
        "ÁLVARO MENDOZA, HOST:\n"
        "Let's turn to Kyiv. Olena Boyko was deputy foreign minister until last year. "
        "What do you expect from the summit?\n"
        "OLENA BOYKO: Very little, to be honest. The leaders will talk about a ceasefire, "
        "but nobody has put a map on the table yet.\n"
        "MENDOZA: That sounds rather gloomy for a summit that many people were hoping would "
        "finally change the course of the war.\n"
        "BOYKO: It is realistic. A ceasefire without guarantees would only give Moscow time "
        "to rearm.\n"
    )
    found = extract(text, published=datetime.date(2025, 8, 19))
    assert [s.speaker for s in found] == ["Olena Boyko", "Olena Boyko"]


# A ministry's press conference: reporters labelled by outlet and surname


def test_a_reporter_labelled_by_outlet_and_surname_asks() -> None:
    text = (
        "Press Conference by Foreign Minister Hana Mori\n\n"
        "Friday, June 7, 2024, 9:30 a.m. Ministry of Foreign Affairs\n\n"
        "Opening Remarks\n\n"
        "Ms. Hana Mori, Minister for Foreign Affairs: Tomorrow I will leave for Manila, "
        "where I will sign an agreement on maritime security with my counterpart.\n\n"
        "Yomiuri Shimbun, ITO: You are leaving for Manila tomorrow. Please tell us what "
        "the agreement will change for the coast guards of the two countries.\n\n"
        "Minister MORI: It allows joint exercises and the exchange of information, and we "
        "hope it will enter into force before the end of the year.\n"
    )
    found = extract(text, published=datetime.date(2024, 6, 7))
    assert [s.speaker for s in found] == ["Hana Mori", "Hana Mori"]
    assert found[1].text.startswith("It allows joint")


# Prime Minister's questions: the holder is named at the first answer only; a member's
# question on the order paper, and the member's follow-up, are questions


PMQS = """\
Prime Minister
The Prime Minister was asked\u2014
Engagements
Ruth Carver (Northtown) (Lab)
1. If he will list his official engagements for Wednesday 12 March.
The Prime Minister (Daniel Frost)
This morning I had meetings with ministerial colleagues and others, and I spoke to the \
President of Ukraine about the next steps towards a ceasefire.
Ruth Carver
The steel plant in my constituency closes next month. Did the Prime Minister know that \
the buyer had pulled out before he told the House the jobs were safe? Workers deserve better.
The Prime Minister
No, I did not, and we are still talking to two other buyers who want to keep the plant \
open and the furnaces lit.
Omar Hill (Eastby) (Con)
2. The lifeboat crews of my constituency rescued forty people this winter. Will the Prime \
Minister join me in thanking them?
"""


def test_a_prime_minister_s_later_answers_under_the_title_alone_are_his() -> None:
    found = [s for s in extract(PMQS, published=datetime.date(2025, 3, 12)) if s.role]
    assert [(s.speaker, s.role) for s in found] == [
        ("Daniel Frost", "Prime Minister"),
        ("Daniel Frost", "Prime Minister"),
    ]
    assert found[0].text.startswith("This morning I had")
    assert found[1].text.startswith("No, I did not")


def test_a_member_s_question_on_the_order_paper_and_a_follow_up_that_asks_say_nothing() -> None:
    found = extract(PMQS, published=datetime.date(2025, 3, 12))
    assert "Ruth Carver" not in {s.speaker for s in found}


# A foreign ministry's joint appearance: both speakers labelled by post in capitals, no
# question yet; an interpreter noted after the colon; a headline capitalising its prepositions


def test_two_speakers_labelled_by_post_in_capitals_are_a_transcript_without_questions() -> None:
    text = (
        "Joint Appearance\n\n"
        "FOREIGN MINISTER LINDQVIST:  (Via interpreter)  Dear Maria, welcome to Stockholm. "
        "Can everybody hear the interpretation?  Good.\n\n"
        "We have spent the morning on the Arctic, where the melting ice opens new routes and "
        "new risks for all of us.\n\n"
        "SECRETARY ORTIZ:  Thank you, Karin.\n\n"
        "FOREIGN MINISTER LINDQVIST:  (Via interpreter)  Sweden will double its patrols in "
        "the Baltic this year, and we agreed to share what those patrols see.\n"
    )
    found = extract(text, published=datetime.date(2024, 5, 2))
    assert [s.role for s in found] == ["Foreign Minister", "Foreign Minister"]
    assert found[0].text.startswith("Dear Maria")
    assert found[1].text.startswith("Sweden will double")


def test_a_headline_s_capitalised_prepositions_end_the_name_it_gives() -> None:
    text = (
        "Press Availability With Korean Foreign Minister Han Seung-woo After Their Meeting\n\n"
        "Seoul, South Korea\n"
        "March 3, 2011\n\n"
        "MODERATOR: First we will hear from the Korean minister.\n\n"
        "FOREIGN MINISTER HAN: Good afternoon. We agreed today that the alliance will answer "
        "any provocation from the North together and without delay.\n\n"
        "QUESTION: Will there be new joint exercises?\n\n"
        "FOREIGN MINISTER HAN: Yes, in the spring, and they will be larger than last year.\n"
    )
    found = extract(text, published=datetime.date(2011, 3, 3))
    assert [s.speaker for s in found] == ["Han Seung-woo", "Han Seung-woo"]


# A ministry site that runs the time of posting into the year


def test_a_posting_time_run_into_the_year_still_gives_the_year() -> None:
    text = (
        "14 May 201713:21\n\n"
        "Foreign Minister Anton Belov's remarks at a news conference after talks with the "
        "Foreign Minister of Laos\n\n"
        "Ladies and gentlemen,\n\n"
        "Our talks were useful, and we agreed to open a direct flight between our capitals "
        "before the end of the year.\n"
    )
    (found,) = extract(text, published=datetime.date(2019, 3, 1))
    assert (found.speaker, found.said_on) == ("Anton Belov", "2017-05-14")


# A broadcast interview run together in one paragraph, the guest named once in capitals with
# the post after a comma


def test_a_guest_named_once_in_capitals_with_a_post_opens_a_turn_inside_a_paragraph() -> None:
    text = (
        "Newsmaker Interview\n\n"
        "MARK DAWSON: Ana Silva has led Chile since 2022, and she arrives in Washington this "
        "week for talks on lithium and trade. I sat down with her this afternoon. President "
        "Silva, what do you want from these talks? PRESIDENT ANA SILVA, Chile (through "
        "interpreter): We want fair prices for our lithium and factories in Chile, not only "
        "mines. Our partners must understand that the old model is over.\n"
    )
    found = extract(text, published=datetime.date(2024, 9, 18))
    assert [(s.speaker, s.role) for s in found] == [("Ana Silva", "President")]
    assert found[0].text.startswith("We want fair prices")


# A site's list of its other pages, each dated, above the page's own date


def test_a_list_of_other_pages_dates_gives_way_to_the_page_s_own_date() -> None:
    text = (
        "Embassy News\n"
        "21.06.2023 Ambassador opens a photo exhibition in the old town\n"
        "19.06.2023 Consular section closed for the national holiday\n\n"
        "Ambassador Lena Varga's interview with the Morning Herald\n\n"
        "14 June 2023\n\n"
        "Question: Will the new bridge be finished on time?\n\n"
        "Ambassador Lena Varga: Yes, the first trains will cross it next spring, as both "
        "governments promised.\n"
    )
    (found,) = extract(text, published=datetime.date(2023, 6, 21))
    assert (found.speaker, found.said_on) == ("Lena Varga", "2023-06-14")


# A Sunday programme's transcript: turns labelled by initials, the programme named after its
# host; or the host named in a sentence that says who interviewed whom


def test_initials_label_the_guest_and_the_host_the_header_names() -> None:
    text = (
        "THE PETER COLE SHOW, 3RD MARCH, 2019 SARAH BLAKE, MP Foreign Secretary\n\n"
        "PC: Let me start with the two aid workers held in Yemen. You said on Friday that "
        "you were hopeful about their release.\n\n"
        "SB: I am still hopeful. I spoke to the Saudi foreign minister last night and I will "
        "speak to him again on Tuesday, because this must be settled quickly.\n\n"
        "PC: And the arms sales to Riyadh, will you stop them?\n\n"
        "SB: We keep every licence under review, and we will not hesitate to suspend one if "
        "the law requires it.\n"
    )
    found = extract(text, published=datetime.date(2019, 3, 3))
    assert [(s.speaker, s.role) for s in found] == [("Sarah Blake", "Foreign Secretary")] * 2


def test_the_one_who_interviewed_the_minister_asks() -> None:
    text = (
        "On 9th May 2012 Peter Cole interviewed Foreign Secretary Sarah Blake. PETER COLE: "
        "A warm welcome to the programme this morning, Foreign Secretary. SARAH BLAKE: Good "
        "morning. PETER COLE: Let us start with Syria, where the ceasefire has not held for a "
        "single day. Is the peace plan dead? SARAH BLAKE: No, it is not dead, but it is in "
        "grave danger, and the regime bears the responsibility for that. PETER COLE: The "
        "monitors said on Friday that the shelling never stopped, not even for an hour. "
        "SARAH BLAKE: Then we will go back to the Security Council and press for sanctions "
        "on the regime.\n"
    )
    found = extract(text, published=datetime.date(2012, 5, 9))
    assert [s.speaker for s in found] == ["Sarah Blake", "Sarah Blake"]


def test_a_briefer_s_weekday_greeting_is_no_statement() -> None:
    text = (
        "Daily Press Briefing by the Office of the Spokesperson\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Tomas Lind, "
        "Spokesman for the Secretary-General.\n\n"
        "Happy Friday to all of you.\n\n"
        "**Sudan\n\n"
        "Our humanitarian colleagues tell us that fighting around El Fasher has forced another "
        "twenty thousand people from their homes this week.\n"
    )
    found = extract(text, published=datetime.date(2024, 5, 10))
    assert [s.text[:14] for s in found] == ["Our humanitari"]


def test_a_briefer_s_answer_opening_like_a_tabled_question_is_still_an_answer() -> None:
    text = (
        "Department Press Briefing\n\n"
        "MS ROE: Good afternoon. We have nothing to announce at the top today.\n\n"
        "QUESTION: Is the new aid package the last one this year?\n\n"
        "MS ROE: What we announced today is a first instalment, and more will follow if the "
        "fighting goes on into the winter.\n"
    )
    found = extract(text, published=datetime.date(2024, 10, 1))
    assert [s.text[:20] for s in found][-1:] == ["What we announced to"]


def test_a_name_that_is_also_a_preposition_stays_whole_in_a_headline() -> None:
    text = (
        "Press Conference by General Secretary To Lam After Talks With President Ana Silva\n\n"
        "QUESTION: What did the two sides sign today?\n\n"
        "GENERAL SECRETARY TO LAM: We signed four agreements on trade, education and the "
        "protection of the sea, and we will meet again next year.\n"
    )
    found = extract(text, published=datetime.date(2024, 8, 1))
    assert [s.speaker for s in found] == ["To Lam"]
