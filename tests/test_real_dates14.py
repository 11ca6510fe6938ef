"""Days of statements in real copy (issue 8, round fourteen: next-day copy, whose lead tells
an event of the day before the paper's). Each test in new words written here."""

from __future__ import annotations

import datetime

from tracker.extract import extract

THURSDAY = datetime.date(2023, 3, 9)
WEDNESDAY = "2023-03-08"


def _days(text: str, published: datetime.date) -> list[tuple[str | None, str | None]]:
    return [(s.speaker, s.said_on) for s in extract(text, published=published)]


def test_words_after_the_talks_of_the_lead_take_the_news_day() -> None:
    # the lead dates the agreement (Wednesday, the day before the paper); the talks the
    # minister spoke after are those, though the story gives them no day of their own
    text = (
        "Chile and Peru on Wednesday agreed to reopen their northern border crossings, with "
        "customs checks to be staffed jointly.\n\n"
        "President Ana Rojas of Chile welcomed her guest at the palace in Santiago, where "
        "the two delegations had worked through the night on the last points of the text, "
        "and praised what she called a partnership of equals between two old neighbours.\n\n"
        "The crossings were shut three years ago after a dispute over tariffs on fruit and "
        "copper, and lorry drivers have since been forced to make detours of several hundred "
        "kilometres through the mountains, adding days to each journey and raising the cost "
        "of goods in the markets of both countries.\n\n"
        "Speaking after the talks, Peru's foreign minister, Luis Ortega, said the accord "
        "would cut waiting times for lorries by half.\n\n"
        '"This is a good day for the people of the border," Ortega said.'
    )
    found = _days(text, THURSDAY)
    assert ("Luis Ortega", WEDNESDAY) in found
    assert found[-1] == ("Luis Ortega", WEDNESDAY)


def test_a_meeting_named_by_its_length_is_the_news_days() -> None:
    # "after the 40-minute meeting": the meeting the lead told, named by how long it lasted
    text = (
        "Prime Minister Sara Lind on Wednesday urged her Estonian counterpart to speed up "
        "work on the rail link, as the two leaders held their first meeting in Tallinn a "
        "week after the elections.\n\n"
        "Briefing reporters after the 40-minute meeting, foreign secretary Jonas Berg said "
        "the two sides had agreed to set up a joint working group."
    )
    assert ("Jonas Berg", WEDNESDAY) in _days(text, THURSDAY)


def test_a_reaction_with_no_occasion_keeps_the_paper_day() -> None:
    # words of someone not at the lead's talks, with no day or occasion of their own: the
    # story does not say when they came, and the page's day stands
    text = (
        "Chile and Peru on Wednesday agreed to reopen their northern border crossings after "
        "talks in Lima.\n\n"
        "Speaking after the talks, Peru's foreign minister, Luis Ortega, said the accord "
        "would cut waiting times by half.\n\n"
        "Bolivia's trade minister, Marta Quispe, said in a statement that her country "
        "welcomed the accord."
    )
    found = _days(text, THURSDAY)
    assert ("Luis Ortega", WEDNESDAY) in found
    assert found[-1] == ("Marta Quispe", "2023-03-09")


def test_later_in_the_evening_is_not_counted_from_a_things_day() -> None:
    # "whose party won last Sunday's election" names the election's day, not a day the story
    # has reached: "later in the evening" is of the day the story told last (Thursday)
    text = (
        "The talks in the Oval Office on Thursday ended in a shouting match.\n\n"
        "Finland's president-elect, Aino Virtanen, whose party won last Sunday's vote, said "
        "Helsinki stood with Kyiv.\n\n"
        "Ukraine's president, Petro Marchenko, struck a calmer tone later in the evening. "
        '"Thank you for your help," he wrote.'
    )
    found = _days(text, THURSDAY)
    assert ("Petro Marchenko", "2023-03-09") in found
    assert ("Petro Marchenko", "2023-03-05") not in found


def test_opening_the_meeting_is_the_summit_the_story_dated() -> None:
    # a summit is a meeting: "Opening the meeting" is the summit the lead dated (Tuesday),
    # not the day a later paragraph tells of the mediator's announcement
    text = (
        "Nordic leaders signed a joint declaration on Arctic shipping on Tuesday at the "
        "annual summit of the Nordic Council in Tromso.\n\n"
        "Opening the meeting, the council's secretary-general, Erik Dahl, said the region had to "
        "speak with one voice on the new sea routes.\n\n"
        "The text was agreed on Monday evening by the foreign ministers, after a week of "
        "talks in Oslo."
    )
    assert ("Erik Dahl", "2023-03-07") in _days(text, THURSDAY)


def test_a_day_of_what_would_come_dates_no_session() -> None:
    # "would begin ... on Friday" tells a plan in reported words: the session spoken in
    # later is not that Friday's (nor the Friday before the page)
    text = (
        "The peace conference on Yemen opened on Thursday in Lausanne with sharp exchanges "
        "between the two delegations.\n\n"
        "The UN envoy, Karin Holm, later told reporters the day had been difficult. The "
        "negotiations proper, she said, would begin in Geneva on Friday.\n\n"
        "Oman's foreign minister, Salim al-Harthy, speaking in the afternoon session, said "
        "the blockade of the ports had to end."
    )
    found = _days(text, THURSDAY)
    assert ("Salim al-Harthy", "2023-03-09") in found


def test_who_appeared_alongside_someone_speaks_at_that_ones_occasion() -> None:
    # two occasions on two days: the deputy "who appeared alongside Sato" spoke at Sato's
    # (Thursday), not at the one told just before her (Wednesday); the aide "who joined
    # Keller at the podium" spoke at Keller's
    text = (
        "Foreign Minister Kenji Sato told reporters at a news conference in Hanoi early "
        "Thursday that Tokyo had offered to lift the tariffs.\n\n"
        "Chancellor Anna Keller said Wednesday that Berlin could not accept the offer. "
        '"We had to walk away," Keller said at a news conference after the talks.\n\n'
        "Deputy minister Yumi Mori, who appeared alongside Sato, said the offer would not "
        "be repeated.\n\n"
        "Economy minister Paul Brandt, who joined Keller at the podium, said the teams would "
        "meet again."
    )
    found = _days(text, THURSDAY)
    assert ("Yumi Mori", "2023-03-09") in found
    assert ("Paul Brandt", WEDNESDAY) in found


def test_the_same_news_conference_is_the_speakers_own() -> None:
    # "at the same news conference": the one the chancellor's own words were told at
    # (Wednesday), not the last news conference the story named (the minister's, Thursday)
    text = (
        "Chancellor Anna Keller said Wednesday that Berlin could not accept the offer. "
        '"We had to walk away," Keller said at a news conference after the talks.\n\n'
        "Foreign Minister Kenji Sato told reporters at a news conference in Hanoi early "
        "Thursday that Tokyo had offered to lift the tariffs.\n\n"
        "Keller told reporters at the same news conference that she still trusted Sato."
    )
    found = _days(text, THURSDAY)
    assert found[-1] == ("Anna Keller", WEDNESDAY)


def test_an_interview_header_gives_the_interview_day_not_the_events() -> None:
    # the header names the event the interview is about (Wednesday) and the interview
    # itself (Thursday, the page's day): the answers are of the interview's day
    text = (
        "INTERVIEW: Yemen talks 'a first step', says UN envoy\n\n"
        "9 March 2023\n\n"
        "The two delegations met for the first time on Wednesday in Lausanne. Speaking to "
        "World Radio in Geneva on Thursday, envoy Karin Holm said the process must belong to "
        "the Yemenis. The interview has been shortened.\n\n"
        "World Radio: How important was it to see both sides in one room on Wednesday?\n\n"
        "Karin Holm: It was a very important moment. For the first time they sat face to "
        "face and agreed to keep talking.\n\n"
        "World Radio: What comes next?\n\n"
        "Karin Holm: A smaller group will start work next week on the text of a truce.\n"
    )
    found = _days(text, THURSDAY)
    assert found and all(day == "2023-03-09" for who, day in found if who == "Karin Holm")


def test_his_own_press_conference_is_the_news_days_despite_background_days() -> None:
    # the lead's talks are Wednesday's; "since the border closed on Jan. 4" is background in
    # a clause of its own, so the story is still at the news day when the guest speaks "at
    # his own press conference"
    text = (
        "The first talks between Chile and Peru since the border closed on Jan. 4 ended "
        "without a deal, but Ecuador's foreign minister, Rosa Velasco, said on March 8 that "
        "the meeting she hosted in Quito was a start.\n\n"
        "The humanitarian situation on the border was discussed in detail, she added.\n\n"
        "At his own press conference, Peru's foreign minister, Luis Ortega, repeated that "
        "Lima would not reopen the crossings before the elections."
    )
    assert ("Luis Ortega", WEDNESDAY) in _days(text, THURSDAY)


def test_in_his_address_is_the_speech_the_lead_dated() -> None:
    # next-day copy: the president's address is Wednesday night's, which the lead tells;
    # "In his address" gives his words that day
    text = (
        "Lima hailed President Mark Dalton's decision to lift the tariffs on Peruvian copper "
        "on Wednesday night as a turning point in relations between the two countries.\n\n"
        '"This is a good day for our miners," Peru\'s trade minister, Luis Ortega, said in a '
        "video statement released shortly after the address from the Capitol.\n\n"
        "Ortega added that Lima would cut its own duties on American grain in return and "
        "invited a delegation of farmers to visit.\n\n"
        "In his address, Dalton said that years of tariffs had hurt workers on both sides of "
        "the hemisphere and had done nothing to bring back jobs."
    )
    found = _days(text, THURSDAY)
    assert found[-1] == ("Mark Dalton", WEDNESDAY)


def test_a_readout_of_the_call_gives_the_calls_day() -> None:
    # next-day copy: the call is Wednesday's; the other side's readout of it tells what was
    # said in it, that day
    text = (
        "Foreign Minister Rosa Velasco spoke to her Peruvian counterpart on Wednesday, two "
        "days after the clash on the border.\n\n"
        "Velasco told Luis Ortega that the incursion had been planned, a statement from her "
        "ministry said.\n\n"
        "The Peruvian foreign ministry, in its own account of the call, said Ortega accused "
        "Ecuadorian troops of crossing the line first."
    )
    found = _days(text, THURSDAY)
    assert ("Luis Ortega", WEDNESDAY) in found


def test_a_states_foreign_office_gives_the_leads_words_that_day() -> None:
    # "Chile on Wednesday rejected ...": the state speaks through its foreign office, whose
    # statement quoted next with no day of its own is the lead's (Wednesday); another
    # state's minister after it keeps the page's day
    text = (
        "SANTIAGO: Chile on Wednesday rejected Peru's charge that it was hiding smugglers "
        "on its side of the border, saying no country had done more to stop the trade.\n\n"
        "In a statement, the Foreign Office said Chile remained ready to work with its "
        "neighbours on joint patrols.\n\n"
        "Bolivia's foreign minister, Marta Quispe, said the dispute should be settled "
        "through talks."
    )
    found = _days(text, THURSDAY)
    assert ("Foreign Office", WEDNESDAY) in found
    assert ("Marta Quispe", "2023-03-09") in found


def test_a_foreign_secretary_reading_the_states_statement_after_a_dateline() -> None:
    text = (
        "LIMA, Peru \u2014 Peru on Wednesday welcomed the ruling of the border tribunal, but "
        "called on all sides to show restraint.\n\n"
        "Reading a short statement at the foreign ministry, Foreign Affairs Secretary Luis "
        'Ortega said Peru "accepts and respects" the decision.'
    )
    assert ("Luis Ortega", WEDNESDAY) in _days(text, THURSDAY)


def test_a_party_to_the_leads_talks_speaks_at_them() -> None:
    # next-day copy: Chile and Peru agreed on Wednesday; once words said after the talks are
    # told, Peru's minister quoted with no day of his own speaks there too, while the
    # minister of a state not at the talks reacts on a day the story does not give
    text = (
        "Chile, Peru and Bolivia agreed in Arica on Wednesday on first steps to reopen their "
        "border crossings.\n\n"
        "Speaking after some nine hours of talks, Chile's foreign minister, Ana Rojas, said "
        "the customs posts would be staffed jointly.\n\n"
        "Peru's foreign minister, Luis Ortega, who met Rojas separately before the session, "
        "called the deal a fair start.\n\n"
        "Argentina's foreign minister, Pablo Serrano, said Buenos Aires welcomed the accord."
    )
    found = _days(text, THURSDAY)
    assert ("Ana Rojas", WEDNESDAY) in found
    assert ("Luis Ortega", WEDNESDAY) in found
    assert ("Pablo Serrano", "2023-03-09") in found


def test_parties_to_a_deal_told_only_by_its_statement_keep_the_page_day() -> None:
    # no words told as said at the talks: the parties' ministers quoted after the joint
    # statement may have spoken on any day up to the page's
    text = (
        "Chile and Peru agreed on Wednesday to reopen their border crossings, in a deal "
        "brokered by Ecuador after talks in Quito.\n\n"
        "A joint statement issued by the three governments said the posts would open within "
        "two months.\n\n"
        "Peru's foreign minister, Luis Ortega, said the accord was a fair start."
    )
    assert ("Luis Ortega", "2023-03-09") in _days(text, THURSDAY)


def test_after_the_monday_talks_is_the_talks_day() -> None:
    # "after the Monday talks": the day names the talks the words came right after, not
    # the briefing of another day told in the sentence that dates them
    text = (
        "Speaking at his weekly briefing on Wednesday, the ministry's spokesman, Omar Haddad, "
        "said the talks held in Muscat on Monday had been useful.\n\n"
        "Foreign Minister Karim Nasser, who led the delegation in Muscat, said after the "
        "Monday talks that both sides had agreed to meet again."
    )
    assert ("Karim Nasser", "2023-03-06") in _days(text, THURSDAY)


def test_a_spokesperson_at_the_briefing_gives_the_state_words_told_just_before() -> None:
    # far below a lead of another government, "Peru said yesterday that ..." and then its
    # ministry's spokesman "Speaking at the weekly media briefing": the briefing is where
    # Peru said it, yesterday
    text = (
        "The Government today allowed the research vessel to dock at the port of Arica, "
        "after it had earlier asked its owners to delay the visit.\n\n"
        "In a statement issued this evening, the Foreign Ministry said the clearance had "
        "been given after consultations with all parties.\n\n"
        "Peru, which has voiced concern about the ship, said yesterday that Chile was free "
        "to take its own decisions.\n\n"
        "Speaking at the weekly media briefing in Lima, foreign ministry spokesman Diego "
        "Paredes rejected what he called insinuations that Peru had put pressure on Santiago."
    )
    assert ("Diego Paredes", WEDNESDAY) in _days(text, THURSDAY)


def test_a_speaker_the_story_puts_at_the_news_days_session_speaks_there() -> None:
    # next-day copy: the opening session is Wednesday's; the sentence that puts the two
    # ministers in it names no day, and their words told next are of that session
    text = (
        "China's top diplomat told the Peruvian side at the opening of the dialogue in Lima "
        "on Wednesday that it had no right to lecture Beijing.\n\n"
        "The opening session, planned to last a few minutes, turned into an hour of public "
        "exchanges after Peru's foreign minister, Luis Ortega, used his remarks to accuse "
        "China of unfair trade.\n\n"
        "Ortega said Lima would raise its concerns over fishing fleets off its coast."
    )
    assert ("Luis Ortega", WEDNESDAY) in _days(text, THURSDAY)


def test_at_the_same_function_is_the_news_days_event() -> None:
    # "at the same function": the signing the lead told of yesterday, as a ceremony is
    text = (
        "President Dlamini yesterday signed the land bill into law at State House, "
        "dismissing calls by donors to send it back to parliament.\n\n"
        "Lands minister Thabo Mokoena told journalists at the same function that the law "
        "would end decades of injustice."
    )
    assert ("Thabo Mokoena", WEDNESDAY) in _days(text, THURSDAY)


def test_had_said_earlier_in_the_day_is_that_day() -> None:
    # "had said earlier in the day": before the signing the story tells, on its day
    # (Wednesday), not some time up to the page's
    text = (
        "President Dlamini yesterday signed the land bill into law, dismissing calls by "
        "donors to send it back.\n\n"
        "The President signed the bill at State House in the presence of ministers and "
        "diplomats, a move government spokesman Peter Ndlovu had said earlier in the day was "
        "intended to demonstrate the country's independence."
    )
    assert ("Peter Ndlovu", WEDNESDAY) in _days(text, THURSDAY)


def test_the_same_day_is_not_counted_from_a_quotes_today() -> None:
    # "Today, I signed ..." in the president's post is his today, not a day the story
    # reached: "issued the same day" is Monday's, the day the story told
    text = (
        "Three days after the president's proclamation, reactions continue to pour in.\n\n"
        "President Mark Dalton announced the decision on Monday in a post, after a call with "
        "the king.\n\n"
        '"Today, I signed a proclamation recognising the border," the president wrote.\n\n'
        "In a statement issued the same day, the Royal Cabinet said the king had welcomed "
        "the decision."
    )
    assert ("Royal Cabinet", "2023-03-06") in _days(text, THURSDAY)


def test_earlier_in_the_day_is_earlier_than_the_words_told_before() -> None:
    # the clash on Monday night is background; "Earlier in the day" is earlier than the
    # call's readout told just before, on Wednesday
    text = (
        "Foreign Minister Rosa Velasco on Wednesday told her Peruvian counterpart Luis Ortega "
        "that the "
        "clash on the border had been planned.\n\n"
        "Two soldiers were killed in the clash on Monday night, the worst in decades.\n\n"
        "According to a readout issued by the Peruvian foreign ministry, Luis Ortega asked "
        "Quito to punish those responsible.\n\n"
        "Earlier in the day, Peruvian foreign ministry spokesman Diego Paredes told a regular "
        "briefing in Lima that the facts were very clear."
    )
    assert ("Diego Paredes", WEDNESDAY) in _days(text, THURSDAY)


def test_reading_out_the_communique_is_at_the_news_days_meeting() -> None:
    # "Reading out the final communique, X said": the speaker reads the text agreed at the
    # meeting the lead dated (Wednesday, the day before the paper), before those gathered
    text = (
        "NAIROBI - East African trade ministers yesterday agreed to scrap duties on "
        "locally made fertiliser, ending a dispute that had held up shipments for months.\n\n"
        "Reading out the final communique, the bloc's secretary general, Ruth Wanjiru, said "
        "the new rules would apply from the first day of next month.\n\n"
        "She added that customs officers at every border post would be told of the change."
    )
    assert _days(text, THURSDAY) == [("Ruth Wanjiru", WEDNESDAY), ("Ruth Wanjiru", WEDNESDAY)]


def test_a_day_after_the_short_object_is_the_verbs_beyond_the_lead() -> None:
    # "X called the ruling a disgrace on Wednesday night, saying ...": told below other
    # speakers, the day after the verb's object is still the verb's, not the paper's
    text = (
        "The finance ministry said on Thursday it would appeal against the court's decision "
        "on the fuel levy.\n\n"
        "Opposition leader Grace Mutua called the ruling a disgrace on Wednesday night, "
        "saying it would push up prices for every family."
    )
    assert _days(text, THURSDAY)[-1] == ("Grace Mutua", WEDNESDAY)
