"""Transcripts and briefings in real copy (issue 8, round eighteen): a third party's words
told inside a spokesperson's answer. The answer stays the spokesperson's, whole; the words
relayed in it are also their speaker's statement, as the real corpus records them. Each test
in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

TUESDAY = datetime.date(2025, 3, 11)


def _who(text: str) -> list[tuple[str, str]]:
    """Each statement's speaker and its first four words."""
    return [(s.speaker, " ".join(s.text.split()[:4])) for s in extract(text, published=TUESDAY)]


def test_a_ministers_words_relayed_before_the_spokespersons_own_stay_his() -> None:
    # "X said ... We will release more ...": the spokesperson goes on in her own voice after
    # the relay; her answer is whole and X's words are his statement within it
    text = (
        "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference on March 11, 2025\n\n"
        "Xinhua: Can you brief us on the Foreign Minister's talks in Nairobi?\n\n"
        "Lin Qiao: Foreign Minister Zhou Heng held talks with Cabinet Secretary Ruth Mwangi in "
        "Nairobi. Zhou Heng said China is willing to expand imports of Kenyan farm produce "
        "and to build more vocational schools. We will release a readout later today.\n\n"
        "AFP: Will he visit Ethiopia?\n\n"
        "Lin Qiao: I have no information to offer on that at the moment, please check back."
    )
    found = _who(text)
    assert ("Lin Qiao", "Foreign Minister Zhou Heng") in found
    assert ("Zhou Heng", "China is willing to") in found


def test_a_readout_of_a_call_relays_both_leaders_then_the_spokesperson_goes_on() -> None:
    # "The President underlined ..., and Chancellor Y assured him that ...": a readout in a
    # weekly briefing's answer, each leader's words his own, the spokesperson's after them
    text = (
        "Transcript of Weekly Media Briefing by the Official Spokesperson (March 11, 2025)\n\n"
        "Question (Anita Rao, Daily Post): Did the two leaders discuss the shipping lanes?\n\n"
        "Official Spokesperson, Shri Vikram Das: Yes. President Arun Mehta spoke to Chancellor "
        "Felix Brandt on Monday night and they reviewed the situation at sea. The President "
        "underlined the need for safe passage of merchant crews, and Chancellor Brandt assured "
        "him that his navy would help escort them. We remain in touch with both capitals.\n\n"
        "Question: Any update on the trade talks?\n\n"
        "Shri Vikram Das: The next round will be held in Delhi later this month, as planned."
    )
    found = _who(text)
    assert ("Vikram Das", "Yes. President Arun Mehta") in found
    assert ("Arun Mehta", "the need for safe") in found
    assert ("Felix Brandt", "his navy would help") in found


def test_a_state_department_briefer_relays_the_secretary_then_refers_to_the_readout() -> None:
    text = (
        "Department Press Briefing - Ned Carver, Spokesperson\n\nMarch 11, 2025\n\n"
        "QUESTION: What did the Secretary tell the Egyptian foreign minister?\n\n"
        "MR CARVER: The Secretary met Foreign Minister Adel Haroun this morning. Secretary "
        "Dana Wells told him the United States would keep funding the border crossings. I'd "
        "refer you to our readout for the rest.\n\n"
        "QUESTION: Thank you."
    )
    found = _who(text)
    assert ("Ned Carver", "The Secretary met Foreign") in found
    assert ("Dana Wells", "the United States would") in found


def test_a_minister_recounting_his_own_talks_keeps_them_in_his_answer() -> None:
    # near miss: a minister's account of talks he held is his answer only (his counterpart's
    # words nested in it), not a spokesperson relaying news
    text = (
        "Joint press conference, March 11, 2025\n\n"
        "QUESTION: Minister, what did you agree?\n\n"
        "FOREIGN MINISTER PAUL ODEN: We had a long talk. Minister Sara Vance said her "
        "government would open the consulate next year. I welcome that very much.\n\n"
        "QUESTION: Thank you."
    )
    speakers = [s.speaker for s in extract(text, published=TUESDAY)]
    assert "Sara Vance" not in speakers


def test_the_briefer_citing_a_minister_in_passing_relays_nothing() -> None:
    # near miss: "As the minister said, we ...": the briefer's own sentence
    text = (
        "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference on March 11, 2025\n\n"
        "Reuters: Is China concerned about the new tariffs?\n\n"
        "Lin Qiao: As Foreign Minister Zhou Heng said, we oppose unilateral tariffs of any "
        "kind. Trade wars have no winners and we hope all sides will return to dialogue."
    )
    speakers = [s.speaker for s in extract(text, published=TUESDAY)]
    assert speakers == ["Lin Qiao"]


def test_a_relay_closed_by_the_briefers_own_clause_is_still_relayed() -> None:
    # "She said that ..., and I'd refer you to her remarks": the briefer's aside joined to
    # the sentence relaying an envoy's words (named the sentence before) leaves them hers
    text = (
        "Department Press Briefing - Ned Carver, Spokesperson\n\nMarch 11, 2025\n\n"
        "QUESTION: Why did the United States abstain on the draft?\n\n"
        "MR CARVER: Ambassador Joan Pike set this out at the Council this morning. She said "
        "that the text, as written, would have undercut the talks on a truce, and I'd refer "
        "you to her full remarks. We will keep working with Council members on our own draft."
    )
    found = _who(text)
    assert ("Ned Carver", "Ambassador Joan Pike set") in found
    assert ("Joan Pike", "the text, as written,") in found


def test_a_relay_closed_by_we_in_a_briefing_answer_with_nothing_after() -> None:
    # "...; we welcome that": the briefer's aside ends the answer; the relay is news within a
    # turn that stays the briefer's
    text = (
        "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference on March 11, 2025\n\n"
        "CCTV: What came out of the Vice Premier's meeting with the Brazilian delegation?\n\n"
        "Lin Qiao: Vice Premier Gao Wen met the delegation in Shanghai. He said that the two "
        "countries would double direct flights next year, and we look forward to it."
    )
    found = _who(text)
    assert ("Lin Qiao", "Vice Premier Gao Wen") in found
    assert ("Gao Wen", "the two countries would") in found


def test_a_verb_of_saying_with_no_words_before_the_aside_relays_nothing() -> None:
    # near miss: "X said so, and we welcome it": the minister's words are not given
    text = (
        "Department Press Briefing - Ned Carver, Spokesperson\n\nMarch 11, 2025\n\n"
        "QUESTION: The Egyptian minister says the crossing will reopen. Is that right?\n\n"
        "MR CARVER: Foreign Minister Adel Haroun said so, and we welcome it. The crossings "
        "must stay open for aid and for people."
    )
    assert [s.speaker for s in extract(text, published=TUESDAY)] == ["Ned Carver"]


def test_the_briefers_own_report_of_what_she_said_relays_nothing() -> None:
    # near miss: "I said yesterday that ..., and we ...": the briefer's own words
    text = (
        "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference on March 11, 2025\n\n"
        "AFP: Has China's position changed?\n\n"
        "Lin Qiao: I said yesterday that China opposes the sanctions, and we have not changed "
        "that position. The door to dialogue remains open."
    )
    assert [s.speaker for s in extract(text, published=TUESDAY)] == ["Lin Qiao"]


def test_a_statement_in_which_someone_said_relays_their_words_from_the_clause() -> None:
    # "we issued a statement in which X said ...": the briefer names the occasion, the
    # clause's subject speaks; "He said ..." goes on with the same person's words
    text = (
        "Daily Press Briefing by the Office of the Spokesperson, 11 March 2025\n\n"
        "The following is a near-verbatim transcript of today's noon briefing by Omar Haddad, "
        "Spokesperson.\n\n"
        "**Floods\n\n"
        "Good afternoon. Yesterday evening we put out a statement in which High Commissioner "
        "Lena Vogt said she was alarmed by the floods in the delta region. She said relief "
        "convoys must be allowed through at once. We will have more details tomorrow.\n\n"
        "Question: Will she travel there?\n\n"
        "Spokesperson: Not this week, as far as I know."
    )
    found = [
        (s.speaker, s.said_on, " ".join(s.text.split()[:3]))
        for s in extract(text, published=TUESDAY)
    ]
    assert ("Omar Haddad", "2025-03-11", "Good afternoon. Yesterday") in found
    assert ("Lena Vogt", "2025-03-10", "she was alarmed") in found
    assert ("Lena Vogt", "2025-03-10", "relief convoys must") in found


def test_a_call_during_which_a_leader_stressed_relays_the_leader() -> None:
    text = (
        "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference on March 11, 2025\n\n"
        "Reuters: Can you confirm the two presidents spoke?\n\n"
        "Lin Qiao: Yes. There was a phone call this morning during which President Ma Lei "
        "stressed that the two sides should keep the border calm. We will issue a readout."
    )
    found = _who(text)
    assert ("Lin Qiao", "Yes. There was a") in found
    assert ("Ma Lei", "the two sides should") in found


def test_a_statement_in_which_we_said_is_the_briefers_own() -> None:
    # near miss: the clause's subject is the briefer's side itself
    text = (
        "Foreign Ministry Spokesperson Lin Qiao's Regular Press Conference on March 11, 2025\n\n"
        "AFP: Did China respond to the report?\n\n"
        "Lin Qiao: We issued a statement yesterday in which we said the report was groundless. "
        "Our position has not changed."
    )
    assert [s.speaker for s in extract(text, published=TUESDAY)] == ["Lin Qiao"]


def _interview(lead: str) -> str:
    return (
        "THE GULF HERALD\n\nUpdated 12 March 2025\n\n"
        f"{lead}\n\n"
        "Her remarks come after comments earlier this week by the trade minister on tariffs.\n\n"
        "The interview has been edited for length and clarity.\n\n"
        "Q: Will the Kingdom sign the draft?\n\n"
        "A: We will sign a text that is fair to producers and consumers alike, and not one "
        "that singles out any single source of energy.\n\n"
        "Q: And the finance goal?\n\n"
        "A: The richest economies must carry the largest share, as they promised in Paris."
    )


def test_an_interview_told_to_an_outlet_on_a_weekday_dates_its_answers() -> None:
    # "X told the Gulf Herald on Tuesday": the sit-down's day, not the week of another's
    # comments in the lines below it
    for lead, day in (
        (
            "RIYADH: Energy envoy Noura Al-Saud told the Gulf Herald on Tuesday that the talks "
            "were at a turning point.",
            "2025-03-11",
        ),
        (
            "RIYADH: The talks are at a turning point, energy envoy Noura Al-Saud told Reuters "
            "yesterday.",
            "2025-03-11",
        ),
        (
            "RIYADH: Energy envoy Noura Al-Saud told Al Arabiya in an interview on Monday that "
            "the talks were at a turning point.",
            "2025-03-10",
        ),
    ):
        found = extract(_interview(lead), published=datetime.date(2025, 3, 12))
        answers = [s for s in found if s.text.startswith(("We will sign", "The richest"))]
        assert [(s.speaker, s.said_on) for s in answers] == [("Noura Al-Saud", day)] * 2, lead


def _sit_down(put: str) -> str:
    return (
        "Harbour Radio News\n\n"
        "'The door stays open' - interview with Foreign Minister Ilse Rand\n\n"
        "11.03.2025 09:10\n\n"
        "Harbour Radio sat down with Foreign Minister Ilse Rand on Monday. The interview has "
        "been edited for length and clarity.\n\n"
        "Will the embassy reopen this year?\n\n"
        "I hope so. The building is ready and the staff have been chosen, and what remains is "
        "a decision by the other side.\n\n"
        "What do you expect from the Union?\n\n"
        "I expect solidarity, because a ban on one member's goods is a ban on the market.\n\n"
        f"{put}\n\n"
        "Nobody wanted this dispute. Our firms are hurting, and the cabinet is preparing help "
        "for them with our partners."
    )


def test_others_claim_put_to_the_guest_is_a_question_and_the_answer_below_a_turn() -> None:
    # "Some exporters say ...": the interviewer's next question, put as others' claim with
    # no question mark; the paragraph below is the guest's next answer
    for put in (
        "Some exporters say the government misjudged the cost.",
        "Critics argue the ban was provoked by the naming of the office.",
        "Many in the business community believe the dispute could have been avoided.",
    ):
        found = extract(_sit_down(put), published=TUESDAY)
        assert [(s.speaker, s.text.split()[0]) for s in found][-2:] == [
            ("Ilse Rand", "I"),
            ("Ilse Rand", "Nobody"),
        ], put


def test_a_guests_own_paragraph_on_others_views_stays_in_the_answer() -> None:
    # near miss: "Some say we moved too fast." speaks as "we": the guest's own words
    found = extract(
        _sit_down("Some say we moved too fast, and I understand them."), published=TUESDAY
    )
    assert [s.text.split()[0] for s in found][-1] == "I"


def _after_the_last_answer(paragraph: str) -> str:
    return (
        "Coastline Broadcasting\n\n"
        "Trade bloc must not lose its voice, says minister\n\n"
        "11 March 2025 | Coastline Broadcasting\n\n"
        "Trade Minister Amara Lindqvist spoke to Coastline Broadcasting on Monday. Here is an "
        "edited transcript of the interview.\n\n"
        "Coastline Broadcasting: Minister, is the bloc close to a deal?\n\n"
        "Minister Lindqvist: I think we are close on the principles, and the officials met "
        "again at the weekend to settle the rest.\n\n"
        "Coastline Broadcasting: And the common currency?\n\n"
        "Lindqvist: There is no such proposal on the table, and there will not be one soon.\n\n"
        f"{paragraph}"
    )


def test_the_report_resuming_after_the_last_answer_may_quote_a_first_person() -> None:
    # "In an address on Sunday, President X said ... 'Our country will ...,' X said": the
    # page's report after the exchange; the quoted "our" or "we" is X's, not the minister's
    for paragraph in (
        "In a speech on Sunday evening, President Tomas Berg said the country would not take "
        'sides. "Our country will not be drawn into a contest between big powers," Berg said.',
        "Speaking in parliament on Sunday, President Tomas Berg said the talks would go on. "
        "\u201cWe will keep every door open,\u201d Berg said.",
    ):
        found = extract(_after_the_last_answer(paragraph), published=TUESDAY)
        speakers = [(s.speaker, s.said_on) for s in found]
        assert speakers.count(("Tomas Berg", "2025-03-09")) == 2, paragraph
        assert found[-3].text.startswith("There is no such proposal")


def test_the_guests_next_paragraph_in_her_own_voice_stays_her_answer() -> None:
    # near miss: a paragraph below the last answer that relays a leader's words and speaks
    # as "we" outside quotation marks is the guest going on: her turn holds it
    found = extract(
        _after_the_last_answer(
            "President Tomas Berg said on Sunday that the talks would go on, and we agree."
        ),
        published=TUESDAY,
    )
    last = [s for s in found if s.speaker == "Amara Lindqvist"][-1]
    assert last.text.startswith("There is no such proposal")
    assert last.text.endswith("and we agree.")
