"""Who spoke in briefing transcripts (issue 8, round fifteen: a spokesperson relaying others'
words, a broadcast's sound bites, a conference's closing line). Each test in new words."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def _who(text: str) -> list[str]:
    return [s.speaker for s in extract(text, published=TUESDAY)]


def test_briefer_relaying_a_named_official_then_he_said_gives_him_the_words() -> None:
    # "X, who led the delegation, gave a press conference. He said that ...": the pronoun
    # takes up the person the paragraph's first sentence named; the words are his
    text = (
        "Spokesperson's briefing, Lisbon, 11 March 2025\n\n"
        "Spokesperson Joana Ferreira: Good morning.\n\n"
        "Defence Minister Rui Matos, who led the delegation in Oslo, gave a press conference "
        "there yesterday. He said that the northern exercise had shown the fleet was ready, "
        "and that further drills would follow in the spring.\n\n"
        "Question: Will the navy buy new frigates this year?\n\n"
        "Spokesperson Joana Ferreira: We expect a decision by the end of the summer, and we "
        "will share it with you as soon as it is taken.\n"
    )
    assert _who(text) == ["Rui Matos", "Joana Ferreira"]


def test_title_saying_after_the_named_person_is_relayed_though_the_floor_is_handed_on() -> None:
    # "As you know, Commissioner X is in Y. Yesterday, at the forum, the Commissioner said
    # ...": a title takes up the one named; "I'll hand over to Z" is no word on the relay
    text = (
        "Midday briefing of 11 March 2025\n\n"
        "Speakers: Lena Varga, Chief Spokesperson; Tomas Berg, Spokesperson\n\n"
        "Lena VARGA: As you know, Commissioner Elin Strand is in Nairobi for the water forum. "
        "Yesterday, at the opening session of the forum, the Commissioner said that clean "
        "water is a right and not a privilege. I'll stop here and hand over to Tomas for the "
        "rest of the news.\n\n"
        "Tomas BERG: Our teams will deliver the second tranche of support to the region "
        "before the end of the month, as planned with the regional authorities.\n"
    )
    assert _who(text) == ["Elin Strand", "Tomas Berg"]


def test_agency_reporting_in_the_present_in_a_noon_briefing_is_the_agency() -> None:
    # "Turning to X, the World Health Organization (WHO) says that ...": an agency's report
    # passed on by the spokesperson is the agency's
    text = (
        "Daily Press Briefing by the Office of the Spokesperson\n\n"
        "11 March 2025\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Karl Lind, "
        "Spokesperson.\n\n"
        "Good afternoon. We are closely following the floods in the south of the country and "
        "our teams are on the ground.\n\n"
        "Turning to the north, the World Health Organization (WHO) says that three clinics "
        "have closed for lack of fuel since the weekend.\n\n"
        "Question: Is the Secretary-General going to visit the region?\n\n"
        "Spokesperson: Not this week, but we will let you know of any travel plans.\n"
    )
    assert "World Health Organization" in _who(text)


def test_briefer_citing_someone_in_passing_keeps_the_answer() -> None:
    # "During the talks, Minister X set out our view. As he said, ...": "as he said" cites in
    # passing; the briefer's answer stays whole (a guard)
    text = (
        "Regular press conference, 11 March 2025\n\n"
        "Reuters: Can you tell us more about the minister's talks in Hanoi?\n\n"
        "Li Wen: During the talks, Foreign Minister Zhou Ping set out our view of trade in "
        "the region. As he said, open markets serve both sides, and walls serve neither. The "
        "two sides also agreed to meet again in the autumn.\n\n"
        "AFP: Will there be a joint statement after the talks?\n\n"
        "Li Wen: I have no information on that at the moment, please stay tuned.\n"
    )
    assert _who(text)[:1] == ["Li Wen"]


def test_sound_bite_caption_names_the_one_heard_in_the_quotation_below() -> None:
    # "[SOUND BITE] Name, post" over a quotation: a broadcast's caption, not a speaker
    # called "Sound Bite"; the quotation is the named person's, and the report goes on after
    text = (
        "Ministers meet in Hanoi\n\n"
        "[Reporter]\n"
        "The foreign ministers of Vietnam and Chile met in Hanoi on Tuesday.\n\n"
        "[SOUND BITE] Lucia Parra, Chilean Foreign Minister\n"
        '"Our two countries have never traded more, and we want to double it by 2030."\n\n'
        "Vietnam's trade ministry said exports to Chile had risen by a third last year.\n\n"
        "[SOUND BITE] Tran Van Minh, Vietnamese Foreign Minister\n"
        '"We will open two new shipping routes to Valparaiso before the end of the year."\n\n'
        "Both ministers are due in Singapore on Thursday.\n"
    )
    assert _who(text) == ["Lucia Parra", "Vietnamese Trade Ministry", "Tran Van Minh"]


def test_spokesperson_closing_the_conference_holds_no_position() -> None:
    # "Thank you all. That concludes today's briefing.": floor management, no statement
    text = (
        "Press conference by the Secretary General, 11 March 2025\n\n"
        "Spokesperson Ana Ruiz: Good afternoon, everyone.\n\n"
        "Secretary General: Allies agreed today to raise their spending on air defence, and "
        "the first new batteries will reach the eastern flank before the summer.\n\n"
        "Question [Reuters]: Which allies will send the batteries first?\n\n"
        "Secretary General: The decision on who sends what is for the allies themselves, "
        "and I will not pre-empt it.\n\n"
        "Spokesperson Ana Ruiz: Thank you all. That concludes today's briefing.\n"
    )
    assert _who(text) == ["Secretary General", "Secretary General"]
